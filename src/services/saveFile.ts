import Taro from '@tarojs/taro';

// H5: the browser downloads the file under its name. The weapp build uses saveFile.weapp.ts.

const BOM = '\uFEFF';

/** Excel on Windows reads a CSV as UTF-8 only when it starts with a byte-order mark. */
export function withBom(csv: string): string {
  return csv.startsWith(BOM) ? csv : `${BOM}${csv}`;
}

/** Saves a CSV (e.g. a payout batch) where the user can open it on a PC. */
export async function saveCsv(filename: string, csv: string): Promise<void> {
  const blob = new Blob([withBom(csv)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the link; the URL is no longer needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  await Taro.showToast({ title: `已下载 ${filename}`, icon: 'none' });
}
