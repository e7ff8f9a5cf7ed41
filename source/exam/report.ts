// Results leave a learner's machine as an export (json) and come back together as a class
// report: per student, per task, per topic, with averages and pass rates. An export is data
// only: merging validates every field, names any broken file, counts an attempt seen in
// two exports once (profile + attempt id), and never opens a path found inside a file.
import { TOPICS } from '../content/types.js';
import { isAttempt } from './attempt.js';
import type { ExamAttempt } from './types.js';

export const EXPORT_KIND = 'KubeprepResults';
export const EXPORT_VERSION = 1;

export interface TaskSummary { scenarioId: string; topic: string; weight: number; earned: number; percent: number; spentMs: number }
export interface AttemptSummary {
  id: string; title: string; packId?: string; startedAt: string; finishedAt: string;
  percent: number; pass: boolean; passMark: number; endedBy: 'submit' | 'timeout'; tasks: TaskSummary[];
}
export interface ResultsExport { kind: typeof EXPORT_KIND; version: number; profile: string; exportedAt: string; attempts: AttemptSummary[] }

/** One learner's finished attempts, oldest first. */
export function exportResults(profile: string, exams: readonly unknown[], now: Date): ResultsExport {
  const attempts: AttemptSummary[] = exams.filter(isAttempt).filter((a): a is ExamAttempt & Required<Pick<ExamAttempt, 'result' | 'finishedAt'>> => !!a.result && !!a.finishedAt)
    .map((a) => ({
      id: a.id, title: a.title, ...(a.packId ? { packId: a.packId } : {}), startedAt: a.startedAt, finishedAt: a.finishedAt,
      percent: a.result.percent, pass: a.result.pass, passMark: a.result.passMark, endedBy: a.result.endedBy,
      tasks: a.result.tasks.map((t) => ({ scenarioId: t.scenarioId, topic: t.topic, weight: t.weight, earned: round2(t.earned), percent: t.percent, spentMs: t.spentMs })),
    }));
  return { kind: EXPORT_KIND, version: EXPORT_VERSION, profile, exportedAt: now.toISOString(), attempts };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

// ---- validation ------------------------------------------------------------------------------

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const isTime = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const isText = (v: unknown, max = 200): v is string => typeof v === 'string' && v.length <= max && !/[\x00-\x1f\x7f]/.test(v);

/** The export in `text`, or why it is not one (one sentence, naming the field). */
export function parseExport(text: string): { ok: true; value: ResultsExport } | { ok: false; reason: string } {
  let v: unknown;
  try { v = JSON.parse(text); } catch (e) { return { ok: false, reason: `not valid JSON (${(e as Error).message})` }; }
  const bad = (reason: string) => ({ ok: false as const, reason });
  if (!isObj(v)) return bad('not a JSON object');
  if (v.kind !== EXPORT_KIND) return bad(`not a kubeprep results export (kind is ${JSON.stringify(v.kind)}, expected "${EXPORT_KIND}"; make one with kubeprep report --format json)`);
  if (v.version !== EXPORT_VERSION) return bad(`unsupported version ${JSON.stringify(v.version)} (this kubeprep reads ${EXPORT_VERSION})`);
  if (typeof v.profile !== 'string' || !NAME.test(v.profile)) return bad('"profile" is not a valid profile name');
  if (!isTime(v.exportedAt)) return bad('"exportedAt" is not a time');
  if (!Array.isArray(v.attempts)) return bad('"attempts" is not a list');
  if (v.attempts.length > 10_000) return bad('"attempts" has more than 10000 entries');
  for (const [i, a] of v.attempts.entries()) {
    const at = `attempts[${i}]`;
    if (!isObj(a)) return bad(`${at} is not an object`);
    if (typeof a.id !== 'string' || !ID.test(a.id)) return bad(`${at}.id is not a valid attempt id`);
    if (!isText(a.title)) return bad(`${at}.title is not a short line of text`);
    if (a.packId !== undefined && (typeof a.packId !== 'string' || !ID.test(a.packId))) return bad(`${at}.packId is not a valid id`);
    if (!isTime(a.startedAt) || !isTime(a.finishedAt)) return bad(`${at}.startedAt/finishedAt is not a time`);
    if (!isNum(a.percent, 0, 100)) return bad(`${at}.percent is not a number from 0 to 100`);
    if (!isNum(a.passMark, 0, 100)) return bad(`${at}.passMark is not a number from 0 to 100`);
    if (typeof a.pass !== 'boolean') return bad(`${at}.pass is not true or false`);
    if (a.endedBy !== 'submit' && a.endedBy !== 'timeout') return bad(`${at}.endedBy is not "submit" or "timeout"`);
    if (!Array.isArray(a.tasks) || a.tasks.length === 0 || a.tasks.length > 200) return bad(`${at}.tasks is not a list of 1 to 200 tasks`);
    for (const [j, t] of a.tasks.entries()) {
      const tt = `${at}.tasks[${j}]`;
      if (!isObj(t)) return bad(`${tt} is not an object`);
      if (typeof t.scenarioId !== 'string' || !ID.test(t.scenarioId)) return bad(`${tt}.scenarioId is not a valid id`);
      if (!(TOPICS as readonly unknown[]).includes(t.topic)) return bad(`${tt}.topic is not one of ${TOPICS.join(', ')}`);
      if (!isNum(t.weight, 0, 1e6) || t.weight === 0) return bad(`${tt}.weight is not a positive number`);
      if (!isNum(t.earned, 0, t.weight)) return bad(`${tt}.earned is not a number from 0 to the weight`);
      if (!isNum(t.percent, 0, 100)) return bad(`${tt}.percent is not a number from 0 to 100`);
      if (!isNum(t.spentMs, 0, 1e10)) return bad(`${tt}.spentMs is not a duration`);
    }
  }
  return { ok: true, value: v as unknown as ResultsExport };
}

// ---- the class report ------------------------------------------------------------------------

export interface StudentRow { profile: string; attempts: number; average: number; best: number; passed: number; passRate: number }
export interface TaskRow { scenarioId: string; topic: string; attempts: number; average: number; fullMarks: number; fullRate: number }
export interface TopicRow { topic: string; tasks: number; average: number }
export interface ClassReport {
  students: StudentRow[]; tasks: TaskRow[]; topics: TopicRow[];
  totals: { students: number; attempts: number; duplicates: number; average: number; passed: number; passRate: number };
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const r1 = (n: number) => Math.round(n * 10) / 10;

/** Exports merged; an attempt in more than one export (same profile and id) counts once. */
export function mergeExports(exports: readonly ResultsExport[]): ClassReport {
  const seen = new Set<string>();
  const attempts: Array<AttemptSummary & { profile: string }> = [];
  let duplicates = 0;
  for (const e of exports) for (const a of e.attempts) {
    const key = `${e.profile}\u0000${a.id}`;
    if (seen.has(key)) { duplicates++; continue; }
    seen.add(key);
    attempts.push({ ...a, profile: e.profile });
  }
  const group = <K extends string, V>(xs: V[], key: (v: V) => K) => {
    const m = new Map<K, V[]>();
    for (const x of xs) { const k = key(x); (m.get(k) ?? m.set(k, []).get(k)!).push(x); }
    return [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  };
  const students = group(attempts, (a) => a.profile).map(([profile, as]) => {
    const passed = as.filter((a) => a.pass).length;
    return { profile, attempts: as.length, average: r1(mean(as.map((a) => a.percent))), best: Math.max(...as.map((a) => a.percent)), passed, passRate: r1((100 * passed) / as.length) };
  });
  const allTasks = attempts.flatMap((a) => a.tasks);
  const tasks = group(allTasks, (t) => t.scenarioId).map(([scenarioId, ts]) => {
    const full = ts.filter((t) => t.earned >= t.weight - 1e-9).length;
    return { scenarioId, topic: ts[0]!.topic, attempts: ts.length, average: r1(mean(ts.map((t) => (100 * t.earned) / t.weight))), fullMarks: full, fullRate: r1((100 * full) / ts.length) };
  });
  // A topic's average is weighted, as the exam score is: points earned over points available.
  const topics = group(allTasks, (t) => t.topic).map(([topic, ts]) => ({
    topic, tasks: ts.length, average: r1((100 * ts.reduce((s, t) => s + t.earned, 0)) / ts.reduce((s, t) => s + t.weight, 0)),
  }));
  const passed = attempts.filter((a) => a.pass).length;
  return {
    students, tasks, topics,
    totals: { students: students.length, attempts: attempts.length, duplicates, average: r1(mean(attempts.map((a) => a.percent))), passed, passRate: attempts.length ? r1((100 * passed) / attempts.length) : 0 },
  };
}

// ---- printing --------------------------------------------------------------------------------

const pct = (n: number) => `${n}%`;
const mdCell = (s: string | number) => String(s).replace(/\|/g, '\\|');
const mdTable = (head: string[], align: string[], rows: Array<Array<string | number>>) =>
  [`| ${head.join(' | ')} |`, `|${align.join('|')}|`, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n');

export function classReportMarkdown(r: ClassReport): string {
  const t = r.totals;
  return [
    '# Class report',
    '',
    `${t.students} students · ${t.attempts} attempts · average ${pct(t.average)} · pass rate ${pct(t.passRate)} (${t.passed}/${t.attempts})${t.duplicates ? ` · ${t.duplicates} duplicate attempt${t.duplicates === 1 ? '' : 's'} counted once` : ''}`,
    '',
    '## Students',
    '',
    mdTable(['Student', 'Attempts', 'Average', 'Best', 'Passed', 'Pass rate'], ['---', '---:', '---:', '---:', '---:', '---:'],
      r.students.map((s) => [s.profile, s.attempts, pct(s.average), pct(s.best), s.passed, pct(s.passRate)])),
    '',
    '## Tasks',
    '',
    mdTable(['Task', 'Topic', 'Attempts', 'Average', 'Full marks', 'Full-mark rate'], ['---', '---', '---:', '---:', '---:', '---:'],
      r.tasks.map((x) => [x.scenarioId, x.topic, x.attempts, pct(x.average), x.fullMarks, pct(x.fullRate)])),
    '',
    '## Topics',
    '',
    mdTable(['Topic', 'Tasks', 'Average'], ['---', '---:', '---:'], r.topics.map((x) => [x.topic, x.tasks, pct(x.average)])),
    '',
  ].join('\n');
}

/** A CSV cell: quoted when needed; a leading = + - @ is defused so a spreadsheet does not run it. */
export function csvCell(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const csv = (rows: Array<Array<string | number>>) => rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';

export function classReportCsv(r: ClassReport): string {
  const t = r.totals;
  return csv([
    ['section', 'name', 'topic', 'attempts', 'average_percent', 'best_percent', 'passed', 'pass_rate_percent'],
    ['class', 'all', '', t.attempts, t.average, '', t.passed, t.passRate],
    ...r.students.map((s) => ['student', s.profile, '', s.attempts, s.average, s.best, s.passed, s.passRate]),
    // for a task, "passed" is full marks on it
    ...r.tasks.map((x) => ['task', x.scenarioId, x.topic, x.attempts, x.average, '', x.fullMarks, x.fullRate]),
    ...r.topics.map((x) => ['topic', x.topic, x.topic, x.tasks, x.average, '', '', '']),
  ]);
}

// ---- one learner -----------------------------------------------------------------------------

const clock = (ms: number) => { const s = Math.round(ms / 1000); return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`; };

export function learnerMarkdown(e: ResultsExport): string {
  const lines = [`# Exam results: ${e.profile}`, ''];
  if (e.attempts.length === 0) return lines.concat('No finished mock exams yet (kubeprep exam starts one).', '').join('\n');
  lines.push(mdTable(['Finished', 'Exam', 'Score', 'Result', 'Ended by'], ['---', '---', '---:', '---', '---'],
    e.attempts.map((a) => [a.finishedAt.slice(0, 16).replace('T', ' '), a.title, pct(a.percent), a.pass ? 'PASS' : 'FAIL', a.endedBy])), '');
  for (const a of e.attempts) {
    lines.push(`## ${a.title} — ${a.finishedAt.slice(0, 16).replace('T', ' ')}: ${pct(a.percent)} ${a.pass ? 'PASS' : 'FAIL'} (pass mark ${pct(a.passMark)})`, '');
    lines.push(mdTable(['Task', 'Topic', 'Weight', 'Earned', 'Score', 'Time'], ['---', '---', '---:', '---:', '---:', '---:'],
      a.tasks.map((t) => [t.scenarioId, t.topic, t.weight, t.earned, pct(t.percent), clock(t.spentMs)])), '');
  }
  return lines.join('\n');
}

export function learnerCsv(e: ResultsExport): string {
  return csv([
    ['profile', 'attempt', 'finished', 'exam', 'percent', 'result', 'task', 'topic', 'weight', 'earned', 'task_percent', 'seconds'],
    ...e.attempts.flatMap((a) => a.tasks.map((t) => [e.profile, a.id, a.finishedAt, a.title, a.percent, a.pass ? 'PASS' : 'FAIL', t.scenarioId, t.topic, t.weight, t.earned, t.percent, Math.round(t.spentMs / 1000)])),
  ]);
}
