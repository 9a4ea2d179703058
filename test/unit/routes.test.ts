import { pageUrl, pathOf, TAB_PAGES } from '../../domain/routes';
import { appConfig, appPages } from '../support/appConfig';

describe('the route table', () => {
  it('builds a page address with its query, values encoded, undefined values left out', () => {
    expect(pageUrl('/pages/home/index')).toBe('/pages/home/index');
    expect(pageUrl('/packages/subsidy/application/index', { id: 'a1', fresh: 1 })).toBe(
      '/packages/subsidy/application/index?id=a1&fresh=1',
    );
    expect(pageUrl('/packages/account/login/index', { reason: '登录后继续', next: '/packages/nursery/visit/index?id=n 1&x=2' })).toBe(
      '/packages/account/login/index?reason=%E7%99%BB%E5%BD%95%E5%90%8E%E7%BB%A7%E7%BB%AD&next=%2Fpackages%2Fnursery%2Fvisit%2Findex%3Fid%3Dn%201%26x%3D2',
    );
    expect(pageUrl('/packages/maternal/index/index', { id: undefined })).toBe('/packages/maternal/index/index');
  });

  it('reads the page a link opens', () => {
    expect(pathOf('/packages/birth/case/index?id=1&fresh=1')).toBe('/packages/birth/case/index');
    expect(pathOf('/pages/me/index')).toBe('/pages/me/index');
  });

  it('knows the tab pages app.config.ts puts in the tab bar, in its order', () => {
    expect(TAB_PAGES).toEqual(appConfig().tabBar!.list.map((t) => `/${t.pagePath}`));
  });

  it('sees every page app.config.ts declares', () => {
    const pages = appPages();
    expect(pages).toContain('packages/staff/index');
    expect(new Set(pages).size).toBe(pages.length);
  });
});
