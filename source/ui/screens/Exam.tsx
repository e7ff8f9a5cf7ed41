// The mock exam on screen: the current task in the Practice workspace (no hints, traces or
// live checks), a status line with the clock, a task list with done/flagged marks, a
// confirmation before submitting, and the result. State lives in source/exam/; this screen
// maps keys to those functions and saves the attempt after every change.
import React, { useEffect, useRef, useState } from 'react';
import { Box, Text, useInput, type Key } from 'ink';
import { Menu } from '../components/Menu.js';
import { useFooter } from '../footer.js';
import { matchKey, type Action } from '../keys.js';
import { Workspace } from './Workspace.js';
import { wrapText } from '../text.js';
import { finishAttempt, formatClock, isAttempt, isExpired, moveTo, openAttempt, remainingMs, setWorkspace, startAttempt, toggleFlag, workedOn, workspaceScenario, type Lookup } from '../../exam/attempt.js';
import { drawExam } from '../../exam/draw.js';
import { scheduleReview } from '../../exam/review.js';
import type { ExamAttempt, ExamOptions, ExamResult } from '../../exam/types.js';
import { loadContent } from '../../content/loader.js';
import type { Scenario } from '../../content/types.js';
import type { ProgressStore } from '../../progress/store.js';
import type { ProgressData } from '../../progress/schema.js';
import type { WorkspaceData, WorkspaceDeps } from '../../workspace/types.js';

export interface ExamProps {
  initial: ExamAttempt;
  lookup: Lookup;
  deps: WorkspaceDeps;
  now: () => Date;
  width: number;
  height: number;
  /** A line shown once above the first task (for instance "resumed"). */
  notice?: string;
  onSave: (a: ExamAttempt) => void;
  /** The attempt finished: save it and schedule the review. */
  onFinish: (a: ExamAttempt) => void;
  onLeave: () => void;
}

const WORK_KEYS: Action[] = ['examTasks', 'examNext', 'examPrev', 'examFlag', 'examSubmit', 'examLeave'];
type Phase = 'work' | 'tasks' | 'confirm';

export function Exam({ initial, lookup, deps, now, width, height, notice, onSave, onFinish, onLeave }: ExamProps) {
  const [attempt, setAttempt] = useState(initial);
  const ref = useRef(initial);
  const [phase, setPhase] = useState<Phase>('work');
  const [, setTick] = useState(0);
  const commit = (a: ExamAttempt) => { ref.current = a; setAttempt(a); if (a.result) onFinish(a); else onSave(a); };
  const finish = (by: ExamResult['endedBy']) => { if (!ref.current.result) commit(finishAttempt(ref.current, lookup, now(), by)); };

  // The clock: the stored deadline, checked a few times a second; at zero the exam is submitted.
  useEffect(() => {
    if (attempt.result) return;
    const t = setInterval(() => { if (isExpired(ref.current, now())) finish('timeout'); else setTick((n) => n + 1); }, 250);
    return () => clearInterval(t);
  }, [attempt.result === undefined]);

  if (attempt.result) return <ExamResultView attempt={attempt} width={width} height={height} />;

  const i = attempt.current;
  const task = attempt.tasks[i]!;
  const scenario = lookup(task.scenarioId);
  const go = (to: number) => { commit(moveTo(ref.current, to, now())); setPhase('work'); };
  const onKey = (input: string, key: Key): boolean => {
    switch (matchKey(WORK_KEYS, input, key)) {
      case 'examTasks': setPhase('tasks'); return true;
      case 'examNext': go(Math.min(ref.current.current + 1, ref.current.tasks.length - 1)); return true;
      case 'examPrev': go(Math.max(ref.current.current - 1, 0)); return true;
      case 'examFlag': commit(toggleFlag(ref.current)); return true;
      case 'examSubmit': setPhase('confirm'); return true;
      case 'examLeave': onLeave(); return true;
      default: return false;
    }
  };
  const clock = `${formatClock(remainingMs(attempt, now()))} left`;
  const status = `Task ${i + 1}/${attempt.tasks.length} · weight ${task.weight}${task.flagged ? ' · ⚑ flagged' : ''}`;
  const statusLine = <Text inverse={false} bold wrap="truncate-end">{status.padEnd(Math.max(0, width - 2 - clock.length))}{clock}</Text>;

  if (phase === 'tasks') return <TaskList attempt={attempt} statusLine={statusLine} onOpen={go} onBack={() => setPhase('work')} />;
  if (phase === 'confirm') return <ConfirmSubmit attempt={attempt} statusLine={statusLine} onAnswer={(yes) => { if (yes) finish('submit'); else setPhase('work'); }} />;
  if (!scenario) return <Box flexDirection="column">{statusLine}<Text>The scenario {task.scenarioId} is missing from this installation; ^N moves on.</Text></Box>;
  return (
    <Box flexDirection="column" height={height}>
      {statusLine}
      {notice && <Text dimColor wrap="truncate-end">{notice}</Text>}
      <Workspace key={`${attempt.id}-${i}`} width={width} height={height - 1 - (notice ? 1 : 0)}
        scenario={workspaceScenario(scenario)} subtitle={scenario.topic}
        initial={task.workspace}
        deps={{ ...deps, examMode: true, grade: () => [] }}
        onSave={(ws: WorkspaceData) => commit(setWorkspace(ref.current, i, ws))}
        onGraded={() => {}} onLeave={onLeave}
        exam={{ footer: { actions: WORK_KEYS, extra: [] }, onKey }} />
    </Box>
  );
}

