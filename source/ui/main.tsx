// Starts the TUI. Loaded only by a dynamic import from cli.ts, so subcommands never pay for
// Ink and React. The app runs in the terminal's alternate screen, which is restored on
// every way out (q, Ctrl-C, a signal, a crash), leaving the shell as it was.
import React from 'react';
import { render } from 'ink';
import { App, type AppProps } from './app.js';
import { launchEditor } from '../cli/editor.js';
import { runInTerminal } from './terminal.js';
import { attachInk, ENTER_ALT, LEAVE_ALT } from './terminal.js';
import { openProgress, type ProgressStore } from '../progress/store.js';
import { listProfiles } from '../progress/profiles.js';


export async function startTui(opts: { store: ProgressStore; profile: string; start?: AppProps['start'] }): Promise<number> {
  const out = process.stdout;
  let restored = false;
  const restore = () => { if (!restored) { restored = true; out.write('\x1b[?25h' + LEAVE_ALT); } };
  out.write(ENTER_ALT);
  const onSignal = (sig: NodeJS.Signals) => { instance.unmount(); restore(); process.exit(sig === 'SIGINT' ? 130 : 143); };
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  process.once('exit', restore);
  // Ctrl-C is handled by the app itself (keys.ts), so it quits through the same path as q.
  const instance = render(<Root {...opts} />, { exitOnCtrlC: false, patchConsole: true });
  attachInk(instance);
  try { await instance.waitUntilExit(); }
  finally { restore(); }
  return 0;
}

/** Holds whose progress is open, so the Profiles screen can switch it without a restart. */
function Root({ store: first, profile: firstProfile, start }: { store: ProgressStore; profile: string; start?: AppProps['start'] }) {
  const [open, setOpen] = React.useState({ store: first, profile: firstProfile, generation: 0 });
  const switchProfile = (name: string): string | undefined => {
    const r = openProgress(name);
    if (!r.ok) return r.message;
    setOpen((o) => ({ store: r.store, profile: name, generation: o.generation + 1 }));
    return r.notice;
  };
  return (
    <App key={open.generation} store={open.store} profile={open.profile} start={open.generation ? undefined : start}
      loadContent={() => import('./content-source.js').then((m) => m.builtinContent())} editFile={(name, text) => runInTerminal(() => launchEditor(text, name))}
      profiles={{ list: () => listProfiles(), switchTo: switchProfile }} />
  );
}
