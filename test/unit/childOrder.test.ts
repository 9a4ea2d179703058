import { childOrder, childOrderText, countedChildren } from '../../domain/registration/childOrder';
import { childOrderFromRecords } from '../../domain/registration/knownChildren';
import { REGISTRATION_RULES } from '../../domain/registration/registrationRules';
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

// 《中华人民共和国人口与计划生育法》第十八条：“国家提倡适龄婚育、优生优育。一对夫妻可以生育三个子女。”
// A child without a 生育登记 is counted by the same rule (docs/policy/child-order.md).
describe('childOrderFromRecords (孩次 without a 生育登记)', () => {
  const rec = (name: string, birthDate: string) => ({ name, birthDate });

  it('the source of the rule is in the rule data, quoting the law', () => {
    expect(REGISTRATION_RULES.childOrderCounts.source).toContain('一对夫妻可以生育三个子女');
  });

  it('counts the earlier children of the family on record as births of this couple', () => {
    expect(childOrderFromRecords('2025-03-01', [rec('岩保', '2020-05-01'), rec('玉香', '2022-01-01'), rec('新生', '2025-03-01')], [])).toBe(
      3,
    );
  });

  it('an adopted or previous-marriage child declared on a registration does not count, as in registration', () => {
    const declared = [
      child({ name: '岩保', birthDate: '2020-05-01', relation: 'adopted' }),
      child({ name: '玉香', birthDate: '2021-01-01', relation: 'previous-marriage' }),
    ];
    const recorded = [rec('岩保', '2020-05-01'), rec('新生', '2025-03-01')];
    expect(childOrderFromRecords('2025-03-01', recorded, declared)).toBe(childOrder(declared) /* 1 */);
    expect(childOrderFromRecords('2025-03-01', recorded, declared)).toBe(1);
  });

  it('a deceased child declared on a registration does not count; a living one of this marriage does', () => {
    const declared = [child({ name: '岩保', deceased: true }), child({ name: '玉香', birthDate: '2022-02-02' })];
    expect(childOrderFromRecords('2025-03-01', [], declared)).toBe(2);
  });

  it('twins (same birth date) and later children are not counted here', () => {
    expect(childOrderFromRecords('2025-03-01', [rec('甲', '2025-03-01'), rec('乙', '2025-03-01'), rec('丙', '2027-01-01')], [])).toBe(1);
  });
});