function TaskList({ attempt, statusLine, onOpen, onBack }: { attempt: ExamAttempt; statusLine: React.ReactNode; onOpen: (i: number) => void; onBack: () => void }) {
  useFooter(['up', 'down', 'select'], [{ hint: 'Esc', label: 'back to the task' }]);
  useInput((_input, key) => { if (key.escape) onBack(); });
  const items = attempt.tasks.map((t, i) => ({
    label: `${String(i + 1).padStart(2)}. ${workedOn(t) ? '[x]' : '[ ]'} ${t.flagged ? '⚑' : ' '} ${t.title} (weight ${t.weight})`,
    value: i,
  }));
  return (
    <Box flexDirection="column">
      {statusLine}
      <Text dimColor>Tasks: [x] worked on · [ ] not started · ⚑ flagged</Text>
      <Box marginTop={1}><Menu items={items} initialIndex={attempt.current} onSelect={onOpen} /></Box>
    </Box>
  );
}

function ConfirmSubmit({ attempt, statusLine, onAnswer }: { attempt: ExamAttempt; statusLine: React.ReactNode; onAnswer: (yes: boolean) => void }) {
  useFooter([], [{ hint: 'y', label: 'submit' }, { hint: 'n/Esc', label: 'keep working' }]);
  useInput((input, key) => {
    if (input.toLowerCase() === 'y') onAnswer(true);
    else if (input.toLowerCase() === 'n' || key.escape) onAnswer(false);
  });
  const untouched = attempt.tasks.filter((t) => !workedOn(t)).length;
  const flagged = attempt.tasks.filter((t) => t.flagged).length;
  return (
    <Box flexDirection="column">
      {statusLine}
      <Box marginTop={1}><Text color="yellow">Submit the exam now? {untouched} not started, {flagged} flagged. It cannot be reopened. (y/n)</Text></Box>
    </Box>
  );
}

/** The result as lines: score, then per task what was earned and what was lost, and why. */
export function resultLines(a: ExamAttempt): string[] {
  const r = a.result!;
  const lines = [`${r.percent}% ${r.pass ? 'PASS' : 'FAIL'} · pass mark ${r.passMark}% · ${r.endedBy === 'timeout' ? 'time ran out' : 'submitted'}`];
  if (r.weakTopics.length) lines.push(`Review next: ${r.weakTopics.join(', ')}`);
  lines.push('');
  r.tasks.forEach((t, n) => {
    const earned = Math.round(t.earned * 10) / 10;
    lines.push(`${n + 1}. ${t.title} — ${earned}/${t.weight} (${t.percent}%) · ${formatClock(t.spentMs)}${t.skipped ? ' · not started' : ''}${t.guardFailed ? ' · a guard failed: 0 points' : ''}`);
    for (const c of t.checks) {
      if (c.pass) continue;
      lines.push(`   ✗ ${c.name}${c.guard ? ' (guard)' : ''}: ${c.detail}`);
      const why = c.trace.find((h) => h.startsWith('✗'));
      if (why) lines.push(`     ${why}`);
    }
  });
  return lines;
}

function ExamResultView({ attempt, width, height }: { attempt: ExamAttempt; width: number; height: number }) {
  useFooter(['up', 'down', 'back']);
  const all = resultLines(attempt);
  // Wrapped to the width (indents kept), so the reasons a check failed are not cut off.
  const lines = [all[0]!, ...all.slice(1).flatMap((l) => wrapText(l, width - 2))];
  const [top, setTop] = useState(0);
  const room = Math.max(3, height - 1);
  useInput((input, key) => {
    const a = matchKey(['up', 'down'], input, key);
    if (a === 'up') setTop((t) => Math.max(0, t - 1));
    if (a === 'down') setTop((t) => Math.min(Math.max(0, lines.length - 1 - room), t + 1));
  });
  const r = attempt.result!;
  return (
    <Box flexDirection="column" height={height}>
      <Text bold color={r.pass ? 'green' : 'red'}>{lines[0]}</Text>
      {lines.slice(1).slice(top, top + room).map((l, i) => <Text key={i} wrap="truncate-end">{l || ' '}</Text>)}
    </Box>
  );
}

/**
 * The exam route: resumes the open attempt (submitting it at once if its time ran out while
 * kubeprep was closed), or starts one from the options (`kubeprep exam` flags) or the pool.
 */
type RouteProps = {
  store: ProgressStore; save: (change: (d: ProgressData) => void) => void; scenarios: readonly Scenario[]; options?: ExamOptions;
  deps: WorkspaceDeps; now: () => Date; width: number; height: number; onLeave: () => void;
  /** From the home menu: say what is coming and start the clock only on Enter (`kubeprep exam` starts at once). */
  confirmFirst?: boolean;
};

