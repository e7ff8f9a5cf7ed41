// Every key binding of the TUI in one table (STYLE.md §5, after gemini-cli's keyBindings):
// screens match keys with matchKey(), and the footer is drawn from the same entries, so
// the footer always shows exactly the keys that work on the screen.
import type { Key } from 'ink';

export type Action = 'up' | 'down' | 'select' | 'back' | 'quit' | 'next' | 'prev' | 'toggle' | 'submit' | 'continue' | 'startQuiz'
  | 'examTasks' | 'examNext' | 'examPrev' | 'examFlag' | 'examSubmit' | 'examLeave';

export interface Binding { action: Action; label: string; hint: string; match: (input: string, key: Key) => boolean }

export const bindings: Record<Action, Binding> = {
  up: { action: 'up', hint: '↑/k', label: 'up', match: (i, k) => k.upArrow || i === 'k' },
  down: { action: 'down', hint: '↓/j', label: 'down', match: (i, k) => k.downArrow || i === 'j' },
  select: { action: 'select', hint: 'Enter', label: 'open', match: (_i, k) => k.return },
  back: { action: 'back', hint: 'q/Esc', label: 'back', match: (i, k) => k.escape || i === 'q' },
  quit: { action: 'quit', hint: 'q', label: 'quit', match: (i) => i === 'q' },
  next: { action: 'next', hint: '→/n', label: 'next page', match: (i, k) => k.rightArrow || i === 'n' || i === 'l' },
  prev: { action: 'prev', hint: '←/p', label: 'previous', match: (i, k) => k.leftArrow || i === 'p' || i === 'h' },
  toggle: { action: 'toggle', hint: 'Space', label: 'tick', match: (i) => i === ' ' },
  submit: { action: 'submit', hint: 'Enter', label: 'answer', match: (_i, k) => k.return },
  continue: { action: 'continue', hint: 'Enter', label: 'continue', match: (_i, k) => k.return },
  startQuiz: { action: 'startQuiz', hint: 'Enter', label: 'start quiz', match: (_i, k) => k.return },
  // A mock exam types at a prompt, so its keys are Ctrl chords a shell line does not use.
  examTasks: { action: 'examTasks', hint: '^T', label: 'tasks', match: (i, k) => k.ctrl && i === 't' },
  examNext: { action: 'examNext', hint: '^N', label: 'next', match: (i, k) => k.ctrl && i === 'n' },
  examPrev: { action: 'examPrev', hint: '^P', label: 'prev', match: (i, k) => k.ctrl && i === 'p' },
  examFlag: { action: 'examFlag', hint: '^F', label: 'flag', match: (i, k) => k.ctrl && i === 'f' },
  examSubmit: { action: 'examSubmit', hint: '^X', label: 'submit', match: (i, k) => k.ctrl && i === 'x' },
  examLeave: { action: 'examLeave', hint: 'Esc', label: 'leave', match: (_i, k) => k.escape },
};

/** Ctrl-C quits from anywhere; it is handled once, at the top of the app. */
export const isCtrlC = (input: string, key: Key): boolean => key.ctrl && input === 'c';

export function matchKey(active: Action[], input: string, key: Key): Action | undefined {
  return active.find((a) => bindings[a].match(input, key));
}

/** The footer line: "↑/k up · ↓/j down · Enter open · q quit · Ctrl-C quit". */
export function footerText(active: Action[], extra: Array<{ hint: string; label: string }> = []): string {
  const parts = [...active.map((a) => bindings[a]), ...extra].map((b) => `${b.hint} ${b.label}`);
  if (!active.includes('quit')) parts.push('Ctrl-C quit');
  return parts.join(' · ');
}

/**
 * Ink delivers characters that arrive in one read (typed faster than a frame, pasted, or
 * sent by tmux) as one input string; a screen that binds single keys takes them one by one.
 */
export function eachKey(input: string, key: Key): Array<[string, Key]> {
  // A line feed is Enter too: a key pressed before the terminal is in raw mode arrives as
  // \n (the tty's ICRNL), and Ctrl-J is Enter in shells.
  if (input === '\n') return [['\r', { ...key, return: true }]];
  if (input.length <= 1 || key.ctrl || key.meta) return [[input, key]];
  return [...input].map((ch) => [ch, { ...key, return: ch === '\r' || ch === '\n', escape: false }] as [string, Key]);
}
