// Handing the terminal to another program (the learner's editor) and taking it back: Ink
// stops reading keys (raw mode off), the alternate screen is left so the editor draws on a
// normal screen, and afterwards the screen is cleared and Ink is told to draw everything
// again, so the TUI comes back whole.
import type { Instance } from 'ink';

let ink: Instance | undefined;
export function attachInk(instance: Instance): void { ink = instance; }

export const ENTER_ALT = '\x1b[?1049h\x1b[H';
export const LEAVE_ALT = '\x1b[?1049l';

export function runInTerminal<T>(fn: () => T): T {
  const stdin = process.stdin as NodeJS.ReadStream;
  const wasRaw = stdin.isTTY ? stdin.isRaw : false;
  if (stdin.isTTY) stdin.setRawMode(false);
  process.stdout.write('\x1b[?25h' + LEAVE_ALT);
  try { return fn(); }
  finally {
    process.stdout.write(ENTER_ALT + '\x1b[2J');
    if (stdin.isTTY) stdin.setRawMode(wasRaw);
    ink?.clear();
  }
}
