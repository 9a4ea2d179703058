import Taro from '@tarojs/taro';

/** The page's name (its navigation bar title) as the h1 screen readers jump to (h5; the weapp's bar says it: PageHeading.weapp.tsx). */
export function PageHeading({ title }: { title?: string }) {
  const config = Taro.getCurrentInstance?.()?.page?.config as { navigationBarTitleText?: string } | undefined;
  const text = title ?? config?.navigationBarTitleText ?? '出生一件事 · 盈江';
  return <h1 className='sr-only'>{text}</h1>;
}
