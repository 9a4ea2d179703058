import type { Shown } from '@domain/birth/views';
import { KvRow } from './KvRow';

/** Label / value rows the server prepared for display (already masked where they must be). */
export function ShownRows({ rows }: { rows: readonly Shown[] }) {
  return (
    <>
      {rows.map((r) => (
        <KvRow key={r.label} label={r.label}>
          {r.value}
        </KvRow>
      ))}
    </>
  );
}
