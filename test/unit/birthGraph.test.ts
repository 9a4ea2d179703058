import {
  applyTransition,
  BUNDLE_STEP_KEYS,
  BUNDLE_STEPS,
  canTransition,
  caseStatus,
  closeExclusions,
  initialStatuses,
  inputsForStep,
  roleForStep,
  stepForRole,
  StepTransitionError,
  unlockAfter,
  type StepStatuses,
} from '../../domain/birth/bundleGraph';
import type { BundleStepKey, StepStatus } from '../../domain/birth/types';

const ALL: BundleStepKey[] = ['birth_certificate', 'hukou', 'medical_insurance', 'social_security', 'vaccination'];

/** Applies transitions in order, as the server would. */
function run(statuses: StepStatuses, ...moves: [BundleStepKey, StepStatus][]): StepStatuses {
  return moves.reduce((s, [step, to]) => applyTransition(s, step, to).statuses, statuses);
}

describe('BUNDLE_STEPS', () => {
  it('lists the five steps in display order', () => {
    expect(BUNDLE_STEPS.map((s) => s.key)).toEqual(ALL);
    expect(BUNDLE_STEP_KEYS).toEqual(ALL);
  });

  it('has the edges of docs/decisions.md §2', () => {
    const edges = Object.fromEntries(BUNDLE_STEPS.map((s) => [s.key, [...s.dependsOn]]));
    expect(edges).toEqual({
      birth_certificate: [],
      hukou: ['birth_certificate'],
      medical_insurance: ['hukou'],
      social_security: ['hukou'],
      vaccination: [],
    });
  });

  it('is in topological order: every step comes after what it depends on', () => {
    BUNDLE_STEPS.forEach((step, index) => {
      for (const dep of step.dependsOn) expect(ALL.indexOf(dep)).toBeLessThan(index);
    });
  });

  it('names a department and a title for every step, and maps roles one to one', () => {
    for (const step of BUNDLE_STEPS) {
      expect(step.department).toMatch(/[\u4e00-\u9fff]/);
      expect(step.title).toMatch(/[\u4e00-\u9fff]/);
      expect(stepForRole(roleForStep(step.key))).toBe(step.key);
    }
    expect(roleForStep('birth_certificate')).toBe('hospital');
    expect(roleForStep('vaccination')).toBe('clinic');
    expect(roleForStep('hukou')).toBe('police');
    expect(stepForRole('medical_insurance')).toBe('medical_insurance');
    expect(stepForRole('social_security')).toBe('social_security');
  });
});

describe('initialStatuses', () => {
  it('starts the steps without dependencies and makes the rest wait', () => {
    expect(initialStatuses(ALL)).toEqual({
      birth_certificate: 'pending',
      hukou: 'waiting',
      medical_insurance: 'waiting',
      social_security: 'waiting',
      vaccination: 'pending',
    });
  });

  it('marks left-out steps, and what depends on them, excluded', () => {
    expect(initialStatuses(['birth_certificate', 'medical_insurance', 'social_security', 'vaccination'])).toEqual({
      birth_certificate: 'pending',
      hukou: 'excluded',
      medical_insurance: 'excluded',
      social_security: 'excluded',
      vaccination: 'pending',
    });
  });
});

describe('unlocking', () => {
  it('completing the birth certificate unlocks hukou only', () => {
    const start = run(initialStatuses(ALL), ['birth_certificate', 'accepted']);
    const { statuses, unlocked } = applyTransition(start, 'birth_certificate', 'done');
    expect(unlocked).toEqual(['hukou']);
    expect(statuses).toEqual({
      birth_certificate: 'done',
      hukou: 'pending',
      medical_insurance: 'waiting',
      social_security: 'waiting',
      vaccination: 'pending',
    });
  });

  it('completing hukou unlocks insurance and the card together', () => {
    const before = run(initialStatuses(ALL), ['birth_certificate', 'accepted'], ['birth_certificate', 'done'], ['hukou', 'accepted']);
    expect(unlockAfter(before, 'hukou')).toEqual(['medical_insurance', 'social_security']);
    const { statuses, unlocked } = applyTransition(before, 'hukou', 'done');
    expect(unlocked).toEqual(['medical_insurance', 'social_security']);
    expect(statuses.medical_insurance).toBe('pending');
    expect(statuses.social_security).toBe('pending');
  });

  it('completing vaccination unlocks nothing', () => {
    const before = run(initialStatuses(ALL), ['vaccination', 'accepted']);
    const { statuses, unlocked } = applyTransition(before, 'vaccination', 'done');
    expect(unlocked).toEqual([]);
    expect(statuses).toEqual({ ...before, vaccination: 'done' });
  });

  it('does not unlock an excluded step', () => {
    const start = initialStatuses(['birth_certificate', 'hukou', 'medical_insurance']);
    const after = run(start, ['birth_certificate', 'accepted'], ['birth_certificate', 'done'], ['hukou', 'accepted']);
    const { statuses, unlocked } = applyTransition(after, 'hukou', 'done');
    expect(unlocked).toEqual(['medical_insurance']);
    expect(statuses.social_security).toBe('excluded');
  });

  it('does not change the statuses it was given', () => {
    const start = run(initialStatuses(ALL), ['birth_certificate', 'accepted']);
    const copy = { ...start };
    applyTransition(start, 'birth_certificate', 'done');
    expect(start).toEqual(copy);
  });
});

