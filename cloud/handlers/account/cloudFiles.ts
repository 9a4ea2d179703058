// Files in CloudBase mode (no gateway, so no POST/GET /api/files): the weapp uploads the clear file
// to cloud storage itself (wx.cloud.uploadFile → incoming/<random>) and hands over the fileID; the
// server takes it, checks it and stores it sealed exactly like a gateway upload (storeUpload).
// Opening one (its uploader, a police clerk working the case, the 卫健 reviewer — readUpload decides
// and audits) gives a temporary URL to a clear copy that retention deletes after a few minutes.
import * as v from 'valibot';
import { requiredText, strictFields } from '../../../domain/validation';
import { action } from '../../core/action';
import type { Ctx } from '../../core/context';
import { AppError, invalidInput } from '../../core/errors';
import { requireCaller, requireVerified } from '../../core/guards';
import { recordCloudShare } from '../../db/repos/files';
import { EXTENSION, readUpload, storeUpload } from '../files/files';
import { recordId } from '../common/schemas';

export const CLOUD_ONLY = '该操作仅用于云开发部署，请通过上传接口提交文件';
/** How long a link to a clear copy works, and how soon retention deletes the copy. */
export const SHARE_SECONDS = 10 * 60;

function cloudFiles(ctx: Ctx) {
  if (!ctx.cloudFiles) throw new AppError('UNAVAILABLE', CLOUD_ONLY);
  return ctx.cloudFiles;
}

export const attachUpload = action(
  strictFields('上传信息', { kind: requiredText('附件类型', 32), cloudFileId: v.pipe(requiredText('云文件标识', 512)) }),
  async ({ kind, cloudFileId }, ctx) => {
    requireVerified(ctx);
    const bytes = await cloudFiles(ctx).takeIncoming(cloudFileId);
    if (!bytes) throw invalidInput({ file: '上传的文件已失效，请重新上传' });
    return storeUpload(ctx, { kind, bytes });
  },
  requireVerified,
);

export const openUpload = action(
  strictFields('请求参数', { fileId: recordId('文件标识') }),
  async ({ fileId }, ctx) => {
    requireCaller(ctx);
    const exchange = cloudFiles(ctx);
    const { file, bytes } = await readUpload(ctx, fileId);
    const ext = EXTENSION[file.mime as keyof typeof EXTENSION] ?? 'bin';
    const shared = await exchange.share(bytes, ext, SHARE_SECONDS);
    await recordCloudShare(ctx.db, shared.fileID, ctx.clock.now().toISOString());
    return { url: shared.url, mime: file.mime, expiresInSec: SHARE_SECONDS };
  },
  requireCaller,
);
