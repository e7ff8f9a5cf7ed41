import test from 'ava';
import { answerIndexes, isCorrect } from '../../source/ui/quiz-logic.js';
import type { Question } from '../../source/content/types.js';

const where = { file: 'x.yaml', line: 1, col: 1, path: '' };
const single: Question = { id: 's', kind: 'single', question: '', choices: ['a', 'b'], answer: 1, explain: '', where };
const multi: Question = { id: 'm', kind: 'multiple', question: '', choices: ['a', 'b', 'c'], answer: [0, 2], explain: '', where };

test('single: only the answer index is right', (t) => {
  t.true(isCorrect(single, [1]));
  t.false(isCorrect(single, [0]));
  t.false(isCorrect(single, []));
});

test('multiple: exactly the answer set, in any order, no partial credit', (t) => {
  t.true(isCorrect(multi, [2, 0]));
  t.false(isCorrect(multi, [0]));
  t.false(isCorrect(multi, [0, 1, 2]));
  t.deepEqual(answerIndexes(multi), [0, 2]);
});
