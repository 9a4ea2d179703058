// CloudBase cloud storage as a FileStore (the functions' local disk does not outlive an instance).
// The bytes arrive sealed by fieldCrypto, as with every store; each key is stored at
// `uploads/<key>` and addressed by its fileID, `<CLOUD_FILE_PREFIX>/uploads/<key>`, where the prefix
// is the environment's storage root shown in the CloudBase console (`cloud://<env>.<bucket>`).
//   uploadFile / downloadFile / deleteFile:
//   https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-server-api/storage/uploadFile.html
import type { FileStore } from './store';

/** The part of wx-server-sdk this store uses. */
export interface CloudStorageSdk {
  uploadFile(o: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  downloadFile(o: { fileID: string }): Promise<{ fileContent: Buffer }>;
  deleteFile(o: { fileList: string[] }): Promise<{ fileList: { fileID: string; status: number; errMsg?: string }[] }>;
}

const KEY = /^[A-Za-z0-9_-]{8,128}$/;
/** storage: "file does not exist" (the only failure get/delete treat as "nothing there"). */
const NOT_FOUND = -503003;

export function createCloudStorageFileStore(sdk: CloudStorageSdk, prefix: string): FileStore {
  const root = prefix.replace(/\/+$/, '');
  const pathOf = (key: string) => {
    if (!KEY.test(key)) throw new Error('invalid file key');
    return `uploads/${key}`;
  };
  return {
    async put(key, bytes) {
      const { fileID } = await sdk.uploadFile({ cloudPath: pathOf(key), fileContent: bytes });
      if (fileID !== `${root}/${pathOf(key)}`) throw new Error(`CLOUD_FILE_PREFIX does not match the storage (got ${fileID})`);
    },
    async get(key) {
      try {
        return Buffer.from((await sdk.downloadFile({ fileID: `${root}/${pathOf(key)}` })).fileContent);
      } catch (e) {
        if ((e as { errCode?: number }).errCode === NOT_FOUND) return undefined;
        throw e;
      }
    },
    async delete(key) {
      const { fileList } = await sdk.deleteFile({ fileList: [`${root}/${pathOf(key)}`] });
      const failed = fileList.find((f) => f.status !== 0 && f.status !== NOT_FOUND);
      if (failed) throw new Error(`cloud storage delete failed: ${failed.status} ${failed.errMsg ?? ''}`);
    },
  };
}

/**
 * The weapp's side of files in CloudBase mode. Uploads: the page puts the clear file at
 * `incoming/<random>` with wx.cloud.uploadFile and hands the fileID to account.attachUpload, which
 * takes (downloads and deletes) it, checks it and stores it sealed like a gateway upload. Opening
 * (a police clerk's 户口簿 page): account.openUpload writes a clear copy at `shared/<random>` and
 * answers a temporary URL; the copy is recorded (cloud_file_shares) and deleted by retention.
 *   getTempFileURL https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-server-api/storage/getTempFileURL.html
 */
export interface CloudFileExchange {
  takeIncoming(fileID: string): Promise<Buffer | undefined>;
  share(bytes: Buffer, ext: string, maxAgeSec: number): Promise<{ fileID: string; url: string }>;
  remove(fileID: string): Promise<void>;
}

export interface CloudExchangeSdk extends CloudStorageSdk {
  getTempFileURL(o: {
    fileList: { fileID: string; maxAge: number }[] | string[];
  }): Promise<{ fileList: { fileID: string; tempFileURL: string; status: number }[] }>;
}

const INCOMING_NAME = /^[A-Za-z0-9_-]{16,64}\.(jpg|jpeg|png|pdf)$/;

export function createCloudFileExchange(sdk: CloudExchangeSdk, prefix: string): CloudFileExchange {
  const root = prefix.replace(/\/+$/, '');
  return {
    async takeIncoming(fileID) {
      const name = fileID.startsWith(`${root}/incoming/`) ? fileID.slice(`${root}/incoming/`.length) : '';
      if (!INCOMING_NAME.test(name)) return undefined;
      let bytes: Buffer;
      try {
        bytes = Buffer.from((await sdk.downloadFile({ fileID })).fileContent);
      } catch (e) {
        if ((e as { errCode?: number }).errCode === NOT_FOUND) return undefined;
        throw e;
      }
      await sdk.deleteFile({ fileList: [fileID] });
      return bytes;
    },
    async share(bytes, ext, maxAgeSec) {
      const { randomBytes } = await import('node:crypto');
      const { fileID } = await sdk.uploadFile({ cloudPath: `shared/${randomBytes(16).toString('hex')}.${ext}`, fileContent: bytes });
      const { fileList } = await sdk.getTempFileURL({ fileList: [{ fileID, maxAge: maxAgeSec }] });
      const url = fileList[0]?.tempFileURL;
      if (!url) throw new Error('getTempFileURL gave no URL');
      return { fileID, url };
    },
    async remove(fileID) {
      await sdk.deleteFile({ fileList: [fileID] });
    },
  };
}
