// 人口监测's indicators on small hand-made sets whose answers are known.
import { per1000 } from '../../domain/nursery/supply';
import { medianOfHistogram, percentileOfHistogram, percentileOfSorted } from '../../domain/dashboard/percentile';
import { reportDueBy, reportDueDate, REPORT_DEADLINE } from '../../domain/dashboard/reportDeadline';
import { SEX_RATIO_NORMAL_RANGE, sexRatio, sexRatioFigure, sexRatioNormal, sexRatioText } from '../../domain/dashboard/sexRatio';
import { suppress, unlessFew, WITHHELD } from '../../domain/dashboard/suppression';

describe('sex ratio at birth', () => {
  it('is boys per 100 girls, one decimal', () => {
    expect(sexRatio(105, 100)).toBe(105);
    expect(sexRatio(523, 477)).toBe(109.6); // 109.643…
    expect(sexRatio(1, 3)).toBe(33.3);
    expect(sexRatio(0, 7)).toBe(0);
  });
  it('is undefined (null) without girls', () => {
    expect(sexRatio(12, 0)).toBeNull();
    expect(sexRatio(0, 0)).toBeNull();
  });
  it('has the usual range 103–107 with its source, both ends normal', () => {
    expect(SEX_RATIO_NORMAL_RANGE).toMatchObject({ low: 103, high: 107 });
    expect(SEX_RATIO_NORMAL_RANGE.source).toContain('盈发〔2023〕8号');
    expect([102.9, 103, 105, 107, 107.1].map(sexRatioNormal)).toEqual([false, true, true, true, false]);
  });
});

describe('percentiles (nearest rank)', () => {
  const days = [0, 1, 1, 2, 3, 3, 3, 5, 8, 21]; // sorted, n = 10
  it('median and p90 of a known list', () => {
    expect(percentileOfSorted(days, 50)).toBe(3); // rank ⌈5⌉ = 5th value
    expect(percentileOfSorted(days, 90)).toBe(8); // rank 9
    expect(percentileOfSorted(days, 100)).toBe(21);
    expect(percentileOfSorted([4], 90)).toBe(4);
    expect(percentileOfSorted([1, 2], 50)).toBe(1); // even count: the lower middle value
    expect(percentileOfSorted([], 50)).toBeNull();
  });
  it('a histogram gives the same answers as the expanded list', () => {
    const bins = [
      { value: 3, count: 3 },
      { value: 0, count: 1 },
      { value: 21, count: 1 },
      { value: 1, count: 2 },
      { value: 8, count: 1 },
      { value: 2, count: 1 },
      { value: 5, count: 1 },
      { value: 9, count: 0 },
    ];
    expect(medianOfHistogram(bins)).toBe(3);
    expect(percentileOfHistogram(bins, 90)).toBe(8);
    for (const p of [1, 10, 25, 50, 75, 90, 99, 100]) expect(percentileOfHistogram(bins, p)).toBe(percentileOfSorted(days, p));
    expect(medianOfHistogram([])).toBeNull();
  });
  it('refuses a percentile outside (0, 100]', () => {
    expect(() => percentileOfSorted(days, 0)).toThrow(RangeError);
    expect(() => percentileOfHistogram([{ value: 1, count: 1 }], 101)).toThrow(RangeError);
  });
});

describe('per 1000 residents', () => {
  it('two decimals; 0 without residents', () => {
    expect(per1000(1317, 292_508)).toBe(4.5); // 4.502…
    expect(per1000(790, 292_508)).toBe(2.7);
    expect(per1000(45, 10_000)).toBe(4.5);
    expect(per1000(1, 3000)).toBe(0.33);
    expect(per1000(10, 0)).toBe(0);
  });
});

describe('small-count suppression', () => {
  it('1–4 become <5; 0 stays 0; 5 and up are shown', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 128].map(suppress)).toEqual(['0', '<5', '<5', '<5', '<5', '5', '6', '128']);
  });
  it('refuses what is not a count', () => {
    expect(() => suppress(-1)).toThrow(RangeError);
    expect(() => suppress(2.5)).toThrow(RangeError);
  });
  it('a figure derived from fewer than 5 is withheld', () => {
    expect(unlessFew(4, () => '104.6')).toBe(WITHHELD);
    expect(unlessFew(5, () => '104.6')).toBe('104.6');
  });
});

describe('the yearly report deadline (seed 三(三))', () => {
  it('is 12-01 with the seed’s words', () => {
    expect(reportDueDate(2026)).toBe('2026-12-01');
    expect(REPORT_DEADLINE.source).toContain('于每年12月1日前要将本部门人口工作情况报县卫生健康局');
  });
  it.each([
    ['2026-10-31', undefined],
    ['2026-11-01', '2026-12-01'],
    ['2026-11-28', '2026-12-01'],
    ['2026-12-01', '2026-12-01'],
    ['2026-12-02', undefined],
    ['2027-01-15', undefined],
  ])('on %s the dashboard reminds of %s', (today, due) => expect(reportDueBy(today)).toBe(due));
});

describe('sexRatioFigure: the one small-numbers rule for the dashboard and the report', () => {
  it('withholds a ratio from fewer than 5 boys or girls (3 boys, 3 girls would read 100.0)', () => {
    expect(sexRatioFigure(3, 3)).toEqual({ kind: 'withheld' });
    expect(sexRatioText(sexRatioFigure(3, 3))).toBe(WITHHELD);
    expect(sexRatioFigure(40, 4)).toEqual({ kind: 'withheld' });
    expect(sexRatioFigure(5, 0)).toEqual({ kind: 'withheld' });
  });

  it('shows it from 5 of each, with a verdict against the normal range', () => {
    expect(sexRatioFigure(5, 5)).toEqual({ kind: 'shown', ratio: 100, verdict: 'low' });
    expect(sexRatioFigure(105, 100)).toEqual({ kind: 'shown', ratio: 105, verdict: 'normal' });
    expect(sexRatioFigure(21, 19)).toEqual({ kind: 'shown', ratio: 110.5, verdict: 'high' });
    expect(sexRatioText(sexRatioFigure(21, 19))).toBe('110.5');
  });
});
