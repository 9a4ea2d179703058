// The bureau's 政策口径确认清单 list holds every staff note the domain keeps: a module of open questions
// (domain/**/openQuestions.ts) or a note beside a rule that is left off the list would be a doubt
// nobody is asked to resolve.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openQuestionTopics } from '../../domain/openQuestions';
import { CLASS_RULES_TO_CONFIRM } from '../../domain/nursery/classRules';
import { LEAVE_SOURCES_TO_CONFIRM } from '../../domain/leave/leaveRules';
import { REPORTED_FIGURE_QUESTIONS } from '../../domain/dashboard/maternalChildTargets';
import { RULES } from '../../domain/subsidy/rules';

const DOMAIN = join(__dirname, '../../domain');

function openQuestionModules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return openQuestionModules(path);
    return name === 'openQuestions.ts' ? [path] : [];
  });
}

/** Every `toConfirm` text in a module's exports (records of notes or of note lists). */
function notesIn(exports: Record<string, unknown>): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      const note = value as { toConfirm?: unknown };
      if (typeof note.toConfirm === 'string') found.push(note.toConfirm);
      else Object.values(value).forEach(walk);
    }
  };
  walk(exports);
  return found;
}

const listed = new Set(openQuestionTopics().flatMap((t) => t.questions.map((q) => q.toConfirm)));

// The list itself (domain/openQuestions.ts) is not one of them.
const modules = openQuestionModules(DOMAIN).filter((p) => p !== join(DOMAIN, 'openQuestions.ts'));

test.each(modules.map((p) => [p.slice(DOMAIN.length + 1), p]))('every note of %s is on the list', async (_name, path) => {
  const notes = notesIn(await import(path));
  expect(notes.length).toBeGreaterThan(0);
  expect(notes.filter((n) => !listed.has(n))).toEqual([]);
});

test('the notes kept beside the rules are on the list too', () => {
  const besideRules = [
    CLASS_RULES_TO_CONFIRM,
    LEAVE_SOURCES_TO_CONFIRM,
    ...Object.values(RULES.settingNotes),
    ...Object.values(REPORTED_FIGURE_QUESTIONS),
  ];
  expect(besideRules.filter((n) => !listed.has(n!))).toEqual([]);
});

test('each topic has a name and notes with a subject', () => {
  for (const topic of openQuestionTopics()) {
    expect(topic.topic).not.toBe('');
    expect(topic.questions.length).toBeGreaterThan(0);
    for (const q of topic.questions) expect(q.subject && q.toConfirm).toBeTruthy();
  }
});
