import { birthApplicationSchema, birthFieldLabel, needsHukouBook } from '../../domain/birth/applicationSchema';
import type { BirthApplicationInput } from '../../domain/birth/types';
import { validate, type FieldErrors } from '../../domain/validation';
import { FATHER_ID, MOTHER_ID, sampleIdNumber } from '../fixtures/people';

const TODAY = '2026-11-28';
const ALL = ['birth_certificate', 'hukou', 'medical_insurance', 'social_security', 'vaccination'];

type Input = Record<string, any>;

function validInput(): Input {
  return {
    registrationId: 'R20260315001',
    applicant: {
      name: '玉香',
      idNumber: MOTHER_ID,
      ethnicity: 'dai',
      phone: '13812345678',
      hukouTownship: 'pingyuan',
      hukouAddress: '平原镇允燕路12号',
    },
    otherParent: {
      name: '木然·排早·勒干',
      idNumber: FATHER_ID,
      ethnicity: 'jingpo',
      phone: '13987654321',
      hukouTownship: 'outside',
      hukouAddress: '芒市勐焕路1号',
    },
    child: {
      name: '排早·诺',
      sex: 'F',
      birthDate: '2026-11-01',
      birthTime: '08:05',
      weightGrams: 3200,
      lengthCm: 50.5,
      hospitalId: 'yj-people',
      ethnicity: 'jingpo',
    },
    household: { joins: 'applicant', headName: '玉香', headRelation: 'mother', hukouTownship: 'pingyuan', address: '平原镇允燕路12号' },
    insurance: { scheme: 'urban_rural_resident', payer: 'applicant' },
    card: { delivery: 'pickup', pickupTownship: 'pingyuan' },
    services: [...ALL],
    attachments: [],
  };
}

function withChange(change: (input: Input) => void): Input {
  const input = validInput();
  change(input);
  return input;
}

function check(input: unknown, today = TODAY) {
  return validate(birthApplicationSchema(today), input);
}

function errorsOf(input: unknown, today = TODAY): FieldErrors {
  const result = check(input, today);
  if (result.ok) throw new Error('expected the input to be rejected');
  for (const message of Object.values(result.fields)) {
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).not.toMatch(/Invalid|Expected|Received/);
  }
  return result.fields;
}

function valueOf(input: unknown): BirthApplicationInput {
  const result = check(input);
  if (!result.ok) throw new Error(JSON.stringify(result.fields));
  return result.value;
}

describe('birthApplicationSchema: a valid input', () => {
  it('passes and comes out as the contract type', () => {
    expect(valueOf(validInput())).toEqual(validInput());
  });

  it('is normalised: trimmed text, names, services in display order, empty optional fields dropped', () => {
    const value = valueOf(
      withChange((x) => {
        x.registrationId = '  ';
        x.applicant.name = ' 玉香 ';
        x.otherParent.name = '木然•排早.勒干';
        x.child.birthTime = ' 23:59 ';
        x.household.address = ' 平原镇允燕路12号 ';
        x.services = ['vaccination', 'hukou', 'birth_certificate'];
        x.card = { delivery: 'pickup', pickupTownship: 'nabang', postAddress: '' };
      }),
    );
    expect(value.registrationId).toBeUndefined();
    expect('registrationId' in value).toBe(false);
    expect(value.applicant.name).toBe('玉香');
    expect(value.otherParent.name).toBe('木然·排早·勒干');
    expect(value.child.birthTime).toBe('23:59');
    expect(value.household.address).toBe('平原镇允燕路12号');
    expect(value.services).toEqual(['birth_certificate', 'hukou', 'vaccination']);
    expect(value.card).toEqual({ delivery: 'pickup', pickupTownship: 'nabang' });
  });

  it('drops the card field that does not belong to the delivery', () => {
    const value = valueOf(withChange((x) => (x.card = { delivery: 'post', postAddress: '平原镇允燕路12号', pickupTownship: 'pingyuan' })));
    expect(value.card).toEqual({ delivery: 'post', postAddress: '平原镇允燕路12号' });
  });

  it('accepts long minority names with "·" for the child, the parents and the 户主', () => {
    const long = '阿普·扎西·拉姆·次仁·央金·卓玛·德吉·旺姆·格桑·梅朵·尼玛·达瓦·普布·顿珠·曲珍·白玛·诺'; // 49 characters
    expect(Array.from(long).length).toBe(49);
    const value = valueOf(
      withChange((x) => {
        x.child.name = long;
        x.otherParent.name = '木然·排早·勒干·诺·当·麻都';
        x.household.headName = '木然·排早·勒干';
        x.household.joins = 'otherParent';
      }),
    );
    expect(value.child.name).toBe(long);
    expect(errorsOf(withChange((x) => (x.child.name = `${long}·普`)))).toEqual({ 'child.name': '孩子姓名不能超过50个字' });
    expect(errorsOf(withChange((x) => (x.child.name = '玉·')))).toEqual({ 'child.name': '孩子姓名只能包含汉字、字母、空格和间隔号“·”' });
  });
});

