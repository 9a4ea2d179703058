import { checkDigitOf } from '../../domain/identity/idNumber';
import { fieldLabel, FIELD_LABELS, registrationSchema } from '../../domain/registration/schema';
import type { RegistrationInput } from '../../domain/registration/types';
import { validate, type FieldErrors } from '../../domain/validation';

const TODAY = '2026-11-28';

const idOf = (birth: string, seq: string) => {
  const first17 = `533123${birth}${seq}`;
  return first17 + checkDigitOf(first17);
};

function idEndingInX(birth: string): string {
  for (let seq = 100; seq < 1000; seq += 1) {
    const id = idOf(birth, String(seq));
    if (id.endsWith('X')) return id;
  }
  throw new Error('no fixture');
}

const APPLICANT_ID = idOf('19950612', '124');
const SPOUSE_ID = idEndingInX('19930901');

type Input = Record<string, any>;

function validInput(): Input {
  return {
    applicant: {
      name: ' 玉香 ',
      idNumber: APPLICANT_ID,
      ethnicity: 'dai',
      phone: '138 1234-5678',
      hukouTownship: 'pingyuan',
      hukouAddress: '平原镇允燕路12号',
    },
    spouse: {
      name: '木然•排早.勒干',
      idNumber: SPOUSE_ID.toLowerCase(),
      ethnicity: 'jingpo',
      phone: '13987654321',
      hukouTownship: 'outside',
      hukouAddress: '芒市勐焕路1号',
    },
    marriageDate: '2020-05-20',
    existingChildren: [{ name: '岩温', birthDate: '2021-08-01', sex: 'M', relation: 'this-marriage', deceased: false }],
    stage: 'pregnant',
    dueDate: '2027-03-01',
    township: 'pingyuan',
  };
}

function check(input: unknown, today = TODAY) {
  return validate(registrationSchema(today), input);
}

function errorsOf(input: unknown, today = TODAY): FieldErrors {
  const result = check(input, today);
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.fields;
}

/** Deep-copies the valid input and applies a change. */
function withChange(change: (input: Input) => void): Input {
  const input = validInput();
  change(input);
  return input;
}

function expectChineseOnly(fields: FieldErrors) {
  for (const message of Object.values(fields)) {
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).not.toMatch(/Invalid|Expected|Received/);
  }
}

