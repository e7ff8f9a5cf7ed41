// What the Progress screen shows, computed from the progress file and the content: per
// topic, lessons read and quiz scores, scenarios solved; time spent in scenarios; and what
// is due for review. Review is spaced by topic: a weak topic (a quiz under 70%, a scenario
// solved only with the solution, or started and left) comes back after 1 day, then 3, 7
// and 14 as it is practised; the exam adds its weakest topics to `review` (due dates).
import type { ProgressData } from './schema.js';
import { byTopicOrder } from '../content/types.js';

export interface TopicRow { topic: string; lessons: number; lessonsRead: number; quizPercent?: number; scenarios: number; solved: number }
export interface ReviewItem { topic: string; reason: string; due: string }
export interface ExamLine { title: string; finishedAt: string; percent: number; pass: boolean }
export interface ProgressSummary { topics: TopicRow[]; activeMinutes: number; review: ReviewItem[]; exams: number; finishedExams: ExamLine[] }

const DAY = 86_400_000;
const STEPS = [1, 3, 7, 14];

export function summarize(data: ProgressData, content: { lessons: Array<{ id: string; topic: string }>; scenarios: Array<{ id: string; topic: string }> }, now: Date): ProgressSummary {
  const topics = [...new Set([...content.lessons, ...content.scenarios].map((x) => x.topic))].sort(byTopicOrder);
  const rows: TopicRow[] = topics.map((topic) => {
    const ls = content.lessons.filter((l) => l.topic === topic);
    const ss = content.scenarios.filter((s) => s.topic === topic);
    const quizzes = ls.map((l) => data.lessons[l.id]?.quiz).filter((q): q is NonNullable<typeof q> => Boolean(q && q.total));
    const quizPercent = quizzes.length ? Math.round((100 * quizzes.reduce((a, q) => a + q.score, 0)) / quizzes.reduce((a, q) => a + q.total, 0)) : undefined;
    return {
      topic, lessons: ls.length, lessonsRead: ls.filter((l) => data.lessons[l.id]?.readAt).length, quizPercent,
      scenarios: ss.length, solved: ss.filter((s) => data.scenarios[s.id]?.status === 'solved').length,
    };
  });
  const activeMinutes = Math.round(Object.values(data.scenarios).reduce((a, s) => a + Number(s.activeMs ?? 0), 0) / 60_000);

  const review: ReviewItem[] = [];
  const topicOf = new Map([...content.lessons, ...content.scenarios].map((x) => [x.id, x.topic]));
  const weak = new Map<string, { reason: string; since: number; practice: number }>();
  const mark = (topic: string | undefined, reason: string, at: string | undefined) => {
    if (!topic) return;
    const t = at ? Date.parse(at) : now.getTime();
    const w = weak.get(topic);
    if (!w) weak.set(topic, { reason, since: t, practice: 0 });
    else { w.since = Math.max(w.since, t); if (!w.reason.includes(reason)) w.reason += `; ${reason}`; }
  };
  for (const [id, l] of Object.entries(data.lessons))
    if (l.quiz && l.quiz.total && l.quiz.score / l.quiz.total < 0.7) mark(topicOf.get(id), `quiz ${Math.round((100 * l.quiz.score) / l.quiz.total)}%`, l.quiz.at);
  for (const [id, s] of Object.entries(data.scenarios)) {
    if (s.status === 'assisted') mark(topicOf.get(id), 'solved with the solution', s.updatedAt);
    else if (s.status === 'started') mark(topicOf.get(id), 'a scenario left unsolved', s.updatedAt);
  }
  for (const [topic, w] of weak) {
    const solvedSince = Object.entries(data.scenarios).filter(([id, s]) => topicOf.get(id) === topic && s.status === 'solved' && Date.parse(s.updatedAt) > w.since).length;
    const step = STEPS[Math.min(solvedSince, STEPS.length - 1)]!;
    review.push({ topic, reason: w.reason, due: new Date(w.since + step * DAY).toISOString() });
  }
  for (const [topic, r] of Object.entries(data.review ?? {}))
    if (!review.some((x) => x.topic === topic)) review.push({ topic, reason: 'weak in a mock exam', due: r.due });
  review.sort((a, b) => a.due.localeCompare(b.due));
  // Exam attempts are stored by source/exam (ExamAttempt); only finished ones have a result.
  const finishedExams: ExamLine[] = data.exams.flatMap((e) => {
    const a = e as { title?: string; finishedAt?: string; result?: { percent: number; pass: boolean } };
    return a?.finishedAt && a.result ? [{ title: a.title ?? 'mock exam', finishedAt: a.finishedAt, percent: a.result.percent, pass: a.result.pass }] : [];
  }).sort((x, y) => y.finishedAt.localeCompare(x.finishedAt));
  return { topics: rows, activeMinutes, review, exams: data.exams.length, finishedExams };
}
