// Drafts not touched for RETENTION.deviceDrafts.days are dropped when the store loads (the privacy
// notice promises it). A draft saved before save times were kept gets today's time: it is not lost
// now, and expires like any other.
import { RETENTION, retentionCutoff } from '@domain/retention';

export type DraftKind = 'registration' | 'birth';

export type DraftSavedAt = Partial<Record<DraftKind, string>>;

export interface PersistedDrafts<R, B> {
  registration: R | null;
  birth: B | null;
  savedAt?: DraftSavedAt;
}

export function dropStaleDrafts<R, B>(state: PersistedDrafts<R, B>, now: Date): PersistedDrafts<R, B> & { savedAt: DraftSavedAt } {
  const cutoff = retentionCutoff(now, RETENTION.deviceDrafts.days).getTime();
  const out = { registration: state.registration, birth: state.birth, savedAt: {} as DraftSavedAt };
  for (const kind of ['registration', 'birth'] as const) {
    if (out[kind] === null || out[kind] === undefined) {
      out[kind] = null;
      continue;
    }
    const saved = state.savedAt?.[kind];
    const at = saved === undefined ? NaN : Date.parse(saved);
    if (Number.isNaN(at)) {
      out.savedAt[kind] = now.toISOString();
    } else if (at < cutoff) {
      out[kind] = null;
    } else {
      out.savedAt[kind] = saved;
    }
  }
  return out;
}