describe('registrationSchema: a valid input', () => {
  it('passes and is normalised', () => {
    const result = check(validInput());
    if (!result.ok) throw new Error(JSON.stringify(result.fields));
    const expected: RegistrationInput = {
      applicant: {
        name: '玉香',
        idNumber: APPLICANT_ID,
        ethnicity: 'dai',
        phone: '13812345678',
        hukouTownship: 'pingyuan',
        hukouAddress: '平原镇允燕路12号',
      },
      spouse: {
        name: '木然·排早·勒干',
        idNumber: SPOUSE_ID,
        ethnicity: 'jingpo',
        phone: '13987654321',
        hukouTownship: 'outside',
        hukouAddress: '芒市勐焕路1号',
      },
      marriageDate: '2020-05-20',
      existingChildren: [{ name: '岩温', birthDate: '2021-08-01', sex: 'M', relation: 'this-marriage', deceased: false }],
      stage: 'pregnant',
      dueDate: '2027-03-01',
      township: 'pingyuan',
    };
    expect(result.value).toEqual(expected);
    expect(SPOUSE_ID.endsWith('X')).toBe(true);
  });

  it('accepts a family with no children yet and a 补登 after the birth', () => {
    const result = check(
      withChange((i) => {
        i.existingChildren = [];
        i.stage = 'born';
        delete i.dueDate;
        i.birthDate = '2026-10-01';
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('accepts long minority names with the middle dot and names in letters', () => {
    for (const name of ['木然·排早·勒干', '阿卜杜热合曼·买买提明·艾合买提', '木然 · 排早', 'Maria Gonzalez', '岩'.repeat(50)]) {
      const result = check(withChange((i) => (i.spouse.name = name)));
      expect(result.ok).toBe(true);
    }
  });
});

describe('registrationSchema: each wrong field gets a Chinese message at its path', () => {
  const cases: [string, (i: Input) => void, string][] = [
    ['applicant.name', (i) => (i.applicant.name = '  '), '请填写申请人姓名'],
    ['applicant.name', (i) => (i.applicant.name = '玉香2'), '申请人姓名只能包含汉字、字母、空格和间隔号“·”'],
    ['applicant.name', (i) => (i.applicant.name = '·玉香'), '申请人姓名只能包含汉字、字母、空格和间隔号“·”'],
    ['applicant.name', (i) => (i.applicant.name = '玉··香'), '申请人姓名只能包含汉字、字母、空格和间隔号“·”'],
    ['applicant.name', (i) => (i.applicant.name = '岩'.repeat(51)), '申请人姓名不能超过50个字'],
    [
      'applicant.idNumber',
      (i) => (i.applicant.idNumber = APPLICANT_ID.slice(0, 17) + (APPLICANT_ID[17] === '1' ? '2' : '1')),
      '申请人公民身份号码校验位不正确',
    ],
    ['applicant.idNumber', (i) => (i.applicant.idNumber = ''), '请填写申请人公民身份号码'],
    ['applicant.idNumber', (i) => (i.applicant.idNumber = idOf('19950230', '124')), '申请人公民身份号码中的出生日期无效'],
    ['spouse.idNumber', (i) => (i.spouse.idNumber = SPOUSE_ID.slice(0, 17) + '0'), '配偶公民身份号码校验位不正确'],
    ['spouse.idNumber', (i) => (i.spouse.idNumber = '533123930901123'), '配偶公民身份号码应为18位，不支持15位旧号码'],
    ['spouse.idNumber', (i) => (i.spouse.idNumber = idOf('20261129', '123')), '配偶公民身份号码中的出生日期无效'],
    ['applicant.ethnicity', (i) => (i.applicant.ethnicity = 'martian'), '请选择申请人民族'],
    ['spouse.ethnicity', (i) => (i.spouse.ethnicity = ''), '请选择配偶民族'],
    ['applicant.phone', (i) => (i.applicant.phone = '1234'), '申请人手机号码格式不正确，应为11位手机号'],
    ['spouse.phone', (i) => (i.spouse.phone = '12987654321'), '配偶手机号码格式不正确，应为11位手机号'],
    ['spouse.phone', (i) => (i.spouse.phone = ''), '请填写配偶手机号码'],
    ['applicant.hukouTownship', (i) => (i.applicant.hukouTownship = 'beijing'), '请选择申请人户籍乡镇'],
    ['applicant.hukouAddress', (i) => (i.applicant.hukouAddress = ''), '请填写申请人户籍地址'],
    ['applicant.hukouAddress', (i) => (i.applicant.hukouAddress = '地'.repeat(101)), '申请人户籍地址不能超过100个字'],
    ['spouse.hukouAddress', (i) => (i.spouse.hukouAddress = '芒市\u0007勐焕路'), '配偶户籍地址含有无法显示的字符，请删除后重新填写'],
    ['spouse.hukouAddress', (i) => (i.spouse.hukouAddress = '芒市\u202e勐焕路'), '配偶户籍地址含有无法显示的字符，请删除后重新填写'],
    ['marriageDate', (i) => (i.marriageDate = ''), '请选择结婚登记日期'],
    ['marriageDate', (i) => (i.marriageDate = '2023-02-30'), '结婚登记日期格式不正确，应为YYYY-MM-DD'],
    ['marriageDate', (i) => (i.marriageDate = '2026-11-29'), '结婚登记日期不能晚于今天'],
    ['marriageDate', (i) => (i.marriageDate = '1949-12-31'), '结婚登记日期不能早于1950-01-01'],
    ['marriageDate', (i) => (i.marriageDate = '1995-06-11'), '结婚登记日期不能早于申请人的出生日期'],
    [
      'marriageDate',
      (i) => {
        i.spouse.idNumber = idOf('19970101', '133');
        i.marriageDate = '1996-12-31';
      },
      '结婚登记日期不能早于配偶的出生日期',
    ],
    ['existingChildren.0.name', (i) => (i.existingChildren[0].name = ''), '请填写第1个已有子女的姓名'],
    ['existingChildren.0.birthDate', (i) => (i.existingChildren[0].birthDate = '2026-11-29'), '第1个已有子女的出生日期不能晚于今天'],
    [
      'existingChildren.0.birthDate',
      (i) => (i.existingChildren[0].birthDate = '2021-8-1'),
      '第1个已有子女的出生日期格式不正确，应为YYYY-MM-DD',
    ],
    ['existingChildren.0.relation', (i) => (i.existingChildren[0].relation = 'step'), '请选择第1个已有子女与本次婚姻的关系'],
    ['existingChildren.1.sex', (i) => i.existingChildren.push({ ...i.existingChildren[0], sex: 'X' }), '请选择第2个已有子女的性别'],
    ['existingChildren.0.deceased', (i) => delete i.existingChildren[0].deceased, '请选择第1个已有子女是否已故'],
    ['existingChildren', (i) => (i.existingChildren = Array.from({ length: 11 }, () => i.existingChildren[0])), '已有子女最多填写10个'],
    ['stage', (i) => (i.stage = 'planning'), '请选择生育状态'],
    ['township', (i) => (i.township = 'outside'), '请选择现居住乡镇'],
  ];

  it.each(cases)('%s ← %#', (path, change, message) => {
    const fields = errorsOf(withChange(change));
    expect(fields).toEqual({ [path]: message });
  });

  it('reports several wrong fields at once, cross-field ones included', () => {
    const fields = errorsOf(
      withChange((i) => {
        i.applicant.name = '';
        i.spouse.idNumber = APPLICANT_ID;
        delete i.dueDate;
        i.existingChildren[0].birthDate = '2030-01-01';
      }),
    );
    expect(fields).toEqual({
      'applicant.name': '请填写申请人姓名',
      'spouse.idNumber': '配偶公民身份号码不能与申请人相同',
      dueDate: '请选择预产期',
      'existingChildren.0.birthDate': '第1个已有子女的出生日期不能晚于今天',
    });
  });

  it('compares the two ID numbers after normalising them', () => {
    const x = idEndingInX('19950612');
    const fields = errorsOf(
      withChange((i) => {
        i.applicant.idNumber = x;
        i.spouse.idNumber = ` ${x.toLowerCase()} `;
      }),
    );
    expect(fields).toEqual({ 'spouse.idNumber': '配偶公民身份号码不能与申请人相同' });
  });

  it('has a label for every reported path', () => {
    expect(fieldLabel('spouse.idNumber')).toBe('配偶公民身份号码');
    expect(fieldLabel('existingChildren.1.birthDate')).toBe('第2个已有子女的出生日期');
    expect(fieldLabel('dueDate')).toBe('预产期');
    expect(FIELD_LABELS['existingChildren.*.relation']).toBe('已有子女与本次婚姻的关系');
    for (const [path] of cases) expect(fieldLabel(path)).toBeDefined();
  });
});

describe('registrationSchema: wrong types and shapes', () => {
  const cases: [string, (i: Input) => void, string, string][] = [
    ['number for a name', (i) => (i.applicant.name = 123), 'applicant.name', '申请人姓名格式不正确'],
    ['null for a name', (i) => (i.applicant.name = null), 'applicant.name', '请填写申请人姓名'],
    ['array for a name', (i) => (i.applicant.name = ['玉香']), 'applicant.name', '申请人姓名格式不正确'],
    ['number for an ID number', (i) => (i.spouse.idNumber = 5331231993090112), 'spouse.idNumber', '配偶公民身份号码格式不正确'],
    ['number for a phone', (i) => (i.applicant.phone = 13812345678), 'applicant.phone', '申请人手机号码格式不正确'],
    ['missing phone', (i) => delete i.applicant.phone, 'applicant.phone', '请填写申请人手机号码'],
    ['missing ethnicity', (i) => delete i.spouse.ethnicity, 'spouse.ethnicity', '请选择配偶民族'],
    ['number for a date', (i) => (i.marriageDate = 20200520), 'marriageDate', '结婚登记日期格式不正确'],
    ['missing date', (i) => delete i.marriageDate, 'marriageDate', '请选择结婚登记日期'],
    ['array for a person', (i) => (i.applicant = []), 'applicant', '申请人信息格式不正确'],
    ['string for a person', (i) => (i.spouse = '木然'), 'spouse', '配偶信息格式不正确'],
    ['missing person', (i) => delete i.spouse, 'spouse', '请填写配偶信息'],
    ['object for the children', (i) => (i.existingChildren = {}), 'existingChildren', '已有子女情况格式不正确'],
    ['missing children', (i) => delete i.existingChildren, 'existingChildren', '请填写已有子女情况'],
    ['string for a child', (i) => (i.existingChildren = ['岩温']), 'existingChildren.0', '第1个已有子女的信息格式不正确'],
    ['string for a boolean', (i) => (i.existingChildren[0].deceased = 'no'), 'existingChildren.0.deceased', '请选择第1个已有子女是否已故'],
    ['number for the stage', (i) => (i.stage = 1), 'stage', '请选择生育状态'],
    ['missing township', (i) => delete i.township, 'township', '请选择现居住乡镇'],
    ['number for a due date', (i) => (i.dueDate = 20270301), 'dueDate', '预产期格式不正确'],
  ];

  it.each(cases)('%s', (_name, change, path, message) => {
    const fields = errorsOf(withChange(change));
    expect(fields).toEqual({ [path]: message });
  });

  it('rejects a whole input that is not an object, under "_"', () => {
    for (const input of [null, undefined, 'x', 42, [], true]) {
      const fields = errorsOf(input);
      expect(Object.keys(fields)).toEqual(['_']);
      expectChineseOnly(fields);
    }
    expect(errorsOf([])).toEqual({ _: '生育登记信息格式不正确' });
    expect(errorsOf(null)).toEqual({ _: '请填写生育登记信息' });
  });

  it('names every field of an empty object, in Chinese', () => {
    const fields = errorsOf({});
    expect(fields).toEqual({
      applicant: '请填写申请人信息',
      spouse: '请填写配偶信息',
      marriageDate: '请选择结婚登记日期',
      existingChildren: '请填写已有子女情况',
      stage: '请选择生育状态',
      township: '请选择现居住乡镇',
    });
  });

  it('never lets an English message through, whatever the input', () => {
    const junk = [1, 'x', null, [], {}, true, [{}], { a: 1 }];
    const paths: ((i: Input, j: unknown) => void)[] = [
      (i, j) => (i.applicant = j),
      (i, j) => (i.applicant.hukouTownship = j),
      (i, j) => (i.existingChildren = j),
      (i, j) => (i.existingChildren[0] = j),
      (i, j) => (i.existingChildren[0].sex = j),
      (i, j) => (i.birthDate = j),
      (i, j) => (i.stage = j),
    ];
    for (const set of paths)
      for (const j of junk) {
        const result = check(withChange((i) => set(i, j)));
        if (!result.ok) expectChineseOnly(result.fields);
      }
  });
});

describe('registrationSchema: unknown keys', () => {
  it('rejects an unknown top-level key', () => {
    expect(errorsOf({ ...validInput(), isAdmin: true })).toEqual({ isAdmin: '生育登记信息中有无法识别的字段“isAdmin”' });
  });

  it('rejects an unknown key inside a person and inside a child', () => {
    expect(errorsOf(withChange((i) => (i.applicant.role = 'admin')))).toEqual({
      'applicant.role': '申请人信息中有无法识别的字段“role”',
    });
    expect(errorsOf(withChange((i) => (i.existingChildren[0].idNumber = '1')))).toEqual({
      'existingChildren.0.idNumber': '第1个已有子女的信息中有无法识别的字段“idNumber”',
    });
  });
});

describe('registrationSchema: stage and its date', () => {
  it('requires a due date while pregnant', () => {
    expect(errorsOf(withChange((i) => delete i.dueDate))).toEqual({ dueDate: '请选择预产期' });
    expect(errorsOf(withChange((i) => (i.dueDate = '')))).toEqual({ dueDate: '请选择预产期' });
    expect(errorsOf(withChange((i) => (i.dueDate = null)))).toEqual({ dueDate: '请选择预产期' });
  });

  it('requires a birth date once born', () => {
    expect(errorsOf(withChange((i) => (i.stage = 'born')))).toEqual({ birthDate: '请选择出生日期' });
  });

  it('drops the date that does not belong to the stage', () => {
    const pregnant = check(withChange((i) => (i.birthDate = '2026-01-01')));
    expect(pregnant.ok && pregnant.value).not.toHaveProperty('birthDate');
    expect(pregnant.ok && pregnant.value.dueDate).toBe('2027-03-01');

    const born = check(
      withChange((i) => {
        i.stage = 'born';
        i.birthDate = '2026-11-01';
      }),
    );
    expect(born.ok && born.value).not.toHaveProperty('dueDate');
    expect(born.ok && born.value.birthDate).toBe('2026-11-01');

    const blank = check(withChange((i) => (i.birthDate = '')));
    expect(blank.ok && blank.value).not.toHaveProperty('birthDate');
  });
});

describe('registrationSchema: windows at the exact boundaries (today 2026-11-28)', () => {
  const pregnantOn = (dueDate: string) => withChange((i) => (i.dueDate = dueDate));
  const bornOn = (birthDate: string) =>
    withChange((i) => {
      i.stage = 'born';
      delete i.dueDate;
      i.birthDate = birthDate;
    });

  it('accepts a due date from 30 days ago up to 300 days ahead', () => {
    expect(check(pregnantOn('2026-10-29')).ok).toBe(true);
    expect(check(pregnantOn('2026-11-28')).ok).toBe(true);
    expect(check(pregnantOn('2027-09-24')).ok).toBe(true);
    expect(errorsOf(pregnantOn('2026-10-28'))).toEqual({ dueDate: '预产期不能早于今天30天以前（最早2026-10-29）' });
    expect(errorsOf(pregnantOn('2027-09-25'))).toEqual({ dueDate: '预产期不能晚于今天起300天（最晚2027-09-24）' });
  });

  it('accepts a birth date from 6 years ago up to today', () => {
    expect(check(bornOn('2026-11-28')).ok).toBe(true);
    expect(check(bornOn('2020-11-28')).ok).toBe(true);
    expect(errorsOf(bornOn('2026-11-29'))).toEqual({ birthDate: '出生日期不能晚于今天' });
    expect(errorsOf(bornOn('2020-11-27'))).toEqual({ birthDate: '出生日期不能早于2020-11-28（补登限6周岁以内的子女）' });
  });

  it('accepts a marriage date from 1950-01-01 up to today', () => {
    expect(check(withChange((i) => (i.marriageDate = '2026-11-28'))).ok).toBe(true);
    const elders = withChange((i) => {
      i.applicant.idNumber = idOf('19300101', '124');
      i.spouse.idNumber = idOf('19320202', '133');
      i.marriageDate = '1950-01-01';
    });
    expect(check(elders).ok).toBe(true);
    expect(errorsOf({ ...elders, marriageDate: '1949-12-31' })).toEqual({ marriageDate: '结婚登记日期不能早于1950-01-01' });
  });

  it('accepts a marriage on either spouse’s birth date but not before', () => {
    expect(check(withChange((i) => (i.marriageDate = '1995-06-12'))).ok).toBe(true);
  });

  it('accepts an existing child born today and up to 10 existing children', () => {
    expect(check(withChange((i) => (i.existingChildren[0].birthDate = '2026-11-28'))).ok).toBe(true);
    const ten = withChange((i) => (i.existingChildren = Array.from({ length: 10 }, () => ({ ...i.existingChildren[0] }))));
    expect(check(ten).ok).toBe(true);
  });

  it('moves the windows with today', () => {
    expect(check(pregnantOn('2026-10-28'), '2026-11-27').ok).toBe(true);
    expect(errorsOf(pregnantOn('2026-10-28'), '2026-11-28')).toHaveProperty('dueDate');
  });
});
