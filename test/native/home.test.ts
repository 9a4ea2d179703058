import { loadPage, renderPage, findByText, tap, wx, unmountAll, resetWx } from './harness';

let id: string;
beforeAll(async () => {
  id = await loadPage('pages/home/index');
});
afterEach(() => { unmountAll(); resetWx(); });

test('home', async () => {
  const page = await renderPage(id);
  console.log(page.text());
  console.log(page.root.outerHTML.slice(0, 3000));
});
