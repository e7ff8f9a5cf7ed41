import React, { useMemo, useRef, useState } from 'react';
import { Box, Text, useInput, type Key } from 'ink';
import { Prompt } from '../components/Prompt.js';
import { useFooter } from '../footer.js';
import type { Action } from '../keys.js';
import { reflow, wrapText } from '../text.js';
import { completeLine } from '../../workspace/complete.js';
import { confirmAction, runLine } from '../../workspace/shell.js';
import type { CheckOutcome, WorkspaceData, WorkspaceDeps, WorkspaceScenario } from '../../workspace/types.js';
import { buildCluster, allObjects } from '../../sim/cluster.js';
import { scoreTask } from '../../grading/score.js';

export interface WorkspaceProps {
  scenario: WorkspaceScenario & { title: string; topic: string; difficulty: number };
  initial: WorkspaceData;
  deps: WorkspaceDeps;
  width: number;
  height: number;
  /** After every command, so quitting at any moment loses nothing. */
  onSave: (ws: WorkspaceData) => void;
  /** `done`: the grade, for the progress store. */
  onGraded: (ws: WorkspaceData, checks: CheckOutcome[]) => void;
  onLeave: () => void;
  /** After the grade is shown, Enter calls this instead of returning to the prompt (quiz command questions). */
  onContinue?: () => void;
  /** Words for the header instead of topic and difficulty. */
  subtitle?: string;
  /** A quiz command question: the checks are graded on `done`, not shown while typing (they would give the answer away). */
  hideChecks?: boolean;
  /** A mock exam: the checks are not shown live, and the exam's keys replace the footer. */
  exam?: {
    footer: { actions: Action[]; extra: Array<{ hint: string; label: string }> };
    /** Keys the prompt passes on (Ctrl-…, Esc) go here first; true when taken. */
    onKey: (input: string, key: Key) => boolean;
  };
}

const TASK_ROWS = 4;

