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
