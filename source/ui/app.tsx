import React, { useState } from 'react';
import { useApp, useInput } from 'ink';
import { Frame, TooSmall, MIN_COLUMNS, MIN_ROWS } from './components/Frame.js';
import { Home, type HomeChoice } from './screens/Home.js';
import { NotYet } from './screens/NotYet.js';
import { Progress } from './screens/Progress.js';
import { eachKey, footerText, isCtrlC, matchKey, type Action } from './keys.js';
import { useTerminalSize } from './useTerminalSize.js';
import type { ProgressStore } from '../progress/store.js';

type Route = { name: 'home' } | { name: 'learn' } | { name: 'practice' } | { name: 'exam' } | { name: 'progress' };

const titles: Record<Route['name'], string> = { home: 'Home', learn: 'Learn', practice: 'Practice', exam: 'Mock exam', progress: 'Progress' };
const pending: Partial<Record<Route['name'], { what: string; issue: number }>> = {
  learn: { what: 'Lessons and quizzes', issue: 8 },
  practice: { what: 'Broken-cluster scenarios', issue: 8 },
  exam: { what: 'Timed mock exams', issue: 9 },
};

export function App({ store, profile }: { store: ProgressStore; profile: string }) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const [stack, setStack] = useState<Route[]>([{ name: 'home' }]);
  const [homeIndex, setHomeIndex] = useState(0);
  const route = stack[stack.length - 1]!;
  const active: Action[] = route.name === 'home' ? ['up', 'down', 'select', 'quit'] : ['back'];

  useInput((raw, rawKey) => {
    for (const [input, key] of eachKey(raw, rawKey)) {
      if (isCtrlC(input, key)) { exit(); return; }
      const action = matchKey(active.filter((a) => a === 'back' || a === 'quit'), input, key);
      if (action === 'quit') { exit(); return; }
      if (action === 'back') { setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)); return; }
    }
  });

  if (columns < MIN_COLUMNS || rows < MIN_ROWS) return <TooSmall columns={columns} rows={rows} />;

  const open = (c: HomeChoice) => { if (c === 'quit') exit(); else setStack((s) => [...s, { name: c }]); };
  const crumbs = stack.map((r) => titles[r.name]);
  const todo = pending[route.name];
  return (
    <Frame crumbs={crumbs} footer={footerText(active)} profile={profile} columns={columns} rows={rows}>
      {route.name === 'home' && <Home onSelect={open} initialIndex={homeIndex} onHighlight={setHomeIndex} />}
      {route.name === 'progress' && <Progress data={store.data} file={store.file} />}
      {todo && <NotYet what={todo.what} issue={todo.issue} />}
    </Frame>
  );
}
