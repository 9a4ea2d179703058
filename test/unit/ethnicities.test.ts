import { ETHNICITIES, ethnicityName, isEthnicityCode } from '../../domain/people/ethnicities';

describe('ethnicities', () => {
  it('lists the 56 groups with unique codes, names and GB numbers', () => {
    expect(ETHNICITIES).toHaveLength(56);
    expect(new Set(ETHNICITIES.map((e) => e.code)).size).toBe(56);
    expect(new Set(ETHNICITIES.map((e) => e.name)).size).toBe(56);
    expect(new Set(ETHNICITIES.map((e) => e.gbCode)).size).toBe(56);
    for (const e of ETHNICITIES) {
      expect(e.code).toMatch(/^[a-z]+$/);
      expect(e.name.endsWith('族')).toBe(true);
    }
  });

  it('puts the groups common in 盈江 first', () => {
    expect(ETHNICITIES.slice(0, 7).map((e) => e.name)).toEqual(['汉族', '傣族', '景颇族', '傈僳族', '阿昌族', '德昂族', '佤族']);
  });

  it('keeps the official order for the rest', () => {
    const rest = ETHNICITIES.slice(10).map((e) => Number(e.gbCode));
    expect(rest).toEqual([...rest].sort((a, b) => a - b));
  });

  it('names and recognises codes', () => {
    expect(ethnicityName('jingpo')).toBe('景颇族');
    expect(ethnicityName('nope')).toBeUndefined();
    expect(isEthnicityCode('lisu')).toBe(true);
    expect(isEthnicityCode('Lisu')).toBe(false);
  });
});
