import * as v from 'valibot';
import { verifyIdentitySchema } from '../../domain/account/schema';
import { checkDigitOf } from '../../domain/identity/idNumber';
import { calendarDate, firstError, mobilePhone, oneOf, personName, requiredText, strictFields, validate } from '../../domain/validation';

const ID = (() => {
  const first17 = '53312319900307123';
  return first17 + checkDigitOf(first17);
})();

describe('validate', () => {
  it('returns the output on success', () => {
    expect(validate(requiredText('地址', 10), ' 平原镇 ')).toEqual({ ok: true, value: '平原镇' });
  });

  it('keeps the first issue per path', () => {
    const schema = strictFields('表单', { name: requiredText('名称', 3) });
    expect(validate(schema, { name: '' })).toEqual({ ok: false, fields: { name: '请填写名称' } });
  });

  it('puts an issue without a path under "_"', () => {
    expect(validate(requiredText('地址', 10), 5)).toEqual({ ok: false, fields: { _: '地址格式不正确' } });
  });

  it('replaces a message without Chinese by a Chinese fallback', () => {
    const result = validate(v.pipe(v.string(), v.email()), 'nope');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fields._).toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps a "__proto__" key as an ordinary field', () => {
    const schema = strictFields('表单', { name: requiredText('名称', 3) });
    const result = validate(schema, JSON.parse('{"name":"甲","__proto__":{"x":1}}'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.fields)).toEqual(['__proto__']);
      expect(Object.getPrototypeOf(result.fields)).toBe(Object.prototype);
    }
  });
});

describe('firstError', () => {
  it('gives the first message, or undefined', () => {
    expect(firstError({ a: '甲', b: '乙' })).toBe('甲');
    expect(firstError({})).toBeUndefined();
  });
});

describe('builders', () => {
  it('mobilePhone strips spaces, dashes and +86', () => {
    expect(validate(mobilePhone('手机号码'), '+86 138-1234-5678')).toEqual({ ok: true, value: '13812345678' });
    expect(validate(mobilePhone('手机号码'), '1381234567')).toEqual({
      ok: false,
      fields: { _: '手机号码格式不正确，应为11位手机号' },
    });
  });

  it('personName normalises the dots and spaces', () => {
    expect(validate(personName('姓名'), '  木然 • 排早．勒干 ')).toEqual({ ok: true, value: '木然·排早·勒干' });
    expect(validate(personName('姓名'), '排早·')).toEqual({ ok: false, fields: { _: '姓名只能包含汉字、字母、空格和间隔号“·”' } });
  });

  it('requiredText counts characters, not UTF-16 units', () => {
    expect(validate(requiredText('地址', 2), '𠀀𠀀').ok).toBe(true);
    expect(validate(requiredText('地址', 2), '𠀀𠀀𠀀')).toEqual({ ok: false, fields: { _: '地址不能超过2个字' } });
  });

  it('calendarDate asks to choose, then checks the format', () => {
    expect(validate(calendarDate('日期'), undefined)).toEqual({ ok: false, fields: { _: '请选择日期' } });
    expect(validate(calendarDate('日期'), '2026-2-1')).toEqual({ ok: false, fields: { _: '日期格式不正确，应为YYYY-MM-DD' } });
  });

  it('oneOf asks to choose for anything outside the list', () => {
    expect(validate(oneOf('性别', ['M', 'F'] as const), 'F')).toEqual({ ok: true, value: 'F' });
    expect(validate(oneOf('性别', ['M', 'F'] as const), 0)).toEqual({ ok: false, fields: { _: '请选择性别' } });
  });
});

describe('verifyIdentitySchema', () => {
  it('accepts a name and an ID number and normalises them', () => {
    expect(validate(verifyIdentitySchema('2026-11-28'), { name: ' 玉香 ', idNumber: ` ${ID} ` })).toEqual({
      ok: true,
      value: { name: '玉香', idNumber: ID },
    });
  });

  it('names the fields in its messages', () => {
    expect(validate(verifyIdentitySchema('2026-11-28'), { name: '', idNumber: ID.slice(0, 17) + (ID[17] === '1' ? '2' : '1') })).toEqual({
      ok: false,
      fields: { name: '请填写姓名', idNumber: '公民身份号码校验位不正确' },
    });
    expect(validate(verifyIdentitySchema('2026-11-28'), { name: '玉香' })).toEqual({
      ok: false,
      fields: { idNumber: '请填写公民身份号码' },
    });
  });
});
