import React, { useMemo, useState } from 'react';
import { useApp, useInput } from 'ink';
import { Frame, TooSmall, MIN_COLUMNS, MIN_ROWS } from './components/Frame.js';
import { Home, type HomeChoice } from './screens/Home.js';
import { NotYet } from './screens/NotYet.js';
import { Progress } from './screens/Progress.js';
import { LearnList } from './screens/LearnList.js';
import { LessonReader } from './screens/LessonReader.js';
import { Quiz } from './screens/Quiz.js';
import { eachKey, footerText, isCtrlC, matchKey, type Action } from './keys.js';
import { FooterContext, type FooterSpec } from './footer.js';
import { useTerminalSize } from './useTerminalSize.js';
import { update, type ProgressStore } from '../progress/store.js';
import type { LessonView } from './lesson-types.js';

type Route =
  | { name: 'home' } | { name: 'practice' } | { name: 'exam' } | { name: 'progress' }
  | { name: 'learn' } | { name: 'lesson'; id: string } | { name: 'quiz'; id: string };

const pending: Partial<Record<Route['name'], { what: string; issue: number }>> = {
  practice: { what: 'Broken-cluster scenarios', issue: 8 },
  exam: { what: 'Timed mock exams', issue: 9 },
};

export interface AppProps { store: ProgressStore; profile: string; loadLessons: () => { lessons: LessonView[]; problems: string[] }; now?: () => Date }

export function App({ store, profile, loadLessons, now = () => new Date() }: AppProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const [stack, setStack] = useState<Route[]>([{ name: 'home' }]);
  const [homeIndex, setHomeIndex] = useState(0);
  const [footer, setFooter] = useState<FooterSpec>({ actions: ['up', 'down', 'select', 'quit'] });
  const [, setTick] = useState(0);
  const [learn, setLearn] = useState<{ lessons: LessonView[]; problems: string[] } | undefined>();
  const route = stack[stack.length - 1]!;
  const push = (r: Route) => setStack((s) => [...s, r]);
  const pop = () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s));
  const save = (change: Parameters<typeof update>[1]) => { update(store, change, now()); setTick((t) => t + 1); };

  // Screens draw their own footer keys; Home and the placeholder screens have fixed ones.
  const fixed: Action[] | undefined = route.name === 'home' ? ['up', 'down', 'select', 'quit'] : route.name in pending || route.name === 'progress' ? ['back'] : undefined;
  const active = fixed ?? footer.actions;

  useInput((raw, rawKey) => {
    for (const [input, key] of eachKey(raw, rawKey)) {
      if (isCtrlC(input, key)) { exit(); return; }
      const action = matchKey(active.filter((a) => a === 'back' || a === 'quit'), input, key);
      if (action === 'quit') { exit(); return; }
      if (action === 'back') { pop(); return; }
    }
  });

  const lessons = useMemo(() => learn?.lessons ?? [], [learn]);
  if (columns < MIN_COLUMNS || rows < MIN_ROWS) return <TooSmall columns={columns} rows={rows} />;

  const open = (c: HomeChoice) => {
    if (c === 'quit') { exit(); return; }
    if (c === 'learn' && !learn) setLearn(loadLessons());
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
      case 'exam': return 'Mock exam';
      case 'progress': return 'Progress';
    }
  };
  const bodyHeight = rows - 1 - 4; // frame: header, padding ×2, footer
  const width = columns - 2;
  const todo = pending[route.name];
  const lesson = route.name === 'lesson' || route.name === 'quiz' ? lessonOf(route.id) : undefined;
  return (
    <FooterContext.Provider value={setFooter}>
      <Frame crumbs={stack.map(titleOf)} footer={footerText(active, fixed ? [] : footer.extra)} profile={profile} columns={columns} rows={rows}>
        {route.name === 'home' && <Home onSelect={open} initialIndex={homeIndex} onHighlight={setHomeIndex} />}
        {route.name === 'progress' && <Progress data={store.data} file={store.file} />}
        {route.name === 'learn' && (
          <LearnList lessons={lessons} problems={learn?.problems ?? []} progress={store.data} height={bodyHeight} initial={store.data.last?.kind === 'lesson' ? store.data.last.id : undefined}
            onOpen={(id) => { save((d) => { d.last = { kind: 'lesson', id }; }); push({ name: 'lesson', id }); }} />
        )}
        {route.name === 'lesson' && lesson && (
          <LessonReader key={lesson.id} lesson={lesson} width={width} height={bodyHeight}
            onRead={() => save((d) => { d.lessons[lesson.id] = { ...d.lessons[lesson.id], readAt: now().toISOString() }; })}
            onQuiz={() => setStack((s) => [...s.slice(0, -1), { name: 'quiz', id: lesson.id }])} />
        )}
        {route.name === 'quiz' && lesson && (
          <Quiz key={lesson.id} lesson={lesson} width={width} height={bodyHeight}
            onDone={(score, total) => save((d) => { d.lessons[lesson.id] = { ...d.lessons[lesson.id], quiz: { score, total, at: now().toISOString() } }; })}
            onExit={pop} />
        )}
        {todo && <NotYet what={todo.what} issue={todo.issue} />}
      </Frame>
    </FooterContext.Provider>
  );
}
