import { withWrongCheckDigit } from '../fixtures/people';
import { DEMO_PEOPLE } from '../../scripts/seed';
import { createHarness, type Harness } from './harness';
import { father, mother, newKey, registrationInput, submitted, uniqueIdNumber, verifiedUser } from './people';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

describe('devLogin and me', () => {
  test('no demo: a fresh unverified user with a session', async () => {
    const { token, me } = await h.login();
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(me).toEqual({ userId: expect.any(String), verified: false, roles: [], family: [] });
    expect(await h.ok(token, 'account', 'me')).toEqual(me);
  });

  test('the demo parent is verified and has a family from the seeded registration', async () => {
    const { me } = await h.login('parent');
    expect(me.verified).toBe(true);
    expect(me.name).toBe(DEMO_PEOPLE.parent.name);
    expect(me.idNumberMasked).toBe(`${DEMO_PEOPLE.parent.idNumber.slice(0, 4)}**********${DEMO_PEOPLE.parent.idNumber.slice(-4)}`);
    expect(me.family.map((m) => m.relation)).toEqual(['self', 'spouse', 'child', 'expected']);
    const spouse = me.family[1]!;
    expect(spouse.idNumberMasked).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
    expect(me.family[3]!.note).toMatch(/^预产期 \d{4}-\d{2}-\d{2}$/);
  });

  test('each demo clerk carries their role', async () => {
    for (const role of ['hospital', 'clinic', 'police', 'medical_insurance', 'social_security', 'health_bureau', 'admin'] as const) {
      const { me } = await h.login(role);
      expect(me.roles).toEqual([{ role }]);
    }
  });

  test('an unknown demo account and extra keys are refused', async () => {
    const bad = await h.callRaw(undefined, 'account', 'devLogin', { demo: 'mayor' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { demo: '请选择演示账号' } } });
    const extra = await h.callRaw(undefined, 'account', 'devLogin', { demo: 'parent', admin: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(extra.ok || extra.error.fields?.admin).toMatch(/无法识别的字段/);
  });

  test('me rejects extra keys and needs a session', async () => {
    const { token } = await h.login();
    expect(await h.callRaw(token, 'account', 'me', { x: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await h.call(undefined, 'account', 'me')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await h.call('not-a-real-token-0000000000', 'account', 'me')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('verifyIdentity', () => {
  test('happy path: name, masked number, sex and birth date from the number', async () => {
    const { token } = await h.login();
    const person = { name: '木然·排早', idNumber: uniqueIdNumber('F', 1996) };
    const me = await h.ok(token, 'account', 'verifyIdentity', person);
    expect(me).toMatchObject({
      verified: true,
      name: '木然·排早',
      sex: 'F',
      birthDate: `1996-${person.idNumber.slice(10, 12)}-${person.idNumber.slice(12, 14)}`,
      idNumberMasked: `${person.idNumber.slice(0, 4)}**********${person.idNumber.slice(-4)}`,
    });
    expect(me.family).toEqual([expect.objectContaining({ relation: 'self', name: '木然·排早' })]);
    // Verifying again with the same identity is harmless.
    expect(await h.ok(token, 'account', 'verifyIdentity', person)).toEqual(me);
  });

  test('a wrong check digit names the field', async () => {
    const { token } = await h.login();
    const result = await h.call(token, 'account', 'verifyIdentity', { name: '测试', idNumber: withWrongCheckDigit(uniqueIdNumber('M')) });
    expect(result).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '公民身份号码校验位不正确', fields: { idNumber: '公民身份号码校验位不正确' } },
    });
  });

  test('a missing name names the field', async () => {
    const { token } = await h.login();
    const result = await h.callRaw(token, 'account', 'verifyIdentity', { idNumber: uniqueIdNumber('M') });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { name: '请填写姓名' } } });
  });

  test('an ID number already bound to another WeChat account is a conflict', async () => {
    const person = mother();
    await verifiedUser(h, person);
    const { token } = await h.login();
    const result = await h.call(token, 'account', 'verifyIdentity', person);
    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: '该身份证号已被其他微信账号认证' } });
  });

  test('a verified person cannot switch to another number', async () => {
    const { token } = await verifiedUser(h);
    const result = await h.call(token, 'account', 'verifyIdentity', mother());
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  test('an unverified user cannot submit a registration', async () => {
    const { token } = await h.login();
    const result = await h.call(token, 'registration', 'submit', registrationInput(mother(), father()), newKey());
    expect(result).toEqual({ ok: false, error: { code: 'NOT_VERIFIED', message: '请先完成实名认证' } });
  });
});

describe('cases and inbox', () => {
  test('a submit shows up in 我的办件 and the inbox; markRead marks only your own message', async () => {
    const { token, view } = await submitted(h);
    const cases = await h.ok(token, 'account', 'myCases');
    expect(cases).toEqual([
      expect.objectContaining({
        kind: 'registration',
        refId: view.id,
        title: '生育登记（二孩）',
        status: 'registered',
        statusText: '已登记',
        link: `/packages/registration/certificate/index?id=${view.id}`,
      }),
    ]);
    const inbox = await h.ok(token, 'account', 'inbox');
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ title: '生育登记已受理', read: false });
    expect(inbox[0].body).toContain(view.number);

    const other = await h.login();
    expect(await h.ok(token, 'account', 'unreadCount')).toEqual({ unread: 1 });
    expect(await h.ok(other.token, 'account', 'unreadCount')).toEqual({ unread: 0 });
    expect(await h.call(other.token, 'account', 'markRead', { id: inbox[0].id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await h.ok(token, 'account', 'unreadCount')).toEqual({ unread: 1 });
    expect(await h.ok(token, 'account', 'markRead', { id: inbox[0].id })).toEqual({ ok: true });
    expect((await h.ok(token, 'account', 'inbox'))[0].read).toBe(true);
    expect(await h.ok(token, 'account', 'unreadCount')).toEqual({ unread: 0 });
    expect(await h.call(undefined, 'account', 'unreadCount')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await h.callRaw(token, 'account', 'markRead', {})).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { id: '请填写记录标识' } },
    });
  });
});

