import { act, renderHook } from '@testing-library/react';
import { useSubmit } from '@/hooks/useSubmit';
import { ApiCallError } from '@/services/apiError';
import { calls } from './setup/taroMock';

it('is busy while the action runs, runs it once however often it is tapped, and returns its answer', async () => {
  let finish!: (value: string) => void;
  const action = jest.fn(() => new Promise<string>((resolve) => (finish = resolve)));
  const { result } = renderHook(() => useSubmit());
  let first!: Promise<string | undefined>;
  let second!: Promise<string | undefined>;
  act(() => {
    first = result.current.run(action);
    second = result.current.run(action);
  });
  expect(result.current.busy).toBe(true);
  expect(action).toHaveBeenCalledTimes(1);
  await act(async () => finish('凭证'));
  expect(await first).toBe('凭证');
  expect(await second).toBeUndefined();
  expect(result.current.busy).toBe(false);
});

it('shows a failure through the one error display, hands field errors to the form, and can run again', async () => {
  const onFieldErrors = jest.fn();
  const { result } = renderHook(() => useSubmit({ onFieldErrors }));
  let answer: unknown;
  await act(async () => {
    answer = await result.current.run(async () => {
      throw new ApiCallError({ code: 'INVALID_INPUT', message: '输入有误', fields: { phone: '联系电话格式不正确' } });
    });
  });
  expect(answer).toBeUndefined();
  expect(onFieldErrors).toHaveBeenCalledWith({ phone: '联系电话格式不正确' });
  expect(calls.toast).toEqual(['联系电话格式不正确']);
  expect(result.current.busy).toBe(false);

  await act(async () => {
    answer = await result.current.run(async () => {
      throw new ApiCallError({ code: 'CONFLICT', message: '该预约已取消' });
    });
  });
  expect(calls.modal).toEqual(['该预约已取消']);
  expect(onFieldErrors).toHaveBeenLastCalledWith({});

  await act(async () => {
    answer = await result.current.run(async () => 'ok');
  });
  expect(answer).toBe('ok');
});
