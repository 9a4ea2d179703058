import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldErrors } from '@domain/validation';
import { showError, type ShowErrorOptions } from '@/components/feedback';

/**
 * The one way a page sends something: one at a time (a second tap while busy does nothing), a
 * failure shown through the one error display, its field errors handed to the form.
 * `run` resolves to the action's answer, or undefined when it failed or was already running;
 * `onError` sees the failure too (e.g. to reload what a conflict shows is out of date);
 * `fieldErrors: 'inline'` keeps a toast off a form whose messages sit under its fields.
 */
export function useSubmit(
  options: {
    onFieldErrors?: (errors: FieldErrors) => void;
    onError?: (error: unknown) => void;
    fieldErrors?: ShowErrorOptions['fieldErrors'];
  } = {},
) {
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const mounted = useRef(true);
  const latest = useRef(options);
  latest.current = options;
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    try {
      return await action();
    } catch (error) {
      const fields = showError(error, { fieldErrors: latest.current.fieldErrors });
      latest.current.onFieldErrors?.(fields);
      latest.current.onError?.(error);
      return undefined;
    } finally {
      running.current = false;
      if (mounted.current) setBusy(false);
    }
  }, []);

  return { busy, run };
}
