// Starts the TUI. Loaded only by a dynamic import from cli.ts, so subcommands never pay for
// Ink and React. The app runs in the terminal's alternate screen, which is restored on
// every way out (q, Ctrl-C, a signal, a crash), leaving the shell as it was.
import React from 'react';
import { render } from 'ink';
import { App } from './app.js';
import { builtinContent } from './content-source.js';
import { launchEditor } from '../cli/editor.js';
import { runInTerminal } from './terminal.js';
import { attachInk, ENTER_ALT, LEAVE_ALT } from './terminal.js';
import type { ProgressStore } from '../progress/store.js';


export async function startTui(opts: { store: ProgressStore; profile: string; start?: { kind: 'lesson' | 'scenario'; id: string } }): Promise<number> {
  const out = process.stdout;
  let restored = false;
  const restore = () => { if (!restored) { restored = true; out.write('\x1b[?25h' + LEAVE_ALT); } };
  out.write(ENTER_ALT);
  const onSignal = (sig: NodeJS.Signals) => { instance.unmount(); restore(); process.exit(sig === 'SIGINT' ? 130 : 143); };
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  process.once('exit', restore);
  // Ctrl-C is handled by the app itself (keys.ts), so it quits through the same path as q.
  const instance = render(<App store={opts.store} profile={opts.profile} start={opts.start} loadContent={builtinContent} editFile={(name, text) => runInTerminal(() => launchEditor(text, name))} />, { exitOnCtrlC: false, patchConsole: true });
  attachInk(instance);
  try { await instance.waitUntilExit(); }
  finally { restore(); }
  return 0;
}
