import { act, renderHook } from '@testing-library/react';
import { useRecordSubmit } from '@/hooks/useRecordSubmit';
import { ApiCallError } from '@/services/apiError';
import { calls } from './setup/taroMock';

beforeEach(() => {
  calls.toast.length = 0;
});

it('puts the server’s messages under the fields, without a toast, and keeps the record as shown', async () => {
  const shown = { reload: jest.fn(async () => undefined) };
  const { result } = renderHook(() => useRecordSubmit(shown));
  await act(async () => {
    await result.current.run(async () => {
      throw new ApiCallError({ code: 'INVALID_INPUT', message: '输入有误', fields: { batch: '请填写疫苗批号' } });
    });
  });
  expect(result.current.errors).toEqual({ batch: '请填写疫苗批号' });
  expect(calls.toast).toHaveLength(0);
  expect(shown.reload).not.toHaveBeenCalled();
});

it('shows the record as it is now when someone recorded it meanwhile', async () => {
  const shown = { reload: jest.fn(async () => undefined) };
  const { result } = renderHook(() => useRecordSubmit(shown));
  await act(async () => {
    await result.current.run(async () => {
      throw new ApiCallError({ code: 'CONFLICT', message: '这一剂已录入' });
    });
  });
  expect(shown.reload).toHaveBeenCalledTimes(1);
});