export function ExamRoute(props: RouteProps) {
  const [opts, setOpts] = useState<ExamOptions | undefined>(() => (!props.confirmFirst || openAttempt(props.store.data.exams) ? props.options ?? {} : undefined));
  if (!opts) return <ExamIntro scenarios={props.scenarios} options={props.options ?? {}} width={props.width} onStart={setOpts} onLeave={props.onLeave} />;
  return <ExamStarted {...props} options={opts} />;
}

/** Before the clock starts: how many tasks, how long, the pass mark and the keys. The seed is fixed here, so the exam that starts is the one described. */
function ExamIntro({ scenarios, options, width, onStart, onLeave }: { scenarios: readonly Scenario[]; options: ExamOptions; width: number; onStart: (o: ExamOptions) => void; onLeave: () => void }) {
  const [seed] = useState(() => options.seed ?? Math.floor(Math.random() * 1_000_000_000));
  const drawn = drawExam(scenarios, { ...options, seed });
  useFooter([], [{ hint: 'Enter', label: 'start the clock' }, { hint: 'Esc', label: 'back' }]);
  useInput((input, key) => {
    if (key.escape) onLeave();
    else if ((key.return || input === '\n') && drawn.ok) onStart({ ...options, seed });
  });
  if (!drawn.ok) return <Box flexDirection="column"><Text bold>Mock exam</Text><Text wrap="wrap">{drawn.error}</Text></Box>;
  const plan = drawn.plan;
  const minutes = options.minutes ?? plan.minutes;
  const weight = plan.tasks.reduce((a, t) => a + t.weight, 0);
  const lines = [
    `${plan.tasks.length} tasks drawn from ${scenarios.length} scenarios, ${weight} points in all.`,
    `${minutes} minutes; pass mark ${plan.passMark}%. Each task earns its weight times the share of its checks that pass; a task that breaks something it was told to leave alone earns nothing.`,
    'Each task has its own cluster. No hints, traces or solutions until the end. The clock keeps running if you leave; come back from the home menu.',
    'Keys during the exam: ^T task list · ^N/^P next/previous task · ^F flag · ^X submit · Esc leave.',
  ];
  return (
    <Box flexDirection="column">
      <Text bold>{plan.title}</Text>
      <Box flexDirection="column" marginTop={1}>
        {lines.flatMap((l, i) => [...wrapText(l, width - 2).map((w, j) => <Text key={`${i}-${j}`}>{w}</Text>), <Text key={`${i}-gap`}> </Text>])}
      </Box>
      <Text bold>Press Enter to start the clock.</Text>
    </Box>
  );
}

function ExamStarted({ store, save, scenarios, options, deps, now, width, height, onLeave }: RouteProps) {
  const [state] = useState(() => openOrStart(store.data.exams, scenarios, options ?? {}, now()));
  const put = (a: ExamAttempt) => (d: ProgressData) => {
    const at = d.exams.findIndex((e) => isAttempt(e) && e.id === a.id);
    if (at >= 0) d.exams[at] = a; else d.exams.push(a);
  };
  useEffect(() => { if ('attempt' in state && state.fresh) save(put(state.attempt)); }, []);
  if ('error' in state) return <Box flexDirection="column"><Text bold>Mock exam</Text><Text wrap="wrap">{state.error}</Text></Box>;
  return (
    <Exam initial={state.attempt} lookup={state.lookup} deps={deps} now={now} width={width} height={height} notice={state.notice}
      onSave={(a) => save(put(a))}
      onFinish={(a) => save((d) => { put(a)(d); d.review = scheduleReview(d.review, a.result!, now()); })}
      onLeave={onLeave} />
  );
}

type Opened = { attempt: ExamAttempt; lookup: Lookup; fresh: boolean; notice?: string } | { error: string };

export function openOrStart(exams: readonly unknown[], builtin: readonly Scenario[], options: ExamOptions, now: Date): Opened {
  const open = openAttempt(exams);
  const extra = [...(options.packScenarios ?? [])];
  if (open?.attempt.packFile && !options.pack) {
    // a pack's own scenario files, read again from the pack that started this attempt
    try { extra.push(...loadContent([open.attempt.packFile], { catalog: [...builtin] }).scenarios); } catch { /* its tasks show as missing */ }
  }
  const byId = new Map([...builtin, ...extra].map((s) => [s.id, s]));
  const lookup: Lookup = (id) => byId.get(id);
  if (open) {
    const left = formatClock(remainingMs(open.attempt, now));
    if (isExpired(open.attempt, now)) return { attempt: finishAttempt(open.attempt, lookup, now, 'timeout'), lookup, fresh: true };
    return { attempt: open.attempt, lookup, fresh: false, notice: `Resumed the exam in progress: ${left} left (the clock kept running).` };
  }
  const drawn = drawExam(options.pack ? [...byId.values()] : builtin, options);
  if (!drawn.ok) return { error: drawn.error };
  return { attempt: startAttempt(drawn.plan, lookup, now, options.durationMs !== undefined ? { durationMs: options.durationMs } : {}), lookup, fresh: true };
}
