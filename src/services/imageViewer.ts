// h5: shows a downloaded photo full screen as a modal dialog with a name, a 关闭 button, Escape and a
// tap outside the photo to close; focus moves into it and back to where it was (issue 19). A file
// that is not an image (an uploaded PDF) is offered as a download instead of a broken picture.
// Loaded only through openImage.ts's import(), on the first file a user opens (issue 18); Taro's own
// h5 viewer has none of this and brings Swiper with it.

const VIEWER_CLASS = 'file-viewer';

export async function previewImage(filePath: string, name = '附件'): Promise<void> {
  document.querySelector(`.${VIEWER_CLASS}`)?.remove();
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;

  const dialog = document.createElement('div');
  dialog.className = VIEWER_CLASS;
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-label', name);
  dialog.style.cssText = 'position:fixed;inset:0;z-index:1050;background:#111;display:flex;flex-direction:column;align-items:stretch;';

  const bar = document.createElement('div');
  bar.style.cssText = 'display:flex;justify-content:space-between;align-items:center;padding:8px 12px;color:#fff;font-size:16px;';
  const title = document.createElement('span');
  title.textContent = name;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '关闭';
  close.style.cssText = 'min-width:64px;min-height:44px;font-size:16px;color:#111;background:#fff;border:0;border-radius:6px;';
  bar.append(title, close);

  const body = document.createElement('div');
  body.style.cssText = 'flex:1;display:flex;align-items:center;justify-content:center;overflow:auto;';
  const image = document.createElement('img');
  image.alt = name;
  image.style.cssText = 'max-width:100%;max-height:100%;object-fit:contain;';
  image.addEventListener('error', () => {
    const note = document.createElement('p');
    note.style.cssText = 'color:#fff;font-size:16px;text-align:center;padding:0 16px;';
    note.textContent = '该文件不是图片（可能是 PDF），无法在此预览。';
    const download = document.createElement('a');
    download.href = filePath;
    download.download = name;
    download.textContent = '下载文件';
    download.style.cssText =
      'display:inline-block;min-height:44px;line-height:44px;padding:0 16px;color:#111;background:#fff;border-radius:6px;';
    const box = document.createElement('div');
    box.style.cssText = 'text-align:center;';
    box.append(note, download);
    image.replaceWith(box);
  });
  image.src = filePath;
  body.append(image);
  dialog.append(bar, body);

  const shut = () => {
    document.removeEventListener('keydown', onKey, true);
    window.removeEventListener('hashchange', shut);
    dialog.remove();
    opener?.focus();
  };
  // The one control inside keeps the focus: Tab cannot leave the dialog, Escape closes it.
  function onKey(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      shut();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      close.focus();
    }
  }
  close.addEventListener('click', shut);
  body.addEventListener('click', (event) => {
    if (event.target === body) shut();
  });
  document.addEventListener('keydown', onKey, true);
  // Moving to another page (the back button included) closes it, as it would close a real page.
  window.addEventListener('hashchange', shut);
  document.body.append(dialog);
  close.focus();
}
