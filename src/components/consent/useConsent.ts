// The wiring of a 这是我 / 这不是我 page: the request named by the page's id, and the answer sent back
// (its result replaces what is shown).
import Taro, { useRouter } from '@tarojs/taro';
import { useLoad } from '@/hooks/useLoad';
import { useSubmit } from '@/hooks/useSubmit';

export type ConsentChoice = 'confirm' | 'refuse';

export function useConsent<T>(load: (id: string) => Promise<T>, send: (id: string, choice: ConsentChoice) => Promise<T>) {
  const { params } = useRouter();
  const id = params.id ?? '';
  const request = useLoad(() => load(id));
  const { busy, run } = useSubmit();
  const answer = (choice: ConsentChoice) =>
    void run(async () => {
      request.setData(await send(id, choice));
      void Taro.showToast({ title: choice === 'confirm' ? '已确认' : '已告知对方', icon: 'success' });
    });
  return { request, busy, answer };
}
