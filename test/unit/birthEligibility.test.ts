import { bundleBirthDateWindow, hukouDueDate, isWithinBundleAge } from '../../domain/birth/bundleRules';
import { checkEligibility, eligibilitySchema, ineligibleReasons, OFFLINE_GUIDES } from '../../domain/birth/eligibility';
import { BIRTH_ELSEWHERE, HOSPITALS, hospitalById, hospitalName, isHospitalId } from '../../domain/birth/hospitals';
import type { EligibilityInput, IneligibleReason } from '../../domain/birth/types';
import { addDays } from '../../domain/dates';
import { isTownshipCode } from '../../domain/place/townships';
import { validate } from '../../domain/validation';

const TODAY = '2026-11-28';

function eligible(change: Partial<EligibilityInput> = {}): EligibilityInput {
  return { hospitalId: 'yj-people', firstIssue: true, birthDate: '2026-11-01', localHukouParent: true, ...change };
}

function reasons(input: EligibilityInput, today = TODAY): IneligibleReason[] {
  const result = checkEligibility(input, today);
  return result.eligible ? [] : result.guides.map((g) => g.reason);
}

describe('HOSPITALS', () => {
  it('lists the county hospitals and township health centres, each issuing certificates in a known township', () => {
    expect(hospitalName('yj-people')).toBe('盈江县人民医院');
    expect(hospitalName('yj-mch')).toBe('盈江县妇幼保健院');
    expect(hospitalName('yj-tcm')).toBe('盈江县中医医院');
    expect(hospitalById('yj-mch')?.township).toBe('pingyuan');
    const townships = new Set(HOSPITALS.map((h) => h.township));
    for (const t of ['jiucheng', 'nabang', 'nongzhang', 'zhanxi', 'kachang', 'taiping', 'xima'])
      expect(townships.has(t as never)).toBe(true);
    for (const h of HOSPITALS) {
      expect(isTownshipCode(h.township)).toBe(true);
      expect(h.issuesBirthCertificate).toBe(true);
      expect(isHospitalId(h.id)).toBe(true);
    }
    expect(new Set(HOSPITALS.map((h) => h.id)).size).toBe(HOSPITALS.length);
  });

  it('does not know "elsewhere" or anything else', () => {
    expect(isHospitalId(BIRTH_ELSEWHERE)).toBe(false);
    expect(isHospitalId('constructor')).toBe(false);
    expect(isHospitalId(undefined)).toBe(false);
    expect(hospitalName('nope')).toBeUndefined();
  });
});

describe('checkEligibility', () => {
  it('lets a child under one year, born in a listed institution, first issue, local hukou apply', () => {
    expect(checkEligibility(eligible(), TODAY)).toEqual({ eligible: true });
    expect(checkEligibility(eligible({ birthDate: TODAY, hospitalId: 'xima-chc' }), TODAY)).toEqual({ eligible: true });
  });

  it.each<[IneligibleReason, Partial<EligibilityInput>]>([
    ['not_in_institution', { hospitalId: BIRTH_ELSEWHERE }],
    ['not_first_issue', { firstIssue: false }],
    ['over_one_year', { birthDate: '2025-06-01' }],
    ['not_born_yet', { birthDate: '2026-12-15' }],
    ['no_local_hukou', { localHukouParent: false }],
  ])('%s gets its own offline guide', (reason, change) => {
    const result = checkEligibility(eligible(change), TODAY);
    expect(result).toEqual({ eligible: false, guides: [OFFLINE_GUIDES[reason]] });
  });

  it('lists every failed condition, not just the first', () => {
    expect(reasons(eligible({ hospitalId: BIRTH_ELSEWHERE, firstIssue: false, birthDate: '2024-01-01', localHukouParent: false }))).toEqual(
      ['not_in_institution', 'not_first_issue', 'over_one_year', 'no_local_hukou'],
    );
    expect(reasons(eligible({ birthDate: '2027-01-10', localHukouParent: false }))).toEqual(['not_born_yet', 'no_local_hukou']);
  });

  it('is eligible the day before the first birthday and not on it', () => {
    expect(reasons(eligible({ birthDate: '2025-11-29' }))).toEqual([]);
    expect(reasons(eligible({ birthDate: '2025-11-28' }))).toEqual(['over_one_year']);
  });

  it('handles a 29 February birth: the first birthday is reached on 1 March', () => {
    expect(reasons(eligible({ birthDate: '2024-02-29' }), '2025-02-28')).toEqual([]);
    expect(reasons(eligible({ birthDate: '2024-02-29' }), '2025-03-01')).toEqual(['over_one_year']);
  });

  it('today itself is born, tomorrow is not', () => {
    expect(reasons(eligible({ birthDate: TODAY }))).toEqual([]);
    expect(reasons(eligible({ birthDate: addDays(TODAY, 1) }))).toEqual(['not_born_yet']);
  });

  it('returns guides the caller can change without touching the shared data', () => {
    const result = checkEligibility(eligible({ localHukouParent: false }), TODAY);
    if (result.eligible) throw new Error('expected a guide');
    result.guides[0]!.bring.push('x');
    expect(OFFLINE_GUIDES.no_local_hukou.bring).not.toContain('x');
  });
});