describe('birthApplicationSchema: fields', () => {
  it('names every missing field', () => {
    const fields = errorsOf({});
    expect(fields).toMatchObject({
      applicant: '请填写申请人信息',
      otherParent: '请填写另一方父母信息',
      child: '请填写孩子信息',
      household: '请填写落户信息',
      card: '请填写社保卡领取信息',
      services: '请选择办理事项',
      attachments: '请填写附件',
    });
  });

  it('labels the other parent', () => {
    expect(errorsOf(withChange((x) => (x.otherParent.phone = '123')))).toEqual({
      'otherParent.phone': '另一方父母手机号码格式不正确，应为11位手机号',
    });
    expect(birthFieldLabel('otherParent.idNumber')).toBe('另一方父母公民身份号码');
    expect(birthFieldLabel('attachments.1.fileId')).toBe('第2个附件的文件编号');
    expect(birthFieldLabel('household.hukouTownship')).toBe('落户乡镇');
  });

  it("checks the child's birth date: not in the future, under one year", () => {
    expect(errorsOf(withChange((x) => (x.child.birthDate = '2026-11-29')))).toEqual({ 'child.birthDate': '孩子的出生日期不能晚于今天' });
    expect(valueOf(withChange((x) => (x.child.birthDate = '2025-11-29'))).child.birthDate).toBe('2025-11-29');
    expect(errorsOf(withChange((x) => (x.child.birthDate = '2025-11-28')))['child.birthDate']).toMatch(/^孩子的出生日期不能早于2025-11-29/);
    expect(valueOf(withChange((x) => (x.child.birthDate = TODAY))).child.birthDate).toBe(TODAY);
  });

  it('checks the birth time as HH:mm', () => {
    for (const bad of ['8:05', '24:00', '12:60', '0805', '']) {
      expect(errorsOf(withChange((x) => (x.child.birthTime = bad)))['child.birthTime']).toMatch(/出生时间/);
    }
    expect(valueOf(withChange((x) => (x.child.birthTime = '00:00'))).child.birthTime).toBe('00:00');
  });

  it('checks weight (whole grams 500–6500) and length (30–65 cm)', () => {
    for (const good of [500, 6500]) expect(check(withChange((x) => (x.child.weightGrams = good))).ok).toBe(true);
    for (const bad of [499, 6501, 3200.5, Number.POSITIVE_INFINITY]) {
      expect(errorsOf(withChange((x) => (x.child.weightGrams = bad)))).toEqual({
        'child.weightGrams': '出生体重（克）应为500至6500之间的整数',
      });
    }
    expect(errorsOf(withChange((x) => (x.child.weightGrams = '3200')))).toEqual({ 'child.weightGrams': '出生体重（克）格式不正确' });
    for (const good of [30, 65, 49.5]) expect(check(withChange((x) => (x.child.lengthCm = good))).ok).toBe(true);
    for (const bad of [29.9, 65.1]) {
      expect(errorsOf(withChange((x) => (x.child.lengthCm = bad)))).toEqual({ 'child.lengthCm': '出生身长（厘米）应在30至65之间' });
    }
  });

  it('takes the hospital from the list only', () => {
    expect(errorsOf(withChange((x) => (x.child.hospitalId = 'elsewhere')))).toEqual({ 'child.hospitalId': '请选择出生医院' });
    expect(check(withChange((x) => (x.child.hospitalId = 'zhanxi-chc'))).ok).toBe(true);
  });

  it('rejects unknown keys with a named message', () => {
    expect(errorsOf(withChange((x) => (x.child.weight = 3)))).toEqual({ 'child.weight': '孩子信息中有无法识别的字段“weight”' });
    expect(errorsOf(withChange((x) => (x.isAdmin = true)))).toEqual({ isAdmin: '出生一件事申请信息中有无法识别的字段“isAdmin”' });
    expect(errorsOf(withChange((x) => (x.attachments = [{ kind: 'hukou_book', fileId: 'f1', url: 'x' }])))).toMatchObject({
      'attachments.0.url': '第1个附件中有无法识别的字段“url”',
    });
  });

  it('bounds the registration id and the attachment file id', () => {
    expect(errorsOf(withChange((x) => (x.registrationId = 'R'.repeat(65))))).toEqual({ registrationId: '生育登记编号不能超过64个字' });
    expect(check(withChange((x) => delete x.registrationId)).ok).toBe(true);
  });
});

