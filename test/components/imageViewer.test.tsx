// The h5 file viewer (services/imageViewer.ts): a named modal dialog that keyboard and screen-reader
// users can close, with focus moved in and given back; a photo shown with its name, anything else
// offered as a download.
import { fireEvent, screen, within } from '@testing-library/react';
import { previewImage } from '@/services/imageViewer';

afterEach(() => {
  document.body.innerHTML = '';
});

function opener(): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = '查看照片';
  document.body.append(button);
  button.focus();
  return button;
}

it('a photo: a modal dialog named by the file, focus on 关闭; Escape closes and gives focus back', async () => {
  const button = opener();
  await previewImage('blob:photo', '户口簿首页照片');
  const dialog = screen.getByRole('dialog', { name: '户口簿首页照片' });
  expect(dialog.getAttribute('aria-modal')).toBe('true');
  expect(within(dialog).getByRole('img', { name: '户口簿首页照片' }).getAttribute('src')).toBe('blob:photo');
  const close = within(dialog).getByRole('button', { name: '关闭' });
  expect(document.activeElement).toBe(close);

  // Tab stays inside.
  fireEvent.keyDown(document, { key: 'Tab' });
  expect(document.activeElement).toBe(close);

  fireEvent.keyDown(document, { key: 'Escape' });
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(document.activeElement).toBe(button);
});

it('a tap outside the photo closes it, as does moving to another page; one viewer at a time', async () => {
  await previewImage('blob:a', '附件');
  await previewImage('blob:b', '附件');
  expect(screen.getAllByRole('dialog')).toHaveLength(1);
  const backdrop = screen.getByRole('img').parentElement!;
  fireEvent.click(screen.getByRole('img'));
  expect(screen.queryByRole('dialog')).not.toBeNull();
  fireEvent.click(backdrop);
  expect(screen.queryByRole('dialog')).toBeNull();

  await previewImage('blob:c', '附件');
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  expect(screen.queryByRole('dialog')).toBeNull();
});

it('a file that is not an image is offered as a download, not shown broken', async () => {
  await previewImage('blob:pdf', '出生医学证明');
  const dialog = screen.getByRole('dialog', { name: '出生医学证明' });
  fireEvent.error(within(dialog).getByRole('img'));
  expect(within(dialog).queryByRole('img')).toBeNull();
  expect(within(dialog).getByText(/该文件不是图片/)).toBeTruthy();
  expect(within(dialog).getByRole('link', { name: '下载文件' }).getAttribute('href')).toBe('blob:pdf');
});