/** The scenario workspace: the task, its live checklist, kubectl's output, a prompt. */
export function Workspace({ scenario, initial, deps, width, height, onSave, onGraded, onLeave, onContinue, subtitle, exam, hideChecks }: WorkspaceProps) {
  const [ws, setWs] = useState(initial);
  const wsRef = useRef(initial);
  const [confirm, setConfirm] = useState<'reset' | 'solution' | undefined>();
  const [candidates, setCandidates] = useState<string[]>([]);
  const [scroll, setScroll] = useState(0);
  const [graded, setGraded] = useState<CheckOutcome[] | undefined>();
  // Live checks, after every command, only where they are shown (not in an exam or a quiz).
  const checks = useMemo(() => (exam || hideChecks ? [] : deps.grade(ws.objects, scenario.kubeadm)), [ws.objects]);
  const completionObjects = useMemo(() => allObjects(buildCluster(ws.objects, { kubeadm: scenario.kubeadm })), [ws.objects]);

  const commit = (next: WorkspaceData) => { wsRef.current = next; setWs(next); onSave(next); };

  useFooter(graded ? ['continue'] : confirm ? [] : exam ? exam.footer.actions : [], graded ? [] : confirm
    ? [{ hint: 'y', label: 'yes' }, { hint: 'n', label: 'no' }]
    : exam ? exam.footer.extra : [{ hint: 'Enter', label: 'run' }, { hint: '↑↓', label: 'history' }, { hint: 'Tab', label: 'complete' }, { hint: 'PgUp/Dn', label: 'scroll' }, { hint: 'Esc', label: 'back' }]);

  const submit = (line: string) => {
    setCandidates([]);
    setScroll(0);
    const r = runLine(line, wsRef.current, scenario, deps);
    commit(r.ws);
    if (r.confirm) setConfirm(r.confirm);
    if (r.done) {
      const result = deps.grade(r.ws.objects, scenario.kubeadm);
      const solved = result.every((c) => c.pass);
      const score = scoreTask(result, 1);
      const line = `graded: ${score.guardFailed ? 'a guard failed (0 points)' : `${score.passed}/${score.total} checks pass`}${solved ? ' · solved' : ''}`;
      const next = { ...r.ws, solved: r.ws.solved || solved, log: r.ws.log.concat(line) };
      commit(next);
      onGraded(next, result);
      setGraded(result);
    }
  };

  // Keys the prompt passes on (Esc, PgUp/PgDn), the confirmation, and the grade screen.
  const onOtherKey = (input: string, key: Key) => {
    if (exam?.onKey(input, key)) return;
    if (key.escape) onLeave();
    else if (key.pageUp) setScroll((s) => Math.min(maxScroll, Math.min(s, maxScroll) + Math.max(1, outRows - 1)));
    else if (key.pageDown) setScroll((s) => Math.max(0, Math.min(s, maxScroll) - Math.max(1, outRows - 1)));
  };
  useInput((input, key) => {
    if (graded) { if (key.return || input === '\n' || key.escape) { if (onContinue) onContinue(); else setGraded(undefined); } return; }
    if (!confirm) return;
    const yes = input.toLowerCase() === 'y';
    if (yes) commit(confirmAction(confirm, wsRef.current, scenario, deps).ws);
    else commit({ ...wsRef.current, log: wsRef.current.log.concat('(cancelled)') });
    setConfirm(undefined);
  }, { isActive: Boolean(confirm || graded) });

  const taskLines = wrapText(reflow(scenario.task), width - 2).filter((l) => l.trim() !== ''); // blank lines waste the 4 rows
  const shownTask = taskLines.length > TASK_ROWS ? [...taskLines.slice(0, TASK_ROWS - 1), taskLines[TASK_ROWS - 1]!.slice(0, width - 28) + ' … (type "task" for all)'] : taskLines;
  const scored = checks.filter((c) => !c.guard);
  const checkRows = checks.length <= 4 ? checks.map((c) => `${c.pass ? '✓' : '✗'} ${c.name}`) : [`${scored.filter((c) => c.pass).length}/${scored.length} checks pass`, ...checks.filter((c) => !c.pass).slice(0, 3).map((c) => `✗ ${c.name}`)];
  const outRows = Math.max(3, height - 1 - shownTask.length - checkRows.length - 3 - (candidates.length ? 1 : 0));
  // Scrolling counts screen rows (wrapped lines), and stops at the top of the log.
  const wrappedLog = ws.log.slice(-2000).flatMap((l) => wrapText(l, width - 2));
  const maxScroll = Math.max(0, wrappedLog.length - outRows);
  const shownScroll = Math.min(scroll, maxScroll);
  const end = wrappedLog.length - shownScroll;
  const outLines = wrappedLog.slice(Math.max(0, end - outRows), end);

  if (graded) {
    const { passed: pass, total, guardFailed } = scoreTask(graded, 1);
    return (
      <Box flexDirection="column">
        <Text bold>{scenario.title} · {guardFailed ? 'a guard failed: 0 points' : `${pass}/${total} checks pass`}{ws.assisted ? ' · assisted' : ''}</Text>
        <Box flexDirection="column" marginTop={1}>
          {graded.map((c, i) => <Text key={i} color={c.pass ? 'green' : 'red'} wrap="truncate-end">{c.pass ? '✓' : '✗'} {c.name}{c.pass ? '' : ` — ${c.detail}`}</Text>)}
        </Box>
        <Box flexDirection="column" marginTop={1}>
          {wrapText(reflow(scenario.explain), width - 2).slice(0, Math.max(3, height - graded.length - 5)).map((l, i) => <Text key={i}>{l}</Text>)}
        </Box>
      </Box>
    );
  }
  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate-end">{scenario.title} <Text dimColor>· {subtitle ?? `${scenario.topic} · ${'★'.repeat(scenario.difficulty)}${'☆'.repeat(Math.max(0, 5 - scenario.difficulty))}`}{ws.hintsUsed ? ` · hints ${ws.hintsUsed}/${scenario.hints.length}` : ''}</Text></Text>
      {shownTask.map((l, i) => <Text key={`t${i}`} wrap="truncate-end">{l}</Text>)}
      <Box flexDirection="column">
        {checkRows.map((l, i) => <Text key={`c${i}`} color={l.startsWith('✓') ? 'green' : l.startsWith('✗') ? 'red' : undefined} wrap="truncate-end">{l}</Text>)}
      </Box>
      <Text dimColor>{('─'.repeat(3) + (shownScroll ? ` output (${shownScroll} lines up) ` : ' output ')).padEnd(width - 2, '─')}</Text>
      <Box flexDirection="column" flexGrow={1}>
        {outLines.map((l, i) => <Text key={`o${i}`} wrap="truncate-end">{l || ' '}</Text>)}
      </Box>
      {candidates.length > 0 && <Text dimColor wrap="truncate-end">{candidates.join('  ')}</Text>}
      {confirm
        ? <Text color="yellow">{confirm === 'reset' ? 'Reset to the setup?' : 'Show the solution?'} (y/n)</Text>
        : <Prompt persistKey={scenario.id} history={ws.history} width={width - 2} onSubmit={submit} onOtherKey={onOtherKey}
            complete={(before) => completeLine(before, { objects: completionObjects, files: Object.keys(wsRef.current.files) })} onCandidates={setCandidates} />}
    </Box>
  );
}
