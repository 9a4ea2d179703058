import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { FieldErrors } from '@domain/validation';
import { ApiCallError } from '@/services/apiError';
import { useSubmit } from './useSubmit';
import type { Loaded } from './useLoad';

/**
 * A staff page that records onto the record it shows (a dose, a check, a delivery): the server's
 * messages sit under the fields, and a conflict — recorded meanwhile by a colleague, or a retry after a
 * lost answer — shows the record as it is now.
 */
export function useRecordSubmit(shown: Pick<Loaded<unknown>, 'reload'>) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({
    onFieldErrors: setErrors,
    fieldErrors: 'inline',
    onError: (error) => {
      if (error instanceof ApiCallError && error.code === 'CONFLICT') void shown.reload();
    },
  });
  /** Opens one of the page's forms at the top, without the messages of the last one. */
  const openForm = (show: () => void) => {
    setErrors({});
    show();
    void Taro.pageScrollTo({ scrollTop: 0, duration: 200 });
  };
  return { busy, run, errors, setErrors, openForm };
}
