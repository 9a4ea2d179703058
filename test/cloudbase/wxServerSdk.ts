// A stand-in for wx-server-sdk (the CloudBase server SDK), for running the bundled functions
// locally: getWXContext (who calls), cloud storage (uploadFile / downloadFile / deleteFile /
// getTempFileURL) in memory, and openapi.subscribeMessage.send recorded. Shapes follow
//   getWXContext   https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-server-api/utils/getWXContext.html
//   uploadFile …   https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-server-api/storage/uploadFile.html
//   subscribeMessage.send (cloud call) https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
// A cloud call answers { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' } or throws { errCode, errMsg }.

export interface SdkStandIn {
  DYNAMIC_CURRENT_ENV: symbol;
  init(options: { env: unknown }): void;
  getWXContext(): { OPENID?: string; APPID: string; UNIONID?: string; ENV: string };
  uploadFile(o: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string; statusCode: number; errMsg: string }>;
  downloadFile(o: { fileID: string }): Promise<{ fileContent: Buffer; statusCode: number; errMsg: string }>;
  deleteFile(o: { fileList: string[] }): Promise<{ fileList: { fileID: string; status: number; errMsg: string }[]; errMsg: string }>;
  getTempFileURL(o: {
    fileList: string[];
  }): Promise<{ fileList: { fileID: string; tempFileURL: string; status: number; errMsg: string }[]; errMsg: string }>;
  openapi: { subscribeMessage: { send(m: unknown): Promise<{ errCode: number; errMsg: string }> } };
  // test controls
  setCaller(openid: string | undefined): void;
  files: Map<string, Buffer>;
  sent: unknown[];
  refuseSubscribe: boolean;
}

export const CLOUD_ENV = 'yj-test-0a1b2c';
export const BUCKET = `cloud://${CLOUD_ENV}.7969-${CLOUD_ENV}-1300000000`;

export function createSdkStandIn(): SdkStandIn {
  let openid: string | undefined;
  const files = new Map<string, Buffer>();
  const sent: unknown[] = [];
  const sdk: SdkStandIn = {
    DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
    init() {},
    getWXContext: () => ({ ...(openid ? { OPENID: openid, UNIONID: `union-${openid}` } : {}), APPID: 'wxstandin0000001', ENV: CLOUD_ENV }),
    async uploadFile({ cloudPath, fileContent }) {
      const fileID = `${BUCKET}/${cloudPath}`;
      files.set(fileID, Buffer.from(fileContent));
      return { fileID, statusCode: 200, errMsg: 'uploadFile:ok' };
    },
    async downloadFile({ fileID }) {
      const bytes = files.get(fileID);
      if (!bytes)
        throw Object.assign(new Error('storage file not exists'), {
          errCode: -503003,
          errMsg: 'downloadFile:fail storage file not exists',
        });
      return { fileContent: bytes, statusCode: 200, errMsg: 'downloadFile:ok' };
    },
    async deleteFile({ fileList }) {
      return {
        fileList: fileList.map((fileID) => {
          const existed = files.delete(fileID);
          return { fileID, status: existed ? 0 : -503003, errMsg: existed ? 'ok' : 'storage file not exists' };
        }),
        errMsg: 'deleteFile:ok',
      };
    },
    async getTempFileURL({ fileList }) {
      return {
        fileList: fileList.map((fileID) => ({
          fileID,
          tempFileURL: `https://tmp.example/${encodeURIComponent(fileID)}`,
          status: 0,
          errMsg: 'ok',
        })),
        errMsg: 'getTempFileURL:ok',
      };
    },
    openapi: {
      subscribeMessage: {
        async send(m) {
          if (sdk.refuseSubscribe) throw { errCode: 43101, errMsg: 'openapi.subscribeMessage.send:fail user refuse to accept the msg' };
          sent.push(m);
          return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' };
        },
      },
    },
    setCaller(o) {
      openid = o;
    },
    files,
    sent,
    refuseSubscribe: false,
  };
  return sdk;
}
