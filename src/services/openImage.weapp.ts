import Taro from '@tarojs/taro';

/** WeChat's own image viewer. */
export async function openImage(filePath: string, _name?: string): Promise<void> {
  await Taro.previewImage({ urls: [filePath], current: filePath });
}
