// Every page's address, typed from the pages src/app.config.ts declares, and the one way to build a
// link to a page with its query: the pages navigate with it, the server stores it (cases.link, a
// message's link, a due item's link). The import is type-only: the weapp never loads app.config.ts.
import type { MAIN_PAGES, SUB_PACKAGES } from '../src/app.config';
import type { BundleStepKey } from './birth/types';
import type { ReportScope } from './dashboard/types';

type SubPackagePath<P> = P extends { readonly root: infer R extends string; readonly pages: readonly (infer Page extends string)[] }
  ? `/${R}/${Page}`
  : never;

/** The address of a page the app declares, e.g. '/packages/subsidy/rule/index'. */
export type PagePath = `/${(typeof MAIN_PAGES)[number]}` | SubPackagePath<(typeof SUB_PACKAGES)[number]>;

type QueryValue = string | number | undefined;

/** Each key must be a page: a query for a page that does not exist fails to compile. */
type ForPages<T extends { [K in keyof T]: K extends PagePath ? Record<string, QueryValue> : never }> = T;

/** What a page reads from its query (useRouter().params); a page not listed takes none. */
type PageQueries = ForPages<{
  '/packages/account/login/index': { reason?: string; next?: string };
  '/packages/account/verify/index': { reason?: string; next?: string };
  '/packages/registration/form/index': { id?: string; as?: 'staff' };
  '/packages/registration/certificate/index': { id: string; fresh?: 1 };
  '/packages/registration/spouse/index': { id: string };
  '/packages/birth/form/index': { id?: string; fix?: BundleStepKey; birthDate?: string; hospitalId?: string };
  '/packages/birth/case/index': { id: string; fresh?: 1 };
  '/packages/birth/parent-confirm/index': { id: string };
  '/packages/vaccine/calendar/index': { childId: string };
  '/packages/child-health/child/index': { childId: string };
  '/packages/maternal/index/index': { id?: string };
  '/packages/subsidy/apply/index': { childId: string };
  '/packages/subsidy/application/index': { id: string; fresh?: 1 };
  '/packages/subsidy/rule/index': { id: string };
  '/packages/nursery/detail/index': { id: string };
  '/packages/nursery/visit/index': { id: string };
  '/packages/nursery/apply/index': { id: string };
  '/packages/nursery/request/index': { id: string; fresh?: 1 };
  '/packages/staff/registration/index': { id: string };
  '/packages/staff/bundle-step/index': { caseId: string; step: BundleStepKey };
  '/packages/staff/child-vaccines/index': { childId: string };
  '/packages/staff/subsidy-review/index': { id: string };
  '/packages/staff/report/index': { year?: string; scope?: ReportScope };
  '/packages/staff-health/child/index': { childId: string };
  '/packages/staff-health/pregnancy/index': { id: string };
}>;

/** The query `pageUrl` takes for a page: required when the page needs one, absent when it reads none. */
export type QueryArgs<P extends PagePath> = P extends keyof PageQueries
  ? Partial<PageQueries[P]> extends PageQueries[P]
    ? [query?: PageQueries[P]]
    : [query: PageQueries[P]]
  : [];

/** The tab pages (switchTab opens only these). */
export const TAB_PAGES: readonly PagePath[] = ['/pages/home/index', '/pages/cases/index', '/pages/me/index'];

/** A page's address with its query, values encoded; undefined values are left out. */
export function pageUrl<P extends PagePath>(path: P, ...[query]: QueryArgs<P>): string {
  const pairs = Object.entries((query ?? {}) as Record<string, QueryValue>)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return pairs.length > 0 ? `${path}?${pairs.join('&')}` : path;
}

/** The page a link opens: its path without the query. */
export function pathOf(link: string): string {
  return link.split('?')[0];
}
