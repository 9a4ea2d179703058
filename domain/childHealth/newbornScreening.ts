// Newborn screening (新生儿疾病筛查): the inherited metabolic diseases (遗传代谢病) and hearing, as the
// birth hospital records them, and what a result other than "pass" asks the family to do next — as
// data with its source. A result of 'recheck' or 'referred' becomes an item in 接下来要办.
import type { Age } from '../vaccine/schedule';
import type { Citation } from '../maternal/types';

export type ScreeningKind = 'metabolic' | 'hearing';
export type ScreeningResult = 'pass' | 'recheck' | 'referred';
/** 'initial': the first screening (初筛); 'recheck': the 复筛 / 复查 after it. */
export type ScreeningRound = 'initial' | 'recheck';

export const SCREENING_KINDS: readonly ScreeningKind[] = ['metabolic', 'hearing'];
export const SCREENING_RESULTS: readonly ScreeningResult[] = ['pass', 'recheck', 'referred'];
export const SCREENING_ROUNDS: readonly ScreeningRound[] = ['initial', 'recheck'];

export const SCREENING_KIND_NAMES: Readonly<Record<ScreeningKind, string>> = {
  metabolic: '新生儿遗传代谢病筛查',
  hearing: '新生儿听力筛查',
};

export const SCREENING_RESULT_NAMES: Readonly<Record<ScreeningResult, string>> = {
  pass: '通过',
  recheck: '需要复查',
  referred: '已转诊，需进一步诊断',
};

export const SCREENING_ROUND_NAMES: Readonly<Record<ScreeningRound, string>> = {
  initial: '初筛',
  recheck: '复筛/复查',
};

const SCREENING_SPEC = '《新生儿疾病筛查技术规范（2010年版）》（卫妇社发〔2010〕96号）';

export interface ScreeningFollowUp {
  /** What the family is asked to do, as the due item's title. */
  title: string;
  /** Complete before the child reaches this age; absent: as soon as possible from the result's date. */
  before?: Age;
  /** The plain-words line the parent reads under the result. */
  advice: string;
  source: Citation;
}

/** What follows a result that is not 'pass', per screening. */
export const SCREENING_FOLLOW_UPS: Readonly<Record<ScreeningKind, Readonly<Record<Exclude<ScreeningResult, 'pass'>, ScreeningFollowUp>>>> =
  {
    hearing: {
      recheck: {
        title: '新生儿听力复筛',
        before: { days: 42 },
        advice: '初筛没有通过很常见（例如耳道里还有羊水），大多数孩子复筛能通过。请在孩子出生42天内带孩子去复筛。',
        source: { document: SCREENING_SPEC, clause: '附件 新生儿听力筛查技术规范：未通过者及漏筛者于42天内均应当进行双耳复筛' },
      },
      referred: {
        title: '听力障碍诊断（转诊）',
        before: { months: 3 },
        advice: '复筛仍未通过，需要到指定的听力障碍诊治机构做进一步诊断。越早诊断，越早干预，效果越好。请在孩子3月龄内前往。',
        source: {
          document: SCREENING_SPEC,
          clause:
            '附件 新生儿听力筛查技术规范：复筛仍未通过者应当在出生后3月龄内转诊至省级卫生行政部门指定的听力障碍诊治机构接受进一步诊断',
        },
      },
    },
    metabolic: {
      recheck: {
        title: '新生儿遗传代谢病筛查复查（召回）',
        advice: '足跟血筛查结果需要复查，并不代表孩子一定有病。请尽快带孩子到指定地点复查。',
        source: { document: SCREENING_SPEC, clause: '附件 新生儿遗传代谢病筛查技术规范：筛查结果阳性者，应当及时召回复查' },
      },
      referred: {
        title: '遗传代谢病确诊（转诊）',
        advice: '复查结果需要进一步确诊。请尽快带孩子到新生儿疾病筛查中心或指定医院就诊，确诊后及时治疗效果很好。',
        source: {
          document: SCREENING_SPEC,
          clause: '附件 新生儿遗传代谢病筛查技术规范：复查阳性者转诊确诊，确诊病例应当及时治疗并定期随访',
        },
      },
    },
  };
