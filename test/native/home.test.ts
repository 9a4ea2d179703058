// The compiled home page (dist/pages/home/index) with nobody signed in.
import { SERVICES } from '../../src/content/services';
import { byClass, closest, findByText, loadPage, renderPage, requests, resetWx, storage, tap, unmountAll, wx } from './harness';

let id: string;

beforeAll(async () => {
  storage.clear(); // no 'yj.session': signed out
  id = await loadPage('pages/home/index');
});

afterEach(() => {
  unmountAll();
  resetWx();
});

test('shows the title, every working service and a 登录 button', async () => {
  const page = await renderPage(id);
  expect(page.text()).toContain('出生一件事 · 盈江');
  const services = byClass(page.root, 'home-service').map((s) => byClass(s, 'home-service-title')[0].textContent);
  expect(services).toEqual(SERVICES.map((s) => s.title));
  expect(services[0]).toBe('生育登记');
  expect(page.text()).toContain('登录后可以办理业务');
  expect(findByText(page.root, '登录').tagName).toBe('WX-BUTTON');
  // signed out: no call to the backend
  expect(requests).toHaveLength(0);
});

test('tapping 登录 opens the login page', async () => {
  const page = await renderPage(id);
  const button = closest(findByText(page.root, '登录'), 'button');
  expect(wx.navigateTo).not.toHaveBeenCalled();
  await tap(button);
  expect(wx.navigateTo).toHaveBeenCalledTimes(1);
  expect(wx.navigateTo.mock.calls[0][0].url).toContain('/packages/account/login/index');
});

test('tapping the 生育登记 service while signed out goes to login, saying why and where it goes on to', async () => {
  const page = await renderPage(id);
  await tap(findByText(page.root, '办理 ›'));
  expect(wx.navigateTo).toHaveBeenCalledTimes(1);
  const login = new URL(wx.navigateTo.mock.calls[0][0].url, 'http://x');
  expect(login.pathname).toBe('/packages/account/login/index');
  expect(login.searchParams.get('reason')).toBe('登录后继续办理生育登记');
  expect(login.searchParams.get('next')).toBe('/packages/registration/form/index');
});