describe('OFFLINE_GUIDES', () => {
  it('says in Chinese why, where to go and what to bring', () => {
    for (const [reason, guide] of Object.entries(OFFLINE_GUIDES)) {
      expect(guide.reason).toBe(reason);
      expect(guide.why).toMatch(/[\u4e00-\u9fff]/);
      expect(guide.where).toMatch(/[\u4e00-\u9fff]/);
      expect(guide.bring.length).toBeGreaterThan(0);
    }
  });

  it('sends births outside an institution to the 县妇幼保健院 with what it needs', () => {
    const guide = OFFLINE_GUIDES.not_in_institution;
    expect(guide.where).toContain('盈江县妇幼保健院');
    expect(guide.where).toContain('平原镇');
    expect(guide.bring.join('、')).toContain('亲子鉴定');
    expect(guide.bring).toEqual(expect.arrayContaining(['父母双方的身份证', '结婚证', '户口簿']));
  });

  it('sends re-issues to the issuing hospital, a child over one to separate windows, no-hukou families home', () => {
    expect(OFFLINE_GUIDES.not_first_issue.where).toContain('原签发医院');
    expect(OFFLINE_GUIDES.over_one_year.where).toContain('派出所');
    expect(OFFLINE_GUIDES.over_one_year.where).toContain('盈江县政务服务中心 综合窗口');
    expect(OFFLINE_GUIDES.no_local_hukou.where).toContain('户籍所在地');
    expect(OFFLINE_GUIDES.not_born_yet.why + OFFLINE_GUIDES.not_born_yet.where).toContain('生育登记');
  });
});

describe('the age window', () => {
  it('is the same in the predicate and the date-picker window, every day across leap years', () => {
    for (let day = 0; day < 800; day += 1) {
      const today = addDays('2023-12-01', day);
      const { earliest, latest } = bundleBirthDateWindow(today);
      expect(latest).toBe(today);
      expect(isWithinBundleAge(earliest, today)).toBe(true);
      expect(isWithinBundleAge(addDays(earliest, -1), today)).toBe(false);
      expect(ineligibleReasons(eligible({ birthDate: addDays(earliest, -1) }), today)).toEqual(['over_one_year']);
    }
  });

  it('puts the hukou deadline one month after the birth', () => {
    expect(hukouDueDate('2026-11-01')).toBe('2026-12-01');
    expect(hukouDueDate('2027-01-31')).toBe('2027-02-28');
  });
});

describe('eligibilitySchema', () => {
  const schema = eligibilitySchema(TODAY);

  it('accepts a listed hospital or "elsewhere", and any real date up to the latest due date', () => {
    expect(validate(schema, eligible())).toEqual({ ok: true, value: eligible() });
    expect(validate(schema, eligible({ hospitalId: BIRTH_ELSEWHERE })).ok).toBe(true);
    expect(validate(schema, eligible({ birthDate: '2020-01-01' })).ok).toBe(true);
    expect(validate(schema, eligible({ birthDate: '2027-03-01' })).ok).toBe(true);
  });

  it('names each field in its message', () => {
    expect(validate(schema, {})).toEqual({
      ok: false,
      fields: {
        hospitalId: '请选择出生的医疗机构',
        firstIssue: '请选择是否首次办理出生医学证明',
        birthDate: '请选择孩子的出生日期',
        localHukouParent: '请选择父母是否有盈江户口',
      },
    });
    const result = validate(schema, { ...eligible(), hospitalId: 'mars', firstIssue: 'yes', birthDate: '2026-02-30' });
    expect(result).toEqual({
      ok: false,
      fields: {
        hospitalId: '请选择出生的医疗机构',
        firstIssue: '请选择是否首次办理出生医学证明',
        birthDate: '孩子的出生日期格式不正确，应为YYYY-MM-DD',
      },
    });
  });

  it('rejects a date far in the future as a typo, and extra keys', () => {
    const far = validate(schema, eligible({ birthDate: '2030-01-01' }));
    expect(far.ok).toBe(false);
    if (!far.ok) expect(far.fields.birthDate).toMatch(/^孩子的出生日期不能晚于/);
    const extra = validate(schema, { ...eligible(), extra: 1 });
    expect(extra).toEqual({ ok: false, fields: { extra: '办理条件中有无法识别的字段“extra”' } });
  });
});
