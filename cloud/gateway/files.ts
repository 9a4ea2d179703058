// File routes of the gateway, beside POST /api/<function>:
//   POST /api/files      multipart: one part `file` (JPEG/PNG/PDF by its bytes, ≤ 5 MB) and a field
//                        `kind` ('hukou_book'); answers { ok: true, data: { fileId, size, mime } }.
//   GET  /api/files/:id  the bytes, to the uploader or a police clerk working the case (audited).
// Errors are the usual envelope with an HTTP status that says what happened (401, 403, 404, 413,
// 415, 400): an upload or download client looks at the status before it parses anything.
// Multipart parsing is registered in this plugin's scope only, so POST /api/<function> still
// accepts JSON alone.
import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ApiError, ApiResult } from '../../domain/api/envelope';
import { createCtx, type Runtime } from '../core/context';
import { INTERNAL_MESSAGE, isAppError } from '../core/errors';
import { errorFields } from '../core/logger';
import { EXTENSION, FILE_TOO_LARGE, FILE_WRONG_TYPE, MAX_FILE_BYTES, readUpload, storeUpload } from '../handlers/files/files';
import { chargeUploadBytes, chargeUploadCount } from '../core/limits';
import { callerFromAuthorization } from './bearer';
import { inTransaction } from '../db/transaction';
import { FILE_CONTENT_SECURITY_POLICY } from './hardening';

/** A multipart body larger than one file and its few fields is refused from its Content-Length, unread. */
export const MAX_UPLOAD_BODY_BYTES = MAX_FILE_BYTES + 64 * 1024;

function send(reply: FastifyReply, status: number, error: ApiError): FastifyReply {
  const body: ApiResult<never> = { ok: false, error };
  return reply.code(status).header('content-type', 'application/json; charset=utf-8').send(body);
}

function statusOf(error: ApiError): number {
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return 401;
    case 'NOT_VERIFIED':
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'RATE_LIMITED':
      return 429;
    case 'INVALID_INPUT':
      if (error.fields?.file === FILE_TOO_LARGE) return 413;
      if (error.fields?.file === FILE_WRONG_TYPE) return 415;
      return 400;
    default:
      return 500;
  }
}

export function filesRoutes(runtime: Runtime) {
  return async function routes(app: FastifyInstance): Promise<void> {
    await app.register(multipart, {
      limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 4, parts: 5, fieldSize: 1024, headerPairs: 100 },
      throwFileSizeLimit: true,
    });

    // Before a byte of the body is read: a declared length past one file is refused and the
    // connection closed, so a 50 MB upload costs the server one header.
    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'POST') return;
      const declared = Number(request.headers['content-length'] ?? 0);
      if (Number.isFinite(declared) && declared > MAX_UPLOAD_BODY_BYTES) {
        reply.header('connection', 'close');
        return send(reply, 413, { code: 'INVALID_INPUT', message: FILE_TOO_LARGE, fields: { file: FILE_TOO_LARGE } });
      }
    });

    const failure = (reply: FastifyReply, e: unknown, requestId: string, url: string): FastifyReply => {
      if (isAppError(e)) {
        const error = e.toApiError();
        return send(reply, statusOf(error), error);
      }
      runtime.log.error('file route failed', { requestId, url, ...errorFields(e) });
      return send(reply, 500, { code: 'INTERNAL', message: INTERNAL_MESSAGE });
    };

    app.post('/api/files', async (request, reply) => {
      const requestId = randomUUID();
      reply.header('x-request-id', requestId);
      const caller = await callerFromAuthorization(runtime.db, request.headers.authorization, runtime.clock.now(), runtime.sessionPolicy);
      if (!caller) return send(reply, 401, { code: 'UNAUTHENTICATED', message: '请先登录' });
      if (!request.isMultipart()) return send(reply, 415, { code: 'INVALID_INPUT', message: '请以 multipart/form-data 格式上传文件' });
      try {
        await chargeUploadCount(runtime, caller.userId, request.ip);
      } catch (e) {
        reply.header('connection', 'close');
        return failure(reply, e, requestId, request.url);
      }

      let kind: unknown;
      let bytes: Buffer | undefined;
      try {
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            const content = await part.toBuffer();
            if (part.fieldname === 'file') bytes = content;
          } else if (part.fieldname === 'kind') {
            kind = part.value;
          }
        }
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'FST_REQ_FILE_TOO_LARGE') {
          return send(reply, 413, { code: 'INVALID_INPUT', message: FILE_TOO_LARGE, fields: { file: FILE_TOO_LARGE } });
        }
        if (code === 'FST_FILES_LIMIT') {
          return send(reply, 400, { code: 'INVALID_INPUT', message: '一次只能上传一个文件', fields: { file: '一次只能上传一个文件' } });
        }
        return send(reply, 400, { code: 'INVALID_INPUT', message: '上传内容格式不正确，请重新上传' });
      }

      try {
        if (bytes) await chargeUploadBytes(runtime, caller.userId, bytes.length);
        const data = await inTransaction(
          runtime.db,
          (trx) => storeUpload(createCtx(runtime, caller, trx, requestId), { kind, bytes }),
          'files.upload',
        );
        return reply.code(200).send({ ok: true, data });
      } catch (e) {
        return failure(reply, e, requestId, request.url);
      }
    });

    app.get<{ Params: { id: string } }>('/api/files/:id', async (request, reply) => {
      const requestId = randomUUID();
      reply.header('x-request-id', requestId);
      const caller = await callerFromAuthorization(runtime.db, request.headers.authorization, runtime.clock.now(), runtime.sessionPolicy);
      if (!caller) return send(reply, 401, { code: 'UNAUTHENTICATED', message: '请先登录' });
      try {
        const { file, bytes } = await inTransaction(
          runtime.db,
          (trx) => readUpload(createCtx(runtime, caller, trx, requestId), request.params.id),
          'files.read',
        );
        const ext = EXTENSION[file.mime as keyof typeof EXTENSION] ?? 'bin';
        // A PDF may carry JavaScript: it is a download, never a page of this origin; every file is
        // served under a sandboxing policy that lets nothing run or load.
        const disposition = file.mime === 'application/pdf' ? 'attachment' : 'inline';
        return reply
          .code(200)
          .header('content-type', file.mime)
          .header('content-length', String(bytes.length))
          .header('content-disposition', `${disposition}; filename="${file.id}.${ext}"`)
          .header('content-security-policy', FILE_CONTENT_SECURITY_POLICY)
          .header('cache-control', 'private, no-store')
          .header('x-content-type-options', 'nosniff')
          .send(bytes);
      } catch (e) {
        return failure(reply, e, requestId, request.url);
      }
    });
  };
}
