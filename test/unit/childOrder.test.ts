import { childOrder, childOrderText, countedChildren } from '../../domain/registration/childOrder';
import type { ExistingChild } from '../../domain/registration/types';

const child = (over: Partial<ExistingChild> = {}): ExistingChild => ({
  name: '岩保',
  birthDate: '2020-05-01',
  sex: 'M',
  relation: 'this-marriage',
  deceased: false,
  ...over,
});

describe('childOrder', () => {
  it('is 1 with no existing children', () => {
    expect(childOrder([])).toBe(1);
    expect(childOrderText(childOrder([]))).toBe('一孩');
  });

  it('is 2 with one living child of this marriage', () => {
    expect(childOrder([child()])).toBe(2);
    expect(childOrderText(2)).toBe('二孩');
  });

  it('does not count a child of a previous marriage', () => {
    expect(childOrder([child({ relation: 'previous-marriage' })])).toBe(1);
  });

  it('does not count an adopted child', () => {
    expect(childOrder([child({ relation: 'adopted' })])).toBe(1);
  });

  it('does not count a deceased child', () => {
    expect(childOrder([child({ deceased: true })])).toBe(1);
  });

  it('counts only the living children of this marriage in a mixed family', () => {
    const family = [
      child({ name: '甲' }),
      child({ name: '乙', relation: 'previous-marriage' }),
      child({ name: '丙', relation: 'adopted' }),
      child({ name: '丁', deceased: true }),
      child({ name: '戊' }),
      child({ name: '己', relation: 'previous-marriage', deceased: true }),
    ];
    expect(countedChildren(family).map((c) => c.name)).toEqual(['甲', '戊']);
    expect(childOrder(family)).toBe(3);
    expect(childOrderText(childOrder(family))).toBe('三孩');
  });
});

describe('childOrderText', () => {
  it('groups the fourth and later', () => {
    expect(childOrderText(4)).toBe('四孩及以上');
    expect(childOrderText(7)).toBe('四孩及以上');
  });

  it('rejects a number that is not an order', () => {
    expect(() => childOrderText(0)).toThrow(RangeError);
    expect(() => childOrderText(1.5)).toThrow(RangeError);
  });
});
