import test from 'ava';
import { choiceQuestions, isCorrect } from '../../source/ui/quiz-logic.js';

const single = { id: 's', kind: 'single' as const, question: '', choices: ['a', 'b'], answer: 1, explain: '' };
const multi = { id: 'm', kind: 'multiple' as const, question: '', choices: ['a', 'b', 'c'], answer: [0, 2], explain: '' };

test('single: only the answer index is right', (t) => {
  t.true(isCorrect(single, [1]));
  t.false(isCorrect(single, [0]));
  t.false(isCorrect(single, []));
});

test('multiple: exactly the answer set, in any order, no partial credit', (t) => {
  t.true(isCorrect(multi, [2, 0]));
  t.false(isCorrect(multi, [0]));
  t.false(isCorrect(multi, [0, 1, 2]));
});

test('command questions are left to the workspace', (t) => {
  t.deepEqual(choiceQuestions([single, { id: 'c', kind: 'command', question: '', explain: '' }]).map((q) => q.id), ['s']);
});
