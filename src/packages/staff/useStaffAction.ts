import { useState } from 'react';
import type { FieldErrors } from '@domain/validation';
import { showSuccess } from '@/components/feedback';
import { useSubmit } from '@/hooks/useSubmit';

/**
 * A clerk's action on the record a page shows (受理, 审核通过, 退回, a status change): sent once, its
 * answer shown in place of the record, and said done. `act` resolves true once it went through, so a
 * form opened for it can close; a refusal's field messages go to `errors`.
 */
export function useStaffAction<T>(show: (answer: T) => void, options: { fieldErrors?: 'inline' } = {}) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({ onFieldErrors: setErrors, fieldErrors: options.fieldErrors });
  const act = async (send: () => Promise<T>, done: string): Promise<boolean> =>
    (await run(async () => {
      setErrors({});
      show(await send());
      showSuccess(done);
      return true;
    })) ?? false;
  return { busy, act, errors, setErrors };
}
