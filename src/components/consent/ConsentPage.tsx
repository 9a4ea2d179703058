import { PageShell } from '@/components/PageShell';
import { FamilyConsent, type FamilyConsentProps } from './FamilyConsent';
import { useConsent, type ConsentChoice } from './useConsent';

interface Props<T> {
  load: (id: string) => Promise<T>;
  send: (id: string, choice: ConsentChoice) => Promise<T>;
  /** What the card says about the loaded request. */
  card: (request: T) => Omit<FamilyConsentProps, 'busy' | 'onAnswer'>;
}

/** A whole 这是我 / 这不是我 page: the request of the page's id, its card, and the answer sent back. */
export function ConsentPage<T>({ load, send, card }: Props<T>) {
  const { request, busy, answer } = useConsent(load, send);
  const r = request.data;
  if (!r) {
    return <PageShell load={request} />;
  }
  return (
    <PageShell load={request}>
      <FamilyConsent {...card(r)} busy={busy} onAnswer={answer} />
    </PageShell>
  );
}
