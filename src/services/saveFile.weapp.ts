import Taro from '@tarojs/taro';

// WeChat has no downloads folder: write the file into the mini-program's user data folder, then
// let the user send it to a chat (e.g. 文件传输助手) and open it in WeChat on a PC.

const BOM = '\uFEFF';

/** Excel on Windows reads a CSV as UTF-8 only when it starts with a byte-order mark. */
export function withBom(csv: string): string {
  return csv.startsWith(BOM) ? csv : `${BOM}${csv}`;
}

/** Saves a CSV (e.g. a payout batch) where the user can open it on a PC. */
export async function saveCsv(filename: string, csv: string): Promise<void> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${filename}`;
  Taro.getFileSystemManager().writeFileSync(filePath, withBom(csv), 'utf8');
  const answer = await Taro.showModal({
    title: '文件已生成',
    content: `${filename}\n发送到微信聊天（如“文件传输助手”）后，可在电脑版微信中打开。`,
    confirmText: '发送',
    cancelText: '稍后',
  });
  if (answer.confirm) await Taro.shareFileMessage({ filePath, fileName: filename });
}
