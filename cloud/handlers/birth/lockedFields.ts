// When the parent fixes one rejected step, what other departments have already acted on must not
// change under them: a 出生医学证明 already printed fixes the child's name and birth facts, a
// registered 户口 fixes the household, a 预防接种证 the child it was made out to. A step that is
// done or being worked on (accepted) locks the fields its result rests on; everything else may be
// corrected.
import { BUNDLE_STEPS, bundleStep } from '../../../domain/birth/bundleGraph';
import { birthFieldLabel } from '../../../domain/birth/fieldLabels';
import type { BirthApplicationInput, BundleStepKey } from '../../../domain/birth/types';
import type { StepStatuses } from '../../../domain/birth/bundleGraph';

const BASIS: Readonly<Record<BundleStepKey, readonly string[]>> = {
  birth_certificate: [
    'child.name',
    'child.sex',
    'child.birthDate',
    'child.birthTime',
    'child.weightGrams',
    'child.lengthCm',
    'child.hospitalId',
    'applicant.name',
    'applicant.idNumber',
    'applicant.ethnicity',
    'otherParent.name',
    'otherParent.idNumber',
    'otherParent.ethnicity',
  ],
  hukou: [
    'child.ethnicity',
    'household.joins',
    'household.headName',
    'household.headRelation',
    'household.hukouTownship',
    'household.address',
  ],
  medical_insurance: ['insurance.scheme', 'insurance.payer'],
  social_security: ['card.delivery', 'card.postAddress', 'card.pickupTownship'],
  // The 预防接种证 names the child, their sex and birth date (the schedule runs from it) and where they were born.
  vaccination: ['child.name', 'child.sex', 'child.birthDate', 'child.hospitalId'],
};

function at(input: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), input);
}

/** Paths (with `pathPrefix`) → message, for each locked field the new input changes. */
export function lockedFieldChanges(
  before: BirthApplicationInput,
  after: BirthApplicationInput,
  statuses: StepStatuses,
  resubmitted: BundleStepKey,
  pathPrefix: string,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const step of BUNDLE_STEPS) {
    if (step.key === resubmitted || (statuses[step.key] !== 'done' && statuses[step.key] !== 'accepted')) continue;
    for (const path of BASIS[step.key]) {
      if (JSON.stringify(at(before, path)) === JSON.stringify(at(after, path))) continue;
      const { department, title } = bundleStep(step.key);
      const verb = statuses[step.key] === 'done' ? '已办结' : '正在办理';
      fields[`${pathPrefix}${path}`] ??=
        `${department}${verb}${title}，${birthFieldLabel(path) ?? path}不能在补正时修改；如确需更改，请联系${department}`;
    }
  }
  return fields;
}
