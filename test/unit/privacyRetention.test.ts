// The privacy notice states what is kept, why and for how long from domain/retention.ts, the same
// periods the retention job and the drafts store enforce.
import { KEPT_RECORDS, RETENTION } from '@domain/retention';
import { PRIVACY_SECTIONS, PRIVACY_SUMMARY, RETENTION_LINES } from '@/content/privacyNotice';

test('every period appears in the notice with its length and its reason', () => {
  const body = PRIVACY_SECTIONS.find((s) => s.title === '保存多久')!.body;
  for (const p of Object.values(RETENTION)) {
    expect(body).toContain(`${p.what}：保存${p.days}天。${p.why}。`);
  }
  for (const p of KEPT_RECORDS) expect(body).toContain(`${p.what}：按档案管理规定保存。${p.why}。`);
  expect(RETENTION_LINES).toHaveLength(Object.keys(RETENTION).length + KEPT_RECORDS.length);
});

test('the notice shown before applying says the subsidy claim collects a bank or social security card account, and how it is protected', () => {
  expect(PRIVACY_SUMMARY).toMatch(/银行卡或社会保障卡的开户银行、户名和账号/);
  expect(PRIVACY_SECTIONS.find((s) => s.title === '我们收集什么')!.body).toContain('收款账户');
  expect(PRIVACY_SECTIONS.find((s) => s.title === '如何保护')!.body).toMatch(/银行账号.*后4位/);
});
