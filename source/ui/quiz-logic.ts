// Quiz scoring, apart from the screen: a choice question is right only when the chosen set
// equals the answer set exactly (no partial credit for "multiple").
import type { QuizQuestion } from './lesson-types.js';

export function isCorrect(q: QuizQuestion, chosen: number[]): boolean {
  const want = answerIndexes(q);
  const a = [...new Set(chosen)].sort((x, y) => x - y), b = [...new Set(want)].sort((x, y) => x - y);
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export function answerIndexes(q: QuizQuestion): number[] {
  if (q.kind === 'command') return [];
  return Array.isArray(q.answer) ? q.answer : [q.answer];
}