describe('partial rejection and resubmission', () => {
  const hukouAccepted = () =>
    run(
      initialStatuses(ALL),
      ['vaccination', 'accepted'],
      ['birth_certificate', 'accepted'],
      ['birth_certificate', 'done'],
      ['hukou', 'accepted'],
    );

  it('rejecting hukou puts the case in needs_fix and leaves every other step as it was', () => {
    const before = hukouAccepted();
    const { statuses, unlocked } = applyTransition(before, 'hukou', 'rejected');
    expect(unlocked).toEqual([]);
    expect(caseStatus(statuses)).toBe('needs_fix');
    expect(statuses).toEqual({ ...before, hukou: 'rejected' });
    expect(statuses.birth_certificate).toBe('done');
    expect(statuses.vaccination).toBe('accepted');
    expect(statuses.medical_insurance).toBe('waiting');
  });

  it('resubmitting makes hukou pending again, others unchanged; done then unlocks its dependants', () => {
    const rejected = run(hukouAccepted(), ['hukou', 'rejected']);
    const resubmitted = applyTransition(rejected, 'hukou', 'pending');
    expect(resubmitted.unlocked).toEqual([]);
    expect(resubmitted.statuses).toEqual({ ...rejected, hukou: 'pending' });
    expect(caseStatus(resubmitted.statuses)).toBe('in_progress');

    const accepted = run(resubmitted.statuses, ['hukou', 'accepted']);
    const done = applyTransition(accepted, 'hukou', 'done');
    expect(done.unlocked).toEqual(['medical_insurance', 'social_security']);
    expect(done.statuses.vaccination).toBe('accepted');
  });

  it('a pending step can be rejected before it is accepted', () => {
    const { statuses } = applyTransition(initialStatuses(ALL), 'birth_certificate', 'rejected');
    expect(statuses.birth_certificate).toBe('rejected');
    expect(caseStatus(statuses)).toBe('needs_fix');
  });
});

describe('closeExclusions', () => {
  it('keeps a closed set as it is, in display order', () => {
    expect(closeExclusions(['vaccination', 'hukou', 'birth_certificate'])).toEqual({
      services: ['birth_certificate', 'hukou', 'vaccination'],
      alsoExcluded: [],
    });
    expect(closeExclusions(ALL)).toEqual({ services: ALL, alsoExcluded: [] });
  });

  it('leaving out hukou also leaves out insurance and the card, with reasons', () => {
    const { services, alsoExcluded } = closeExclusions(['birth_certificate', 'medical_insurance', 'social_security', 'vaccination']);
    expect(services).toEqual(['birth_certificate', 'vaccination']);
    expect(alsoExcluded).toEqual([
      { step: 'medical_insurance', because: '不办理户口登记，医保参保需要孩子的公民身份号码，无法一并办理' },
      { step: 'social_security', because: '不办理户口登记，社保卡申领需要孩子的公民身份号码，无法一并办理' },
    ]);
  });

  it('leaving out the birth certificate leaves out everything downstream, transitively', () => {
    const { services, alsoExcluded } = closeExclusions(['hukou', 'medical_insurance', 'social_security', 'vaccination']);
    expect(services).toEqual(['vaccination']);
    expect(alsoExcluded.map((e) => e.step)).toEqual(['hukou', 'medical_insurance', 'social_security']);
    expect(alsoExcluded[0]!.because).toBe('不办理出生医学证明，户口登记需要出生医学证明编号，无法一并办理');
  });

  it('leaving out vaccination changes nothing else', () => {
    const withoutVaccination = ALL.filter((k) => k !== 'vaccination');
    expect(closeExclusions(withoutVaccination)).toEqual({ services: withoutVaccination, alsoExcluded: [] });
    const statuses = initialStatuses(withoutVaccination);
    expect(statuses).toEqual({ ...initialStatuses(ALL), vaccination: 'excluded' });
  });

  it('leaving out only the card or only insurance leaves the rest', () => {
    expect(closeExclusions(ALL.filter((k) => k !== 'social_security')).alsoExcluded).toEqual([]);
    expect(closeExclusions(ALL.filter((k) => k !== 'medical_insurance')).alsoExcluded).toEqual([]);
  });
});

