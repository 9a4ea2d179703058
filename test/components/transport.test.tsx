// The transport's one path for calls, uploads and downloads: an ended session is forgotten whichever
// of the three met it, and an answer that is not the backend's envelope (a proxy's 502 page) becomes
// the same clear error everywhere.
import { fireEvent, screen, within } from '@testing-library/react';
import { openFile, upload } from '@/services/transport';
import { accountService } from '@/services/account';
import { useSession } from '@/stores/session';
import { fileAnswers, setApiHandler } from './setup/taroMock';

const ENDED = JSON.stringify({ ok: false, error: { code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' } });

beforeEach(() => {
  useSession.setState({ token: 'old', userId: 'u', me: null });
  fileAnswers.upload = { statusCode: 200, data: '{"ok":true,"data":{"fileId":"f1","size":1,"mime":"image/jpeg"}}' };
  fileAnswers.download = { statusCode: 200, tempFilePath: '/tmp/f1.jpg' };
});

test('an upload refused for an ended session forgets the session, as a call does', async () => {
  fileAnswers.upload = { statusCode: 401, data: ENDED };
  await expect(upload('/tmp/a.jpg', 'hukou_book', () => undefined)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  expect(useSession.getState().token).toBeNull();
});

test('a download refused for an ended session forgets the session too', async () => {
  fileAnswers.download = { statusCode: 401, tempFilePath: '' };
  await expect(openFile('/api/files/f1')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  expect(useSession.getState().token).toBeNull();
});

test('a downloaded file is shown in the viewer, loaded on first use, named by what it is', async () => {
  fileAnswers.download = { statusCode: 200, tempFilePath: 'blob:file-1' };
  await openFile('/api/files/f1', '户口簿首页照片');
  const dialog = screen.getByRole('dialog', { name: '户口簿首页照片' });
  expect(within(dialog).getByRole('img', { name: '户口簿首页照片' }).getAttribute('src')).toBe('blob:file-1');
  fireEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
  expect(screen.queryByRole('dialog')).toBeNull();
});

test('a missing file keeps the session and says so', async () => {
  fileAnswers.download = { statusCode: 404, tempFilePath: '' };
  await expect(openFile('/api/files/f1')).rejects.toMatchObject({ code: 'NOT_FOUND', message: '文件不存在或无权查看' });
  expect(useSession.getState().token).toBe('old');
});

test('an answer that is not the envelope becomes one clear error, for calls and uploads alike', async () => {
  setApiHandler(() => '<html>502 Bad Gateway</html>');
  await expect(accountService.me()).rejects.toMatchObject({ code: 'INTERNAL', message: '服务暂时不可用（200），请稍后再试' });
  fileAnswers.upload = { statusCode: 502, data: '<html>502 Bad Gateway</html>' };
  await expect(upload('/tmp/a.jpg', 'hukou_book', () => undefined)).rejects.toMatchObject({
    code: 'INTERNAL',
    message: '上传失败（502），请重试',
  });
  expect(useSession.getState().token).toBe('old');
});

test('a good upload answers the stored file', async () => {
  await expect(upload('/tmp/a.jpg', 'hukou_book', () => undefined)).resolves.toEqual({ fileId: 'f1', size: 1, mime: 'image/jpeg' });
});
