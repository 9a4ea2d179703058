import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { ApiCallError } from '@/services/apiError';
import { pullDown } from './setup/taroMock';
import { tapButton } from './setup/interact';

/** A promise the test resolves or rejects when it chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

it('loads on show, and again when an input changes', async () => {
  const asked: string[] = [];
  const { result, rerender } = renderHook(({ tab }) => useLoad(async () => (asked.push(tab), `list of ${tab}`), [tab]), {
    initialProps: { tab: 'a' },
  });
  await waitFor(() => expect(result.current.data).toBe('list of a'));
  rerender({ tab: 'b' });
  await waitFor(() => expect(result.current.data).toBe('list of b'));
  rerender({ tab: 'b' });
  await act(async () => undefined);
  expect(asked).toEqual(['a', 'b']);
});

it('never lets a slow earlier answer overwrite a later one', async () => {
  const answers: Record<string, ReturnType<typeof deferred<string>>> = { a: deferred(), b: deferred() };
  const { result, rerender } = renderHook(({ tab }) => useLoad(() => answers[tab].promise, [tab]), { initialProps: { tab: 'a' } });
  rerender({ tab: 'b' });
  await act(async () => answers.b.resolve('list of b'));
  expect(result.current.data).toBe('list of b');
  // The answer to the first request comes last: dropped.
  await act(async () => answers.a.resolve('list of a'));
  expect(result.current.data).toBe('list of b');
  expect(result.current.loading).toBe(false);
  // A late failure of an older request does not show either.
  const c = deferred<string>();
  answers.c = c;
  rerender({ tab: 'c' });
  rerender({ tab: 'b' });
  answers.b = deferred();
  await act(async () => c.reject(new ApiCallError({ code: 'NETWORK', message: '网络连接失败，请检查网络后重试' })));
  expect(result.current.error).toBeNull();
});

it('waits until it is enabled, then loads', async () => {
  const load = jest.fn(async () => 42);
  const { result, rerender } = renderHook(({ enabled }) => useLoad(load, [], { enabled }), { initialProps: { enabled: false } });
  await act(async () => undefined);
  expect(load).not.toHaveBeenCalled();
  expect(result.current.loading).toBe(false);
  rerender({ enabled: true });
  await waitFor(() => expect(result.current.data).toBe(42));
  expect(load).toHaveBeenCalledTimes(1);
});

it('keeps the failure, and a reload once the network is back clears it', async () => {
  let online = false;
  const { result } = renderHook(() =>
    useLoad(async () => {
      if (!online) throw new ApiCallError({ code: 'NETWORK', message: '网络连接失败，请检查网络后重试' });
      return 'figures';
    }),
  );
  await waitFor(() => expect(result.current.error).toBeInstanceOf(ApiCallError));
  expect(result.current.data).toBeNull();
  expect(result.current.loading).toBe(false);
  online = true;
  await act(() => result.current.reload());
  expect(result.current.data).toBe('figures');
  expect(result.current.error).toBeNull();
});

it('reloads on pull-down refresh and then stops the spinner', async () => {
  let n = 0;
  const { result } = renderHook(() => useLoad(async () => (n += 1)));
  await waitFor(() => expect(result.current.data).toBe(1));
  await act(async () => pullDown.handlers.forEach((pull) => pull()));
  await waitFor(() => expect(result.current.data).toBe(2));
  await waitFor(() => expect(pullDown.stopped).toBe(1));
});

function Page({ fail }: { fail: () => boolean }) {
  const [asked, setAsked] = useState(0);
  const loaded = useLoad(async () => {
    setAsked((x) => x + 1);
    if (fail()) throw new ApiCallError({ code: 'NETWORK', message: '网络连接失败，请检查网络后重试' });
    return '接下来要办';
  });
  if (!loaded.data) return <PageShell load={loaded} />;
  return (
    <PageShell load={loaded}>
      {loaded.data} · {asked}
    </PageShell>
  );
}

it('a page shows 重试 after a failed load and recovers when the network is back', async () => {
  let down = true;
  render(<Page fail={() => down} />);
  expect(await screen.findByText('没有加载出来')).toBeTruthy();
  expect(screen.getByText('网络连接失败，请检查网络后重试')).toBeTruthy();
  // Still down: 重试 fails again and says so again.
  await tapButton('重试');
  expect(await screen.findByText('重试')).toBeTruthy();
  down = false;
  await tapButton('重试');
  expect(await screen.findByText(/接下来要办 · 3/)).toBeTruthy();
  expect(screen.queryByText('重试')).toBeNull();
  expect(document.querySelector('[data-load]')).toBeNull();

  // A later refresh that fails keeps what is shown and offers 重试 above it.
  down = true;
  await act(async () => pullDown.handlers.forEach((pull) => pull()));
  expect(await screen.findByText('未能刷新，下面是上次加载的内容')).toBeTruthy();
  expect(screen.getByText(/接下来要办 · 4/)).toBeTruthy();
  down = false;
  await tapButton('重试');
  await waitFor(() => expect(document.querySelector('[data-load]')).toBeNull());
});

it('says 正在加载… while nothing has come yet', async () => {
  const answer = deferred<string>();
  function Slow() {
    const loaded = useLoad(() => answer.promise);
    return <PageShell load={loaded}>{loaded.data}</PageShell>;
  }
  render(<Slow />);
  expect(await screen.findByText('正在加载…')).toBeTruthy();
  await act(async () => answer.resolve('到了'));
  expect(screen.queryByText('正在加载…')).toBeNull();
  expect(screen.getByText('到了')).toBeTruthy();
});
