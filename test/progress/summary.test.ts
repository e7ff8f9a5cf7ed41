import test from 'ava';
import { summarize } from '../../source/progress/summary.js';
import { freshProgress } from '../../source/progress/schema.js';

const now = new Date('2026-11-26T12:00:00Z');
const content = {
  lessons: [{ id: 'dns', topic: 'dns' }, { id: 'ingress', topic: 'ingress' }],
  scenarios: [{ id: 'dns-1', topic: 'dns' }, { id: 'ing-1', topic: 'ingress' }, { id: 'ing-2', topic: 'ingress' }],
};

test('per topic: lessons read, quiz percent, scenarios solved; time in minutes', (t) => {
  const d = freshProgress('ana', now);
  d.lessons['dns'] = { readAt: '2026-11-25T10:00:00Z', quiz: { score: 9, total: 10, at: '2026-11-25T10:10:00Z' } };
  d.scenarios['ing-1'] = { status: 'solved', updatedAt: '2026-11-25T11:00:00Z', activeMs: 600_000 };
  d.scenarios['ing-2'] = { status: 'started', updatedAt: '2026-11-25T11:00:00Z', activeMs: 120_000 };
  const s = summarize(d, content, now);
  t.deepEqual(s.topics, [
    { topic: 'dns', lessons: 1, lessonsRead: 1, quizPercent: 90, scenarios: 1, solved: 0 },
    { topic: 'ingress', lessons: 1, lessonsRead: 0, quizPercent: undefined, scenarios: 2, solved: 1 },
  ]);
  t.is(s.activeMinutes, 12);
});

test('weak topics come back after 1 day, and later as they are practised', (t) => {
  const d = freshProgress('ana', now);
  d.lessons['dns'] = { quiz: { score: 3, total: 10, at: '2026-11-25T10:00:00Z' } };
  d.scenarios['ing-1'] = { status: 'assisted', updatedAt: '2026-11-26T09:00:00Z' };
  let s = summarize(d, content, now);
  t.deepEqual(s.review, [
    { topic: 'dns', reason: 'quiz 30%', due: '2026-11-26T10:00:00.000Z' },
    { topic: 'ingress', reason: 'solved with the solution', due: '2026-11-27T09:00:00.000Z' },
  ]);
  d.scenarios['ing-2'] = { status: 'solved', updatedAt: '2026-11-26T10:00:00Z' };
  s = summarize(d, content, now);
  t.is(s.review.find((r) => r.topic === 'ingress')!.due, '2026-11-29T09:00:00.000Z', 'one solved since: 3 days');
});

test('nothing weak, nothing due; exam review entries are listed', (t) => {
  const d = freshProgress('ana', now);
  t.deepEqual(summarize(d, content, now).review, []);
  d.review['dns'] = { due: '2026-11-28T00:00:00Z', interval: 2 };
  t.deepEqual(summarize(d, content, now).review, [{ topic: 'dns', reason: 'weak in a mock exam', due: '2026-11-28T00:00:00Z' }]);
});

test('finished mock exams are listed newest first; unfinished ones are not', (t) => {
  const d = freshProgress('ana', now);
  d.exams = [
    { kind: 'exam', title: 'Week 3', finishedAt: '2026-11-20T10:00:00Z', result: { percent: 58, pass: false } },
    { kind: 'exam', title: 'Week 4', finishedAt: '2026-11-25T10:00:00Z', result: { percent: 75, pass: true } },
    { kind: 'exam', title: 'open', startedAt: '2026-11-26T10:00:00Z' },
  ];
  t.deepEqual(summarize(d, content, now).finishedExams, [
    { title: 'Week 4', finishedAt: '2026-11-25T10:00:00Z', percent: 75, pass: true },
    { title: 'Week 3', finishedAt: '2026-11-20T10:00:00Z', percent: 58, pass: false },
  ]);
});