describe('birthApplicationSchema: cross-field rules', () => {
  it('the parents must be two different people', () => {
    expect(errorsOf(withChange((x) => (x.otherParent.idNumber = MOTHER_ID)))).toEqual({
      'otherParent.idNumber': '另一方父母公民身份号码不能与申请人相同',
    });
  });

  it('one parent must have 盈江 hukou', () => {
    expect(errorsOf(withChange((x) => (x.applicant.hukouTownship = 'outside')))).toEqual({
      'applicant.hukouTownship': '父母至少一方须为盈江户籍',
    });
    expect(
      check(
        withChange((x) => {
          x.applicant.hukouTownship = 'outside';
          x.otherParent.hukouTownship = 'sudian';
        }),
      ).ok,
    ).toBe(true);
  });

  it("the child's 民族 follows the father or the mother", () => {
    expect(errorsOf(withChange((x) => (x.child.ethnicity = 'han')))).toEqual({ 'child.ethnicity': '孩子的民族须随父亲或母亲' });
    expect(check(withChange((x) => (x.child.ethnicity = 'dai'))).ok).toBe(true);
  });

  it('the card needs a post address when posted and a township when picked up', () => {
    expect(errorsOf(withChange((x) => (x.card = { delivery: 'post' })))).toEqual({ 'card.postAddress': '请填写邮寄地址' });
    expect(errorsOf(withChange((x) => (x.card = { delivery: 'post', postAddress: '  ' })))).toEqual({
      'card.postAddress': '请填写邮寄地址',
    });
    expect(errorsOf(withChange((x) => (x.card = { delivery: 'pickup', postAddress: '平原镇' })))).toEqual({
      'card.pickupTownship': '请选择领取乡镇',
    });
    expect(errorsOf(withChange((x) => (x.card = { delivery: 'pickup', pickupTownship: 'mars' })))).toEqual({
      'card.pickupTownship': '请选择领取乡镇',
    });
  });

  it('reports several cross-field problems at once', () => {
    const fields = errorsOf(
      withChange((x) => {
        x.otherParent.idNumber = MOTHER_ID;
        x.child.ethnicity = 'han';
        x.card = { delivery: 'post' };
      }),
    );
    expect(Object.keys(fields).sort()).toEqual(['card.postAddress', 'child.ethnicity', 'otherParent.idNumber']);
  });

  it("checks the parents' ID numbers against today", () => {
    const future = sampleIdNumber('2027-01-01', 122);
    expect(errorsOf(withChange((x) => (x.applicant.idNumber = future)))).toEqual({
      'applicant.idNumber': '申请人公民身份号码中的出生日期无效',
    });
  });
});

