// Uploads (a 户口簿 page for a household outside 盈江) and reading them back. The gateway's
// multipart routes call these with a Ctx like any action.
//
// The bytes are sealed with the field key before they reach the file store (a 户口簿 page shows every
// household member's ID number); the type is decided by the bytes, never by the name or the
// client's content type. Who may read a file: its uploader, a police clerk while a case whose hukou
// step has reached the police attaches it, and the health bureau when a subsidy application's papers
// attach it — those reads are audit-logged. Anyone else: NOT_FOUND.
import { createHash } from 'node:crypto';
import type { Ctx } from '../../core/context';
import { invalidInput, notFound } from '../../core/errors';
import { hasRole, requireCaller, requireVerified } from '../../core/guards';
import { newId } from '../../core/ids';
import { appendAudit } from '../../db/repos/audit';
import { casesAttaching, findBirthCase, stepOf } from '../../db/repos/birthCases';
import { findFile, insertFile, type FileRow } from '../../db/repos/files';
import { applicationAttaching } from '../../db/repos/subsidies';
import { departmentCanSee } from '../birth/bundleAccess';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const FILE_KINDS = ['hukou_book'] as const;
export type FileMime = 'image/jpeg' | 'image/png' | 'application/pdf';

export const FILE_TOO_LARGE = '文件不能超过5MB，请压缩后重新上传';
export const FILE_WRONG_TYPE = '只能上传JPG、PNG图片或PDF文件';
export const FILE_NOT_FOUND = '未找到该文件';

const SIGNATURES: readonly { mime: FileMime; magic: Buffer }[] = [
  { mime: 'image/jpeg', magic: Buffer.from([0xff, 0xd8, 0xff]) },
  { mime: 'image/png', magic: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mime: 'application/pdf', magic: Buffer.from('%PDF-', 'ascii') },
];

/** The type by magic bytes, or undefined for anything else. */
export function sniffMime(bytes: Buffer): FileMime | undefined {
  return SIGNATURES.find((s) => bytes.length >= s.magic.length && bytes.subarray(0, s.magic.length).equals(s.magic))?.mime;
}

export const EXTENSION: Readonly<Record<FileMime, string>> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

export interface Uploaded {
  fileId: string;
  size: number;
  mime: FileMime;
}

export async function storeUpload(ctx: Ctx, upload: { kind: unknown; bytes: Buffer | undefined }): Promise<Uploaded> {
  const caller = requireVerified(ctx);
  if (typeof upload.kind !== 'string' || !(FILE_KINDS as readonly string[]).includes(upload.kind)) {
    throw invalidInput({ kind: '请选择附件类型' });
  }
  const bytes = upload.bytes;
  if (!bytes || bytes.length === 0) throw invalidInput({ file: '请选择要上传的文件' });
  if (bytes.length > MAX_FILE_BYTES) throw invalidInput({ file: FILE_TOO_LARGE });
  const mime = sniffMime(bytes);
  if (!mime) throw invalidInput({ file: FILE_WRONG_TYPE });

  const id = newId();
  // Bytes first, row second: a failed insert leaves an unreachable sealed blob, never a row without bytes.
  await ctx.files.put(id, ctx.crypto.encryptBytes(bytes));
  await insertFile(ctx.db, {
    id,
    owner_user_id: caller.userId,
    kind: upload.kind,
    mime,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    storage_key: id,
    created_at: ctx.clock.now().toISOString(),
  });
  return { fileId: id, size: bytes.length, mime };
}

/** The case through which a police clerk may see the file, if any. */
async function policeCaseFor(ctx: Ctx, fileId: string): Promise<{ id: string; number: string } | undefined> {
  for (const caseId of await casesAttaching(ctx.db, fileId)) {
    const step = await stepOf(ctx.db, caseId, 'hukou');
    if (step && departmentCanSee(step.status)) {
      const row = await findBirthCase(ctx.db, caseId);
      if (row) return { id: row.id, number: row.number };
    }
  }
  return undefined;
}

export async function readUpload(ctx: Ctx, fileId: string): Promise<{ file: FileRow; bytes: Buffer }> {
  const caller = requireCaller(ctx);
  const file = await findFile(ctx.db, fileId);
  if (!file) throw notFound(FILE_NOT_FOUND);
  if (file.owner_user_id !== caller.userId) {
    const viaCase = caller.verified && hasRole(caller, 'police') ? await policeCaseFor(ctx, file.id) : undefined;
    // The 卫健 reviewer checks a subsidy application's typed papers against its 户口簿 page.
    const viaApplication =
      !viaCase && caller.verified && hasRole(caller, 'health_bureau') ? await applicationAttaching(ctx.db, file.id) : undefined;
    if (!viaCase && !viaApplication) throw notFound(FILE_NOT_FOUND);
    const via = viaCase
      ? { role: 'police', detail: { caseId: viaCase.id, number: viaCase.number } }
      : { role: 'health_bureau', detail: { applicationId: viaApplication!.id, number: viaApplication!.number } };
    await appendAudit(
      ctx.db,
      {
        actorUserId: caller.userId,
        actorRole: via.role,
        action: 'file.read',
        targetType: 'file',
        targetId: file.id,
        detail: { ...via.detail, kind: file.kind },
      },
      ctx.clock.now(),
    );
  }
  const sealed = await ctx.files.get(file.storage_key);
  if (!sealed) {
    ctx.log.error('file row without stored bytes', { fileId: file.id });
    throw notFound(FILE_NOT_FOUND);
  }
  return { file, bytes: ctx.crypto.decryptBytes(sealed) };
}
