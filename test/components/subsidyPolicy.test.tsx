import Taro from '@tarojs/taro';
import { render, screen, waitFor } from '@testing-library/react';
import SubsidyPolicyPage from '@/packages/staff/subsidy-policy/index';
import SubsidyRulePage from '@/packages/subsidy/rule/index';
import { useSession } from '@/stores/session';
import { calls, setApiHandler, setRouterParams } from './setup/taroMock';
import { fillText, selectOption, tapButton } from './setup/interact';

const SOURCE = '云南省卫生健康委员会关于做好育儿补贴与地方生育补贴衔接的通知（样例文号）第三条';

beforeEach(() => {
  useSession.setState({ token: 't', me: null });
});

it('the bureau sees the current answer, names a source, confirms, and the page shows the new answer', async () => {
  let policy: unknown = { countyChildcareAfter2025: { value: 'undecided' } };
  setApiHandler((_fn, body) => {
    if (body.action === 'setSubsidyPolicy')
      policy = { countyChildcareAfter2025: { value: 'continues', source: SOURCE, decidedOn: '2026-12-04' } };
    return { ok: true, data: policy };
  });
  const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false } as never);
  render(<SubsidyPolicyPage />);
  await waitFor(() => expect(document.querySelector('[data-current]')?.getAttribute('data-current')).toBe('undecided'));
  await selectOption('value', 'continues');
  await tapButton('保存设置');
  expect(await screen.findByText('请填写依据文件')).toBeTruthy();
  expect(calls.request.some((c) => c.body.action === 'setSubsidyPolicy')).toBe(false);
  await fillText('source', SOURCE);
  await tapButton('保存设置');
  await waitFor(() =>
    expect(calls.request.find((c) => c.body.action === 'setSubsidyPolicy')?.body.input).toEqual({
      key: 'countyChildcareAfter2025',
      value: 'continues',
      source: SOURCE,
    }),
  );
  expect(modal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('2025年起继续发放') }));
  await waitFor(() => expect(document.querySelector('[data-current]')?.getAttribute('data-current')).toBe('continues'));
  expect(document.querySelector('[data-current]')?.textContent).toContain(SOURCE);
  modal.mockRestore();
});

it("parents: the 800 rule page shows the bureau's answer and its source once set, and no open question", async () => {
  setRouterParams({ id: 'county-childcare-yearly' });
  setApiHandler(() => ({ ok: true, data: { countyChildcareAfter2025: { value: 'continues', source: SOURCE, decidedOn: '2026-12-04' } } }));
  const { container } = render(<SubsidyRulePage />);
  expect(await screen.findByText(SOURCE)).toBeTruthy();
  expect(container.textContent).toContain('2025年起继续按年度发放');
  expect(container.textContent).not.toMatch(/待核|待确认|并入国家育儿补贴/);
});

it('parents, undecided: only that the 2025-and-later years are not open', async () => {
  setRouterParams({ id: 'county-childcare-yearly' });
  setApiHandler(() => ({ ok: true, data: { countyChildcareAfter2025: { value: 'undecided' } } }));
  const { container } = render(<SubsidyRulePage />);
  await waitFor(() => expect(container.textContent).toContain('2025年及以后年度的县育儿补助暂未开放申领'));
  expect(container.textContent).not.toMatch(/待核|待确认|并入国家育儿补贴/);
});