describe('illegal transitions', () => {
  const start = initialStatuses(ALL);
  const done = run(start, ['birth_certificate', 'accepted'], ['birth_certificate', 'done']);

  it.each<[string, StepStatuses, BundleStepKey, StepStatus]>([
    ['waiting → pending (only unlocking does that)', start, 'hukou', 'pending'],
    ['waiting → accepted', start, 'hukou', 'accepted'],
    ['pending → done (must be accepted first)', start, 'birth_certificate', 'done'],
    ['done → rejected (done is final)', done, 'birth_certificate', 'rejected'],
    ['done → pending', done, 'birth_certificate', 'pending'],
    ['excluded → pending', initialStatuses(['birth_certificate']), 'vaccination', 'pending'],
    ['rejected → done', run(start, ['birth_certificate', 'rejected']), 'birth_certificate', 'done'],
    ['pending → waiting', start, 'birth_certificate', 'waiting'],
    ['pending → excluded', start, 'birth_certificate', 'excluded'],
    ['pending → pending', start, 'birth_certificate', 'pending'],
  ])('%s throws a StepTransitionError', (_name, statuses, step, to) => {
    let error: unknown;
    try {
      applyTransition(statuses, step, to);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StepTransitionError);
    const transitionError = error as StepTransitionError;
    expect(transitionError.step).toBe(step);
    expect(transitionError.from).toBe(statuses[step]);
    expect(transitionError.to).toBe(to);
    expect(transitionError.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the step and both statuses in Chinese', () => {
    expect(() => applyTransition(done, 'birth_certificate', 'rejected')).toThrow('出生医学证明当前为“已办结”，不能改为“已退回”');
  });

  it('allows exactly the legal moves', () => {
    const statuses: StepStatus[] = ['waiting', 'pending', 'accepted', 'done', 'rejected', 'excluded'];
    const legal = statuses.flatMap((from) => statuses.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`));
    expect(legal.sort()).toEqual(['accepted→done', 'accepted→rejected', 'pending→accepted', 'pending→rejected', 'rejected→pending'].sort());
  });
});

describe('caseStatus', () => {
  it('is in progress at the start', () => {
    expect(caseStatus(initialStatuses(ALL))).toBe('in_progress');
  });

  it('is completed when every included step is done, ignoring excluded ones', () => {
    let statuses = initialStatuses(['birth_certificate', 'hukou', 'medical_insurance']);
    for (const step of ['birth_certificate', 'hukou', 'medical_insurance'] as const) {
      expect(caseStatus(statuses)).toBe('in_progress');
      statuses = run(statuses, [step, 'accepted'], [step, 'done']);
    }
    expect(caseStatus(statuses)).toBe('completed');
  });

  it('is completed for the full bundle run to the end', () => {
    let statuses = initialStatuses(ALL);
    for (const step of ALL) statuses = run(statuses, [step, 'accepted'], [step, 'done']);
    expect(Object.values(statuses).every((s) => s === 'done')).toBe(true);
    expect(caseStatus(statuses)).toBe('completed');
  });

  it('needs a fix when any step is rejected, even if others are done', () => {
    const statuses = run(
      initialStatuses(ALL),
      ['birth_certificate', 'accepted'],
      ['birth_certificate', 'done'],
      ['vaccination', 'rejected'],
    );
    expect(caseStatus(statuses)).toBe('needs_fix');
  });
});

describe('inputsForStep', () => {
  const certificate = { certificateNumber: 'Q530012345' };
  const hukou = { childIdNumber: '533123202611010021', registeredOn: '2026-11-10', policeStation: '平原派出所' };

  it('passes the certificate number to hukou and the child ID number to insurance and the card', () => {
    const results = { birth_certificate: certificate, hukou };
    expect(inputsForStep('hukou', results)).toEqual({ certificateNumber: 'Q530012345' });
    expect(inputsForStep('medical_insurance', results)).toEqual({ childIdNumber: hukou.childIdNumber });
    expect(inputsForStep('social_security', results)).toEqual({ childIdNumber: hukou.childIdNumber });
  });

  it('has nothing for a step whose upstream result does not exist yet', () => {
    expect(inputsForStep('hukou', {})).toBeUndefined();
    expect(inputsForStep('medical_insurance', { birth_certificate: certificate })).toBeUndefined();
  });

  it('needs nothing for the steps without dependencies', () => {
    expect(inputsForStep('birth_certificate', {})).toEqual({});
    expect(inputsForStep('vaccination', {})).toEqual({});
  });

  it('agrees with the graph: a step has inputs once exactly its dependencies have results', () => {
    const full = {
      birth_certificate: certificate,
      hukou,
      vaccination: { certificateNumber: 'YJ-000123', clinicName: '盈江县人民医院预防接种门诊' },
      medical_insurance: { insuranceNumber: 'YB12345678', paidOn: '2026-11-20' },
      social_security: { cardNumber: 'A12345678', pickupPlace: '平原镇便民服务中心' },
    };
    for (const step of BUNDLE_STEPS) {
      const onlyDeps = Object.fromEntries(step.dependsOn.map((dep) => [dep, full[dep]]));
      expect(inputsForStep(step.key, onlyDeps)).toBeDefined();
      for (const dep of step.dependsOn) {
        const missingOne = { ...full, [dep]: undefined };
        expect(inputsForStep(step.key, missingOne)).toBeUndefined();
      }
    }
  });
});
