import React, { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import { Text, useApp, useInput } from 'ink';
import { Frame, TooSmall, MIN_COLUMNS, MIN_ROWS } from './components/Frame.js';
import { Home, type HomeChoice } from './screens/Home.js';
import { Missing, NotYet } from './screens/NotYet.js';
import { Progress } from './screens/Progress.js';
import { LearnList, lessonRows } from './screens/LearnList.js';
import { LessonReader } from './screens/LessonReader.js';
import { Profiles } from './screens/Profiles.js';
import { PracticeList } from './screens/PracticeList.js';
import type { ExamOptions } from '../exam/types.js';
import type { WorkspaceDeps } from '../workspace/types.js';
import type { Scenario } from '../content/types.js';
import type { LoadedContent } from './content-source.js';
import { eachKey, footerText, isCtrlC, matchKey, type Action } from './keys.js';
import { FooterContext, type FooterSpec } from './footer.js';
import { useTerminalSize } from './useTerminalSize.js';
import { update, type ProgressStore } from '../progress/store.js';
import type { LessonView } from './lesson-types.js';

// Screens that bring kubectl, the simulator and the grader load on first use, so the home
// menu's first frame does not wait for them (their chunks are split by the bundler).
const Quiz = lazy(() => import('./screens/Quiz.js').then((m) => ({ default: m.Quiz })));
const PracticeWorkspace = lazy(() => import('./screens/PracticeWorkspace.js').then((m) => ({ default: m.PracticeWorkspace })));
const ExamRoute = lazy(() => import('./screens/Exam.js').then((m) => ({ default: m.ExamRoute })));
const loading = <Text dimColor>Loading…</Text>;

type Route =
  | { name: 'home' } | { name: 'practice' } | { name: 'exam' } | { name: 'progress' } | { name: 'profiles' }
  | { name: 'learn' } | { name: 'lesson'; id: string } | { name: 'quiz'; id: string } | { name: 'workspace'; id: string };

const pending: Partial<Record<Route['name'], { what: string; issue: number }>> = {};

export interface AppProps {
  store: ProgressStore;
  profile: string;
  /** The lessons and scenarios, loaded on first use. */
  loadContent: () => Promise<LoadedContent>;
  /** Edit a working-folder file in the learner's editor (the TUI hands over the terminal). */
  editFile?: WorkspaceDeps['editFile'];
  now?: () => Date;
  /** Open straight on a lesson or scenario (kubeprep lesson ID / scenario ID). */
  start?: { kind: 'lesson' | 'scenario'; id: string } | { kind: 'exam'; options: ExamOptions };
  /** The profiles on this machine, and switching to one (a message when it cannot be opened). */
  profiles?: { list: () => string[]; switchTo: (name: string) => string | undefined };
}

export function App({ store, profile, loadContent, editFile, now = () => new Date(), start, profiles }: AppProps) {
  const [profileError, setProfileError] = useState<string | undefined>();
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  // `kubeprep lesson [ID]` / `kubeprep scenario [ID]` open on the list, or on that one.
  const [stack, setStack] = useState<Route[]>(() => !start ? [{ name: 'home' }]
    : start.kind === 'exam' ? [{ name: 'home' }, { name: 'exam' }]
    : start.kind === 'lesson' ? [{ name: 'home' }, { name: 'learn' }, ...(start.id ? [{ name: 'lesson' as const, id: start.id }] : [])]
    : [{ name: 'home' }, { name: 'practice' }, ...(start.id ? [{ name: 'workspace' as const, id: start.id }] : [])]);
  const [homeChoice, setHomeChoice] = useState<HomeChoice | undefined>();
  const [footer, setFooter] = useState<FooterSpec>({ actions: ['up', 'down', 'select', 'quit'] });
  const [, setTick] = useState(0);
  const [content, setContent] = useState<LoadedContent | undefined>();
  const [contentAsked, setContentAsked] = useState(false);
  const ensureContent = () => { if (!contentAsked) { setContentAsked(true); void loadContent().then(setContent); } };
  // After the first frame: the content, for titles on Home ("Continue") and the screens.
  useEffect(() => { if (start || store.data.last) ensureContent(); }, []);
  const route = stack[stack.length - 1]!;
  const push = (r: Route) => setStack((s) => [...s, r]);
  const pop = () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s));
  const save = (change: Parameters<typeof update>[1]) => { update(store, change, now()); setTick((t) => t + 1); };

  // Screens draw their own footer keys; Home and the placeholder screens have fixed ones.
  const fixed: Action[] | undefined = route.name === 'home' ? ['up', 'down', 'select', 'quit'] : route.name in pending || route.name === 'progress' || missingRoute(route) ? ['back'] : undefined;
  const active = fixed ?? footer.actions;

  useInput((raw, rawKey) => {
    for (const [input, key] of eachKey(raw, rawKey)) {
      if (isCtrlC(input, key)) { exit(); return; }
      const action = matchKey(active.filter((a) => a === 'back' || a === 'quit'), input, key);
      if (action === 'quit') { exit(); return; }
      if (action === 'back') { pop(); return; }
    }
  });

  function missingRoute(r: Route): boolean {
    if (!content) return false;
    if (r.name === 'lesson' || r.name === 'quiz') return !content.set.lessons.some((l) => l.id === r.id);
    if (r.name === 'workspace') return !content.set.scenarios.some((x) => x.id === r.id);
    return false;
  }
  const lessons: LessonView[] = content?.set.lessons ?? [];
  const scenarios: Scenario[] = content?.set.scenarios ?? [];
  const deps = useMemo<WorkspaceDeps>(() => ({
    now,
    grade: () => [],
    editFile,
    kubectlEditor: editFile ? (text, info) => editFile(`kubectl-edit-${info.attempt}${info.extension}`, text) : undefined,
  }), [editFile]);
  if (columns < MIN_COLUMNS || rows < MIN_ROWS) return <TooSmall columns={columns} rows={rows} />;

  const open = (c: HomeChoice) => {
    if (c === 'quit') { exit(); return; }
    if (c === 'profiles') { push({ name: 'profiles' }); return; }
    ensureContent();
    if (c === 'continue') {
      const last = store.data.last;
  // An exam still open (source/exam stores deadline, and finishedAt once done): its time left, for Home.
  const openExam = store.data.exams.find((e): e is { deadline: string } => !!e && typeof e === 'object' && typeof (e as { deadline?: unknown }).deadline === 'string' && !(e as { finishedAt?: unknown }).finishedAt);
  const examMs = openExam ? Date.parse(openExam.deadline) - now().getTime() : 0;
  const examLeft = openExam && examMs > 0 ? `${Math.floor(examMs / 60_000)}:${String(Math.floor((examMs % 60_000) / 1000)).padStart(2, '0')}` : undefined;
      if (last?.kind === 'lesson') setStack([{ name: 'home' }, { name: 'learn' }, { name: 'lesson', id: last.id }]);
      else if (last?.kind === 'scenario') setStack([{ name: 'home' }, { name: 'practice' }, { name: 'workspace', id: last.id }]);
      return;
    }
    push({ name: c });
  };
  const lessonOf = (id: string) => lessons.find((l) => l.id === id);
  const titleOf = (r: Route): string => {
    switch (r.name) {
      case 'home': return 'Home';
      case 'learn': return 'Learn';
      case 'lesson': return lessonOf(r.id)?.title ?? r.id;
      case 'quiz': return 'Quiz';
      case 'practice': return 'Practice';
      case 'workspace': return scenarios.find((x) => x.id === r.id)?.title ?? r.id;
      case 'exam': return 'Mock exam';
      case 'progress': return 'Progress';
      case 'profiles': return 'Profiles';
    }
  };
  const bodyHeight = rows - 1 - 4; // frame: header, padding ×2, footer
  const width = columns - 2;
  const todo = pending[route.name];
  const lesson = route.name === 'lesson' || route.name === 'quiz' ? lessonOf(route.id) : undefined;
  const scenario = route.name === 'workspace' ? scenarios.find((x) => x.id === route.id) : undefined;
  const missing = (route.name === 'lesson' || route.name === 'quiz') && !lesson ? `lesson "${route.id}"` : route.name === 'workspace' && !scenario ? `scenario "${route.id}"` : undefined;
  const last = store.data.last;
  // An exam still open (source/exam stores deadline, and finishedAt once done): its time left, for Home.
  const openExam = store.data.exams.find((e): e is { deadline: string } => !!e && typeof e === 'object' && typeof (e as { deadline?: unknown }).deadline === 'string' && !(e as { finishedAt?: unknown }).finishedAt);
  const examMs = openExam ? Date.parse(openExam.deadline) - now().getTime() : 0;
  const examLeft = openExam && examMs > 0 ? `${Math.floor(examMs / 60_000)}:${String(Math.floor((examMs % 60_000) / 1000)).padStart(2, '0')}` : undefined;
  const lastTitle = !last ? undefined : last.kind === 'lesson' ? lessons.find((l) => l.id === last.id)?.title ?? last.id : last.kind === 'scenario' ? scenarios.find((x) => x.id === last.id)?.title ?? last.id : last.id;
  return (
    <FooterContext.Provider value={setFooter}>
      <Frame crumbs={stack.map(titleOf)} footer={footerText(active, fixed ? [] : footer.extra)} profile={profile} columns={columns} rows={rows}>
        {route.name === 'home' && <Home onSelect={open} initial={homeChoice} onHighlight={setHomeChoice} examLeft={examLeft} resume={store.data.last ? `${store.data.last.kind === 'lesson' ? 'lesson' : 'scenario'} ${lastTitle}` : undefined} />}
        {route.name === 'practice' && (
          <PracticeList scenarios={scenarios} problems={content?.problems ?? []} progress={store.data} height={bodyHeight} initial={store.data.last?.kind === 'scenario' ? store.data.last.id : undefined}
            onOpen={(id) => { save((d) => { d.last = { kind: 'scenario', id }; }); push({ name: 'workspace', id }); }} />
        )}
        {route.name === 'workspace' && scenario && (
          <Suspense fallback={loading}>
            <PracticeWorkspace key={scenario.id} scenario={scenario} data={store.data} save={save} deps={deps} now={now} width={width} height={bodyHeight} onLeave={pop} />
          </Suspense>
        )}
        {missing && <Missing what={missing} />}
        {route.name === 'profiles' && (
          <Profiles profiles={profiles?.list() ?? []} current={profile} height={bodyHeight} width={width} error={profileError} onCancel={pop}
            onPick={(name) => { const msg = profiles?.switchTo(name); if (msg) setProfileError(msg); }} />
        )}
        {route.name === 'progress' && <Progress data={store.data} file={store.file} content={{ lessons, scenarios }} now={now()} />}
        {route.name === 'learn' && (
          <LearnList lessons={lessons} problems={content?.problems ?? []} progress={store.data} height={bodyHeight} initial={store.data.last?.kind === 'lesson' ? store.data.last.id : undefined}
            onOpen={(id) => { save((d) => { d.last = { kind: 'lesson', id }; }); push({ name: 'lesson', id }); }} />
        )}
        {route.name === 'lesson' && lesson && (
          <LessonReader key={lesson.id} lesson={lesson} width={width} height={bodyHeight}
            onRead={() => save((d) => { d.lessons[lesson.id] = { ...d.lessons[lesson.id], readAt: now().toISOString() }; })}
            onQuiz={() => setStack((s) => [...s.slice(0, -1), { name: 'quiz', id: lesson.id }])} />
        )}
        {route.name === 'quiz' && lesson && (
          <Suspense fallback={loading}>
            <Quiz key={lesson.id} lesson={lesson} width={width} height={bodyHeight} deps={deps}
              onDone={(score, total) => save((d) => {
                d.lessons[lesson.id] = { ...d.lessons[lesson.id], quiz: { score, total, at: now().toISOString() } };
                // A finished quiz: "Continue" goes on to the next lesson in the list.
                const order = lessonRows(lessons, d).flatMap((r) => (r.kind === 'item' ? [r.value] : []));
                const next = order[order.indexOf(lesson.id) + 1];
                if (next) d.last = { kind: 'lesson', id: next };
              })}
              onExit={pop} />
          </Suspense>
        )}
        {todo && <NotYet what={todo.what} issue={todo.issue} />}
        {!content && contentAsked && route.name !== 'home' && route.name !== 'profiles' && loading}
        {route.name === 'exam' && content && (
          <Suspense fallback={loading}>
            <ExamRoute store={store} save={save} scenarios={scenarios} options={start?.kind === 'exam' ? start.options : undefined} confirmFirst={start?.kind !== 'exam'}
              deps={deps} now={now} width={width} height={bodyHeight} onLeave={pop} />
          </Suspense>
        )}
      </Frame>
    </FooterContext.Provider>
  );
}
