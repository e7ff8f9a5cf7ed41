import React, { useMemo, useRef, useState } from 'react';
import { Box, Text, useInput } from 'ink';
import { eachKey, matchKey, type Action } from '../keys.js';
import { useFooter } from '../footer.js';
import { reflow, wrapText } from '../text.js';
import { answerIndexes, isCorrect } from '../quiz-logic.js';
import { Workspace } from './Workspace.js';
import { freshWorkspace } from '../../workspace/shell.js';
import { gradeState } from '../../grading/grade.js';
import type { WorkspaceDeps } from '../../workspace/types.js';
import type { LessonView } from '../lesson-types.js';

const LETTERS = 'ABCDEFGHIJ';

type Phase = { n: number; cursor: number; ticked: number[]; answered?: { chosen: number[]; right: boolean }; score: number; done: boolean };

/**
 * One question at a time; after each answer, whether it was right and why; a score at the
 * end. A command question opens a small workspace on its own cluster: the learner types
 * kubectl, then `done`, and the answer is graded by its effect, not its spelling.
 */
export function Quiz({ lesson, width, height, deps, onDone, onExit }: { lesson: LessonView; width: number; height: number; deps: Omit<WorkspaceDeps, 'grade'>; onDone: (score: number, total: number) => void; onExit: () => void }) {
  const questions = lesson.quiz;
  const [ph, setPh] = useState<Phase>({ n: 0, cursor: 0, ticked: [], score: 0, done: questions.length === 0 });
  const latest = useRef(ph);
  const q = questions[ph.n];
  const isCommand = q?.kind === 'command' && !ph.done;
  const set = (p: Phase) => { latest.current = p; setPh(p); };
  const advance = (p: Phase) => {
    const n = p.n + 1;
    const next = n >= questions.length ? { ...p, answered: undefined, done: true } : { n, cursor: 0, ticked: [], score: p.score, done: false };
    set(next);
    if (next.done) onDone(next.score, questions.length);
  };

  // Computed from a phase, not from this render: a key may arrive before the next render.
  const actionsAt = (at: Phase): Action[] => at.done ? ['continue'] : at.answered ? ['continue', 'back'] : ['up', 'down', ...(questions[at.n]?.kind === 'multiple' ? (['toggle'] as Action[]) : []), 'submit', 'back'];
  // A command question's workspace draws its own footer.
  useFooter(actionsAt(ph), [], !isCommand);

  useInput((raw, rawKey) => {
    let p = latest.current;
    for (const [input, key] of eachKey(raw, rawKey)) {
      const cur = questions[p.n];
      const a = matchKey(actionsAt(p), input, key);
      if (p.done) { if (a === 'continue') { onExit(); return; } continue; }
      if (!cur || cur.kind === 'command') continue;
      const count = cur.choices.length;
      if (p.answered) { if (a === 'continue') { advance(p); return; } continue; }
      if (a === 'up') p = { ...p, cursor: (p.cursor - 1 + count) % count };
      else if (a === 'down') p = { ...p, cursor: (p.cursor + 1) % count };
      else if (a === 'toggle') p = { ...p, ticked: p.ticked.includes(p.cursor) ? p.ticked.filter((t) => t !== p.cursor) : [...p.ticked, p.cursor] };
      else if (a === 'submit') {
        const chosen = cur.kind === 'multiple' ? [...p.ticked].sort((x, y) => x - y) : [p.cursor];
        const right = isCorrect(cur, chosen);
        p = { ...p, answered: { chosen, right }, score: p.score + (right ? 1 : 0) };
      }
    }
    set(p);
  }, { isActive: !isCommand });

  const commandScenario = useMemo(() => q?.kind === 'command' ? {
    id: `${lesson.id}/${q.id}`, title: `${lesson.title} · question ${ph.n + 1}/${questions.length}`, topic: lesson.topic, difficulty: 1,
    task: q.question, hints: [], explain: q.explain, setup: q.setup.objects, kubeadm: q.kubeadm, solution: q.solution,
  } : undefined, [q]);

  const w = width - 2;
  if (ph.done) {
    return (
      <Box flexDirection="column">
        <Text bold>{lesson.title} · quiz finished</Text>
        <Box marginTop={1}><Text>Score: <Text bold>{ph.score}/{questions.length}</Text>{questions.length ? ` (${Math.round((100 * ph.score) / questions.length)}%)` : ''}</Text></Box>
        <Box marginTop={1}><Text dimColor>Enter: back to the lesson list</Text></Box>
      </Box>
    );
  }
  if (!q) return <Text>No questions.</Text>;
  if (q.kind === 'command' && commandScenario) {
    return (
      <Workspace key={commandScenario.id} scenario={commandScenario} width={width} height={height}
        subtitle="kubectl, then done · Esc skips" hideChecks
        initial={freshWorkspace(commandScenario, deps.now())}
        deps={{ ...deps, grade: (objects) => gradeState(q, objects) }}
        onSave={() => {}}
        onGraded={(_ws, checks) => { const right = checks.every((c) => c.pass); set({ ...latest.current, answered: { chosen: [], right }, score: latest.current.score + (right ? 1 : 0) }); }}
        onContinue={() => advance(latest.current)}
        onLeave={() => advance(latest.current)} />
    );
  }
  const multiple = q.kind === 'multiple';
  const choices = q.kind === 'command' ? [] : q.choices;
  const qLines = wrapText(reflow(q.question), w);
  const right = answerIndexes(q);
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">{lesson.title} · question {ph.n + 1}/{questions.length}{multiple ? ' · choose all that apply' : ''} <Text dimColor>· score {ph.score}</Text></Text>
      <Box flexDirection="column" marginTop={1}>{qLines.map((l, i) => <Text key={i}>{l}</Text>)}</Box>
      {!ph.answered && (
        <Box flexDirection="column" marginTop={1}>
          {choices.map((c, i) => {
            const on = i === ph.cursor;
            const box = multiple ? (ph.ticked.includes(i) ? '[x] ' : '[ ] ') : '';
            const head = `${on ? '❯ ' : '  '}${box}${LETTERS[i]}. `;
            const lines = wrapText(c, w - head.length);
            return <Text key={i} color={on ? 'cyan' : undefined} bold={on}>{lines.map((l, j) => (j ? '\n' + ' '.repeat(head.length) : head) + l).join('')}</Text>;
          })}
        </Box>
      )}
      {ph.answered && (
        <Box flexDirection="column" marginTop={1}>
          <Text color={ph.answered.right ? 'green' : 'red'} bold>{ph.answered.right ? '✓ Right' : '✗ Not quite'}<Text color={undefined} bold={false}>: you chose {ph.answered.chosen.map((i) => LETTERS[i]).join(', ') || 'nothing'}; the answer is {right.map((i) => LETTERS[i]).join(', ')}</Text></Text>
          {right.map((i) => <Text key={i} dimColor>{wrapText(choices[i] ?? '', w - 5).map((l, j) => (j ? '\n     ' : `  ${LETTERS[i]}. `) + l).join('')}</Text>)}
          <Box flexDirection="column" marginTop={1}>
            {wrapText(reflow(q.explain), w).slice(0, Math.max(2, height - qLines.length - right.length - 6)).map((l, i) => <Text key={i}>{l}</Text>)}
          </Box>
        </Box>
      )}
    </Box>
  );
}