describe('grantRole / revokeRole', () => {
  test('an admin grants and revokes a role by ID number; both are audited', async () => {
    const admin = await h.login('admin');
    const clerk = mother('测试职员');
    await verifiedUser(h, clerk);
    const granted = await h.ok(admin.token, 'account', 'grantRole', { idNumber: clerk.idNumber, role: 'health_bureau' });
    expect(granted.roles).toEqual([{ role: 'health_bureau' }]);
    const revoked = await h.ok(admin.token, 'account', 'revokeRole', { userId: granted.userId, role: 'health_bureau' });
    expect(revoked.roles).toEqual([]);
    const audit = await h.db.selectFrom('audit_log').selectAll().where('target_id', '=', granted.userId).orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['role.grant', 'role.revoke']);
    expect(JSON.stringify(audit)).not.toContain(clerk.idNumber);
  });

  test('only an admin may grant; an unknown person is NOT_FOUND; a nursery operator needs a scope', async () => {
    const bureau = await h.login('health_bureau');
    const target = mother();
    await verifiedUser(h, target);
    expect(await h.call(bureau.token, 'account', 'grantRole', { idNumber: target.idNumber, role: 'admin' })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '仅管理员可以授予或撤销工作人员角色' },
    });
    const admin = await h.login('admin');
    expect(await h.call(admin.token, 'account', 'grantRole', { idNumber: uniqueIdNumber('M'), role: 'police' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await h.call(admin.token, 'account', 'grantRole', { idNumber: target.idNumber, role: 'nursery_operator' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { scope: '托育机构运营者须指定所属机构' } },
    });
    expect(await h.callRaw(admin.token, 'account', 'grantRole', { idNumber: target.idNumber, role: 'king' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { role: '请选择角色' } },
    });
  });

  test('an admin cannot revoke their own admin role', async () => {
    const admin = await h.login('admin');
    expect(await h.call(admin.token, 'account', 'revokeRole', { userId: admin.me.userId, role: 'admin' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});
