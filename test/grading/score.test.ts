// Scoring per DESIGN.md: guards earn nothing, a failed guard zeroes the task, a task earns
// weight × passed/total of its other checks, an exam is the weighted share in percent.
import test from 'ava';
import { scoreExam, scoreQuestion, scoreTask } from '../../source/grading/score.js';
import type { CheckResult } from '../../source/grading/checks.js';
import type { MultipleQuestion, SingleQuestion } from '../../source/content/types.js';

const r = (pass: boolean, guard = false): CheckResult => ({ name: 'c', kind: guard ? 'unchanged' : 'reach', pass, guard, detail: '', hops: [] });
const P = r(true), F = r(false), G = r(true, true), g = r(false, true);

const tasks: Array<{ name: string; results: CheckResult[]; weight: number; earned: number; passed: number; total: number; solved: boolean }> = [
  { name: 'untouched: every check fails', results: [F, F, G], weight: 4, earned: 0, passed: 0, total: 2, solved: false },
  { name: 'half done', results: [P, F, G], weight: 4, earned: 2, passed: 1, total: 2, solved: false },
  { name: 'done', results: [P, P, G], weight: 4, earned: 4, passed: 2, total: 2, solved: true },
  { name: 'done, but a guard failed: nothing', results: [P, P, g], weight: 4, earned: 0, passed: 2, total: 2, solved: false },
  { name: 'guards earn nothing of their own', results: [F, G, G, G], weight: 6, earned: 0, passed: 0, total: 1, solved: false },
  { name: 'a third', results: [P, F, F], weight: 6, earned: 2, passed: 1, total: 3, solved: false },
  { name: 'only guards: nothing to earn', results: [G], weight: 3, earned: 0, passed: 0, total: 0, solved: false },
];
for (const c of tasks) {
  test(`task: ${c.name}`, (t) => {
    const s = scoreTask(c.results, c.weight);
    t.deepEqual(s, { weight: c.weight, earned: c.earned, passed: c.passed, total: c.total, guardFailed: c.results.some((x) => x.guard && !x.pass), solved: c.solved });
  });
}

test('exam: the sum over the total weight, in percent, passed at the mark (66 by default)', (t) => {
  const done = scoreTask([P, P], 4), half = scoreTask([P, F], 4), guarded = scoreTask([P, g], 2);
  const e = scoreExam([done, half, guarded]);
  t.is(e.earned, 6);
  t.is(e.weight, 10);
  t.is(e.percent, 60);
  t.is(e.passMark, 66);
  t.false(e.pass);
  t.true(scoreExam([done, half, guarded], 60).pass, 'a score equal to the mark passes');
  t.false(scoreExam([scoreTask([P, P], 2), scoreTask([F], 1)], 67).pass, '66.67% is below 67');
  t.true(scoreExam([scoreTask([P, P, F], 3)], 66).pass === true, '2/3 of the points is 66.67%');
  t.deepEqual(scoreExam([]), { earned: 0, weight: 0, percent: 0, passMark: 66, pass: false });
});

const where = { file: 'l.yaml', line: 1, col: 1, path: 'quiz[0]' };
const single: SingleQuestion = { kind: 'single', id: 's', question: 'q', explain: 'e', where, choices: ['a', 'b', 'c'], answer: 1 };
const multiple: MultipleQuestion = { kind: 'multiple', id: 'm', question: 'q', explain: 'e', where, choices: ['a', 'b', 'c'], answer: [0, 2] };

test('quiz: a single choice is the right index', (t) => {
  t.true(scoreQuestion(single, 1));
  t.false(scoreQuestion(single, 0));
  t.false(scoreQuestion(single, [1]));
});

test('quiz: a multiple choice is exactly the right set, in any order', (t) => {
  t.true(scoreQuestion(multiple, [0, 2]));
  t.true(scoreQuestion(multiple, [2, 0]));
  t.false(scoreQuestion(multiple, [0]));
  t.false(scoreQuestion(multiple, [0, 1, 2]));
  t.false(scoreQuestion(multiple, [0, 0, 2]));
  t.false(scoreQuestion(multiple, 0));
});
