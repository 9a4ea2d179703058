import { isTownshipCode, TOWNSHIP_CODES, townshipName, TOWNSHIPS } from '../../domain/place/townships';

describe('townships', () => {
  it('lists the 15 乡镇 and the farm community, with unique codes and names', () => {
    expect(TOWNSHIPS).toHaveLength(16);
    expect(new Set(TOWNSHIPS.map((t) => t.code)).size).toBe(16);
    expect(new Set(TOWNSHIPS.map((t) => t.name)).size).toBe(16);
    expect(TOWNSHIPS.filter((t) => t.kind === 'town')).toHaveLength(8);
    expect(TOWNSHIPS.filter((t) => t.kind === 'township')).toHaveLength(7);
    expect(TOWNSHIPS.filter((t) => t.kind === 'community')).toHaveLength(1);
    expect(TOWNSHIP_CODES).toEqual(TOWNSHIPS.map((t) => t.code));
  });

  it('puts every seat inside 盈江’s rough bounding box', () => {
    for (const t of TOWNSHIPS) {
      expect(t.centre.lat).toBeGreaterThanOrEqual(24.2);
      expect(t.centre.lat).toBeLessThanOrEqual(25.3);
      expect(t.centre.lng).toBeGreaterThanOrEqual(97.5);
      expect(t.centre.lng).toBeLessThanOrEqual(98.4);
    }
  });

  it('has the county seat 平原镇 near 24.71N 97.94E', () => {
    const seat = TOWNSHIPS.find((t) => t.code === 'pingyuan');
    expect(seat?.name).toBe('平原镇');
    expect(seat?.centre.lat).toBeCloseTo(24.71, 1);
    expect(seat?.centre.lng).toBeCloseTo(97.94, 1);
  });

  it('names and recognises codes', () => {
    expect(townshipName('sudian')).toBe('苏典傈僳族乡');
    expect(townshipName('farm')).toBe('盈江农场社区');
    expect(isTownshipCode('nabang')).toBe(true);
    expect(isTownshipCode('outside')).toBe(false);
    expect(isTownshipCode(3)).toBe(false);
  });
});
