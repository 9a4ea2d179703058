// Every link the server stores (a case's link in 办件, a message's link in the inbox) and every due
// item's link opens a page src/app.config.ts declares: links outlive the code that wrote them, so a
// page renamed or moved without its stored links would leave parents on a blank page.
import type { DemoAccount } from '../../domain/api/contract';
import { addDays } from '../../domain/dates';
import { pathOf } from '../../domain/routes';
import { appPages } from '../support/appConfig';
import { createHarness, NOW, TODAY, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

const PAGES = new Set(appPages().map((p) => `/${p}`));
const PARENTS: DemoAccount[] = ['parent', 'newborn_parent', 'subsidy_parent'];

/** The links that open no page. */
const dangling = (links: readonly string[]) => links.filter((link) => !PAGES.has(pathOf(link)));

test("the seed's cases link to pages, one kind of case at least each", async () => {
  const rows = await h.db.selectFrom('cases').select(['kind', 'link']).execute();
  expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['registration', 'birth', 'subsidy', 'nursery']));
  expect(dangling(rows.map((r) => r.link))).toEqual([]);
});

test('inbox messages link to pages, the reminders of the coming weeks among them', async () => {
  for (let day = 0; day <= 35; day += 7) {
    h.clock.set(new Date(`${addDays(TODAY, day)}T02:00:00Z`));
    await h.runReminders();
  }
  h.clock.set(NOW);
  const rows = await h.db.selectFrom('inbox_messages').select(['title', 'link']).where('link', 'is not', null).execute();
  expect(rows.filter((r) => r.title.startsWith('提醒：')).length).toBeGreaterThan(0);
  expect(dangling(rows.map((r) => r.link!))).toEqual([]);
});

test("every parent's due items and cases link to pages", async () => {
  const links: string[] = [];
  for (const demo of PARENTS) {
    const { token } = await h.login(demo);
    links.push(...(await h.ok(token, 'account', 'dueNext')).map((d: { link: string }) => d.link));
    links.push(...(await h.ok(token, 'account', 'myCases')).map((c: { link: string }) => c.link));
  }
  expect(links.length).toBeGreaterThan(PARENTS.length);
  expect(dangling(links)).toEqual([]);
});