describe('birthApplicationSchema: attachments', () => {
  const outside = (x: Input) => {
    x.household.joins = 'otherParent';
    x.household.hukouTownship = 'outside';
    x.household.headName = '木然·排早·勒干';
    x.household.headRelation = 'father';
    x.household.address = '芒市勐焕路1号';
  };
  const book = [{ kind: 'hukou_book', fileId: 'file-0001' }];

  it('needs the 户口簿 photo when the household is outside 盈江 and hukou is asked for', () => {
    expect(needsHukouBook({ hukouTownship: 'outside' }, ALL as never)).toBe(true);
    expect(errorsOf(withChange(outside))).toEqual({ attachments: '落户地在盈江县外，请上传户口簿首页及户主页照片' });
    expect(
      valueOf(
        withChange((x) => {
          outside(x);
          x.attachments = book;
        }),
      ).attachments,
    ).toEqual(book);
  });

  it('does not take it when the household is in 盈江', () => {
    expect(errorsOf(withChange((x) => (x.attachments = book)))).toEqual({
      attachments: '落户地在盈江县内或不办理户口登记，无需上传户口簿首页及户主页照片，请删除该附件',
    });
  });

  it('does not need it when hukou is left out', () => {
    const input = withChange((x) => {
      outside(x);
      x.services = ['birth_certificate', 'vaccination'];
    });
    expect(valueOf(input).attachments).toEqual([]);
    expect(errorsOf({ ...input, attachments: book })).toHaveProperty('attachments');
  });

  it('checks each attachment by its index', () => {
    expect(
      errorsOf(
        withChange((x) => {
          outside(x);
          x.attachments = [...book, { kind: 'photo', fileId: '' }];
        }),
      ),
    ).toEqual({
      'attachments.1.kind': '请选择第2个附件的类型',
      'attachments.1.fileId': '请填写第2个附件的文件编号',
    });
    expect(
      errorsOf(
        withChange((x) => {
          outside(x);
          x.attachments = [{ kind: 'hukou_book', fileId: 'f'.repeat(65) }];
        }),
      ),
    ).toEqual({
      'attachments.0.fileId': '第1个附件的文件编号不能超过64个字',
    });
  });
});

describe('birthApplicationSchema: services', () => {
  it('needs at least one, each known, none twice', () => {
    expect(errorsOf(withChange((x) => (x.services = [])))).toEqual({ services: '请至少选择一项办理事项' });
    expect(errorsOf(withChange((x) => (x.services = ['birth_certificate', 'birth_certificate'])))).toEqual({
      services: '办理事项不能重复',
    });
    expect(errorsOf(withChange((x) => (x.services = ['birth_certificate', 'passport'])))).toEqual({ 'services.1': '请选择办理事项' });
    expect(errorsOf(withChange((x) => (x.services = 'all')))).toEqual({ services: '办理事项格式不正确' });
  });

  it('must be closed under dependencies, naming the step that has to go too', () => {
    expect(errorsOf(withChange((x) => (x.services = ['birth_certificate', 'medical_insurance', 'vaccination'])))).toEqual({
      services: '不办理户口登记，医保参保需要孩子的公民身份号码，无法一并办理；请同时取消“医保参保”，或选择办理它所依赖的事项',
    });
    expect(errorsOf(withChange((x) => (x.services = ['hukou', 'social_security'])))).toEqual({
      services: '不办理出生医学证明，户口登记需要出生医学证明编号，无法一并办理；请同时取消“户口登记”，或选择办理它所依赖的事项',
    });
  });

  it('accepts any closed subset', () => {
    for (const services of [
      ['vaccination'],
      ['birth_certificate'],
      ['birth_certificate', 'hukou'],
      ['birth_certificate', 'hukou', 'social_security'],
    ]) {
      expect(valueOf(withChange((x) => (x.services = services))).services).toEqual(services);
    }
  });
});
