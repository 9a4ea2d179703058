import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import type { FieldErrors, ValidationResult } from '@domain/validation';
import { pageUrl } from '@domain/routes';
import { bindFields } from '@/components/form/bindFields';
import { useLoad } from '@/hooks/useLoad';
import { useMe } from '@/hooks/useMe';
import { useSubmit } from '@/hooks/useSubmit';
import { accountService } from '@/services/account';
import { nurseryService } from '@/services/nursery';
import { newIdempotencyKey } from '@/services/transport';

/**
 * What applying for a place and booking a visit share: the institution of the page's `id`, the
 * parent's children (once verified), one form bound to its errors, and a send that opens the request made.
 */
export function useRequestForm<F extends object>(initial: F) {
  const { params } = useRouter();
  const id = params.id ?? '';
  const { me } = useMe();
  const nursery = useLoad(() => nurseryService.detail(id));
  const kids = useLoad(() => accountService.children(), [], { enabled: me?.verified === true });
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({ onFieldErrors: setErrors });
  // One key for this request: a retry after a lost answer cannot send it twice.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const field = bindFields(form, (patch) => setForm({ ...form, ...patch }), errors);

  const send = async <T>(checked: ValidationResult<T>, call: (value: T, idempotencyKey: string) => Promise<{ id: string }>) => {
    if (!checked.ok) return setErrors(checked.fields);
    await run(async () => {
      setErrors({});
      const request = await call(checked.value, idempotencyKey);
      await Taro.redirectTo({ url: pageUrl('/packages/nursery/request/index', { id: request.id, fresh: 1 }) });
    });
  };

  return { nursery, kids, form, field, busy, send };
}
