// A rule's page shows parents the rule, its source and its clause — never our open questions
// (the rules' open questions live apart in domain/subsidy/openQuestions.ts; a source's own `toConfirm` stays
// in the data, for staff).
import { render, screen } from '@testing-library/react';
import SubsidyRulePage from '@/packages/subsidy/rule/index';
import { RULES } from '@domain/subsidy/rules';
import { openQuestionsOf } from '@domain/subsidy/openQuestions';
import { setRouterParams } from './setup/taroMock';

it.each(RULES.rules.map((r) => [r.id, r] as const))('%s: the source and clause, no internal notes', async (_id, rule) => {
  setRouterParams({ id: rule.id });
  const { container } = render(<SubsidyRulePage />);
  expect(await screen.findByText(rule.name)).toBeTruthy();
  for (const basis of rule.basis) expect(screen.getAllByText(basis.document).length).toBeGreaterThan(0);
  const text = container.textContent ?? '';
  expect(text).not.toMatch(/待核|待确认|尚待确认|DESIGN|任务说明/);
  for (const note of openQuestionsOf(rule.id)) expect(text).not.toContain(note);
});
