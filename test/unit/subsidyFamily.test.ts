import { evaluateFamily } from '../../domain/subsidy/engine';
import { RULES } from '../../domain/subsidy/rules';
import { BEREAVED } from './subsidyHelpers';

const AS_OF = '2026-11-28';
const REQUIRED = '失独父母护理补贴只适用于经依法鉴定伤病残达到三级以上（一至三级）的失独父母';

describe('evaluateFamily — 失独 nursing subsidy (seed 二（五）2)', () => {
  it('grade 2 qualifies: 300 a month per calendar year from the month qualified; grade 4 does not', () => {
    const e = evaluateFamily(
      {
        bereavedParents: [
          { parent: 'mother', disabilityGrade: 2, since: '2024-05-10' },
          { parent: 'father', disabilityGrade: 4, since: '2024-05-10' },
        ],
      },
      AS_OF,
    );
    expect(e.rulesVersion).toBe(RULES.version);
    expect(e.entitlements.map((x) => [x.periodKey, x.months, x.amountFen, x.state, x.applyFrom, x.applyBy, x.parent])).toEqual([
      ['2024:mother', 8, 240000, 'expired', '2024-05-10', '2025-12-31', 'mother'],
      ['2025:mother', 12, 360000, 'expired', '2025-01-01', '2025-12-31', 'mother'],
      ['2026:mother', 12, 360000, 'claimable', '2026-01-01', '2026-12-31', 'mother'],
    ]);
    expect(e.entitlements[0]).toMatchObject({ ruleId: BEREAVED, periodLabel: '2024年度（母亲）', from: '2024-05-01', to: '2024-12-31' });
    expect(e.entitlements[0].why).toBe('失独母亲（伤病残二级），2024年5月至12月计8个月×300元：失独父母护理补贴2024年度2,400元');
    expect(e.notApplicable).toEqual([
      { ruleId: BEREAVED, ruleName: '失独父母护理补贴', parent: 'father', reason: `父亲伤病残四级：${REQUIRED}` },
    ]);
  });

  it('grade 3 is the last grade that qualifies; grade 1 qualifies; no grade on record does not', () => {
    const e = evaluateFamily(
      {
        bereavedParents: [
          { parent: 'mother', disabilityGrade: 3, since: '2026-01-01' },
          { parent: 'father', since: '2026-01-01' },
        ],
      },
      AS_OF,
    );
    expect(e.entitlements.map((x) => [x.periodKey, x.amountFen])).toEqual([['2026:mother', 360000]]);
    expect(e.notApplicable.map((n) => n.reason)).toEqual([`父亲尚无伤病残鉴定等级：${REQUIRED}`]);
    expect(
      evaluateFamily({ bereavedParents: [{ parent: 'father', disabilityGrade: 1, since: '2026-01-01' }] }, AS_OF).entitlements,
    ).toHaveLength(1);
  });

  it('starts no earlier than 2023-01-01, whenever the parent qualified', () => {
    const e = evaluateFamily({ bereavedParents: [{ parent: 'father', disabilityGrade: 1, since: '2019-06-01' }] }, AS_OF);
    expect(e.entitlements.map((x) => [x.periodKey, x.months, x.applyFrom, x.applyBy, x.state])).toEqual([
      ['2023:father', 12, '2023-01-01', '2024-12-31', 'expired'],
      ['2024:father', 12, '2024-01-01', '2024-12-31', 'expired'],
      ['2025:father', 12, '2025-01-01', '2025-12-31', 'expired'],
      ['2026:father', 12, '2026-01-01', '2026-12-31', 'claimable'],
    ]);
  });

  it('a family with no bereaved parent on record gets an empty answer, not a list of reasons', () => {
    expect(evaluateFamily({}, AS_OF)).toEqual({ asOf: AS_OF, rulesVersion: RULES.version, entitlements: [], notApplicable: [] });
  });
});
