// Every staff note (StaffNote) about the rules and data the service relies on, in one list by topic:
// what the county health bureau still has to confirm, and with which department. Read by the bureau's
// 政策口径确认清单 page through dashboard.openQuestions; parents' pages never import this module.
import { CHILD_HEALTH_OPEN_QUESTIONS } from './childHealth/openQuestions';
import { REPORTED_FIGURE_QUESTIONS, REPORTED_FIGURES, type ReportedFigureKey } from './dashboard/maternalChildTargets';
import { GROWTH_OPEN_QUESTIONS } from './growth/openQuestions';
import { LEAVE_OPEN_QUESTIONS } from './leave/openQuestions';
import { LEAVE_SOURCES_TO_CONFIRM } from './leave/leaveRules';
import { MATERNAL_OPEN_QUESTIONS } from './maternal/openQuestions';
import { CLASS_RULES_TO_CONFIRM } from './nursery/classRules';
import { TOWNSHIP_RESIDENTS_SOURCE } from './nursery/residents';
import { RULE_OPEN_QUESTIONS } from './subsidy/openQuestions';
import { RULES } from './subsidy/rules';
import { EDITION_OPEN_QUESTIONS } from './vaccine/openQuestions';
import type { StaffNote } from './staffNote';

export interface OpenQuestion {
  /** What the note is about: a rule's name, or the key the data uses for it. */
  subject: string;
  toConfirm: string;
}

export interface OpenQuestionTopic {
  topic: string;
  questions: OpenQuestion[];
}

const keyed = (notes: Readonly<Record<string, StaffNote>>): OpenQuestion[] =>
  Object.entries(notes).map(([subject, note]) => ({ subject, toConfirm: note.toConfirm }));

function subsidyQuestions(): OpenQuestion[] {
  const byRule = RULES.rules.flatMap((rule) =>
    (RULE_OPEN_QUESTIONS[rule.id] ?? []).map((n) => ({ subject: rule.name, toConfirm: n.toConfirm })),
  );
  const settings = Object.entries(RULES.settingNotes).map(([key, text]) => ({ subject: `设置：${key}`, toConfirm: text }));
  return [...byRule, ...settings];
}

export function openQuestionTopics(): OpenQuestionTopic[] {
  const reported = Object.entries(REPORTED_FIGURE_QUESTIONS).map(([key, text]) => ({
    subject: REPORTED_FIGURES[key as ReportedFigureKey].name,
    toConfirm: text!,
  }));
  return [
    { topic: '生育补贴', questions: subsidyQuestions() },
    {
      topic: '生育假、护理假与生育津贴',
      questions: [{ subject: '条款来源', toConfirm: LEAVE_SOURCES_TO_CONFIRM }, ...keyed(LEAVE_OPEN_QUESTIONS)],
    },
    { topic: '孕产妇保健', questions: keyed(MATERNAL_OPEN_QUESTIONS) },
    { topic: '儿童健康与生长监测', questions: [...keyed(GROWTH_OPEN_QUESTIONS), ...keyed(CHILD_HEALTH_OPEN_QUESTIONS)] },
    { topic: '预防接种', questions: keyed(EDITION_OPEN_QUESTIONS) },
    {
      topic: '托育',
      questions: [
        { subject: '混龄班配比', toConfirm: CLASS_RULES_TO_CONFIRM },
        { subject: '乡镇常住人口', toConfirm: TOWNSHIP_RESIDENTS_SOURCE },
      ],
    },
    { topic: '妇幼上报数据', questions: reported },
  ].filter((t) => t.questions.length > 0);
}
