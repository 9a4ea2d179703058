import { RETENTION } from '@domain/retention';
import { dropStaleDrafts } from '@/stores/draftExpiry';

const NOW = new Date('2026-11-28T02:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

describe('dropStaleDrafts', () => {
  test('keeps a draft saved within the period, with its save time', () => {
    const out = dropStaleDrafts({ registration: { step: 1 }, birth: null, savedAt: { registration: ago(29) } }, NOW);
    expect(out).toEqual({ registration: { step: 1 }, birth: null, savedAt: { registration: ago(29) } });
  });

  test(`drops a draft not touched for more than ${RETENTION.deviceDrafts.days} days, and only that one`, () => {
    const out = dropStaleDrafts({ registration: { step: 1 }, birth: { step: 2 }, savedAt: { registration: ago(31), birth: ago(2) } }, NOW);
    expect(out).toEqual({ registration: null, birth: { step: 2 }, savedAt: { birth: ago(2) } });
  });

  test('the boundary is exactly the period', () => {
    const days = RETENTION.deviceDrafts.days;
    expect(dropStaleDrafts({ registration: 'r', birth: null, savedAt: { registration: ago(days) } }, NOW).registration).toBe('r');
    const justOver = new Date(NOW.getTime() - days * DAY - 1).toISOString();
    expect(dropStaleDrafts({ registration: 'r', birth: null, savedAt: { registration: justOver } }, NOW).registration).toBeNull();
  });

  test('a draft stored before save times were kept (or with a broken time) is kept and stamped now', () => {
    const out = dropStaleDrafts({ registration: 'r', birth: 'b', savedAt: { birth: 'not a time' } }, NOW);
    expect(out).toEqual({ registration: 'r', birth: 'b', savedAt: { registration: NOW.toISOString(), birth: NOW.toISOString() } });
  });

  test('a save time without a draft is forgotten', () => {
    expect(dropStaleDrafts({ registration: null, birth: null, savedAt: { birth: ago(1) } }, NOW)).toEqual({
      registration: null,
      birth: null,
      savedAt: {},
    });
  });
});
