import { useEffect, useRef } from 'react';
import Taro from '@tarojs/taro';

/**
 * The page's name (its navigation bar title) as the h1 screen readers jump to (h5; the weapp's
 * bar says it: PageHeading.weapp.tsx). Taro's h5 page is its own scroll container: it becomes a
 * tab stop named by the heading, so a keyboard can scroll a page that has no control in view.
 */
export function PageHeading({ title }: { title?: string }) {
  const config = Taro.getCurrentInstance?.()?.page?.config as { navigationBarTitleText?: string } | undefined;
  const text = title ?? config?.navigationBarTitleText ?? '出生一件事 · 盈江';
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const scroller = ref.current?.closest('.taro_page');
    if (!scroller || scroller.hasAttribute('tabindex')) return;
    scroller.setAttribute('tabindex', '0');
    scroller.setAttribute('aria-label', text);
  }, [text]);
  return (
    <h1 className='sr-only' ref={ref}>
      {text}
    </h1>
  );
}
