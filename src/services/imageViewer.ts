// Shows a downloaded image with Taro h5's viewer. Only ever loaded through openImage.ts's import():
// the viewer brings Swiper with it, which would otherwise sit in every first load (issue 18).
import Taro from '@tarojs/taro';

export async function previewImage(filePath: string): Promise<void> {
  await Taro.previewImage({ urls: [filePath], current: filePath });
}
