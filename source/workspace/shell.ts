// The workspace prompt: kubectl (and `k`, and aliases), a working folder (ls, cat, rm, an
// editor), pipes into grep/head/tail/wc, `> FILE`, and the tutor's own words (hint, trace,
// reset, solution, done, clear, help). Pure over its dependencies: the editor and the
// grader are passed in, so the TUI, the tests and the exam share it.
import { runKubectl } from '../kubectl/session.js';
import { splitPipeline } from './pipeline.js';
import { applyFilter } from './filters.js';
import { reflow } from '../text/reflow.js';
import type { LineResult, WorkspaceData, WorkspaceDeps, WorkspaceScenario } from './types.js';

const LOG_LIMIT = 2000;
const HISTORY_LIMIT = 500;
const EDITORS = new Set(['vim', 'vi', 'nano', 'nvim', 'emacs', 'edit']);
const FILE_NAME = /^[A-Za-z0-9._-]{1,100}$/;

export const HELP = `Commands here:
  kubectl ... | k ...       kubectl, emulated over this scenario's cluster
  alias NAME=COMMAND        e.g. alias kn='kubectl -n shop'
  ls, cat FILE, rm FILE     the working folder (files you write for kubectl apply -f)
  vim FILE (vi, nano)       edit a file in your $EDITOR
  ... | grep/head/tail/wc -l,  ... > FILE
  hint       the next hint (each one says more)
  trace      why the first failing check fails, hop by hop
  reset      back to the scenario as set up (asks first)
  solution   show the solution (asks first; the attempt counts as assisted)
  task       the task again, in full
  done       grade your work and show the explanation
  clear      clear this pane`;

export function freshWorkspace(s: WorkspaceScenario, now: Date): WorkspaceData {
  const t = now.toISOString();
  return { objects: structuredClone(s.setup), files: {}, history: [], aliases: {}, hintsUsed: 0, assisted: false, solved: false, log: [], startedAt: t, updatedAt: t };
}

function appendLog(ws: WorkspaceData, text: string): string[] {
  const lines = text.replace(/\n$/, '').split('\n');
  const log = ws.log.concat(lines);
  return log.length > LOG_LIMIT ? log.slice(log.length - LOG_LIMIT) : log;
}

/** Runs one prompt line. The returned workspace already holds the line, its output and any change. */
export function runLine(line: string, ws0: WorkspaceData, s: WorkspaceScenario, deps: WorkspaceDeps): LineResult {
  const trimmed = line.trim();
  const now = deps.now().toISOString();
  const history = trimmed && ws0.history[ws0.history.length - 1] !== trimmed ? ws0.history.concat(trimmed).slice(-HISTORY_LIMIT) : ws0.history;
  let ws: WorkspaceData = { ...ws0, history, updatedAt: now };
  const finish = (output: string, extra: Partial<LineResult> = {}): LineResult => {
    const echoed = `$ ${trimmed}\n${output}`;
    return { ws: { ...ws, log: appendLog(ws, echoed) }, output, ...extra };
  };
  if (!trimmed) return { ws: ws0, output: '' };

  const parsed = splitPipeline(trimmed);
  if (!parsed.ok) return finish(`sh: ${parsed.error}\n`);
  const { commands, redirect } = parsed.pipeline;
  const first = expandAlias(commands[0]!, ws.aliases);
  const [cmd, ...args] = first;

  if (commands.length === 1 && !redirect) {
    // In a mock exam, as in the real one, nothing tells the candidate the answer.
    if (deps.examMode && (cmd === 'hint' || cmd === 'trace' || cmd === 'solution' || cmd === 'done'))
      return finish(`${cmd}: not available during the exam${cmd === 'done' ? ' (the exam is graded when you submit it)' : ''}\n`);
    switch (cmd) {
      case 'help': return finish(HELP + '\n');
      case 'task': return finish(reflow(s.task).replace(/\n?$/, '\n'));
      case 'clear': return { ws: { ...ws, log: [] }, output: '', clear: true };
      case 'hint': {
        if (ws.hintsUsed >= s.hints.length) return finish(s.hints.length ? `No more hints (${s.hints.length} of ${s.hints.length} shown). "solution" shows the answer.\n` : 'This scenario has no hints.\n');
        const n = ws.hintsUsed + 1;
        ws = { ...ws, hintsUsed: n };
        return finish(`Hint ${n}/${s.hints.length}: ${s.hints[n - 1]}\n`);
      }
      case 'trace': {
        const failing = deps.grade(ws.objects, s.kubeadm).find((c) => !c.pass);
        if (!failing) return finish('Every check passes. Type "done" to finish.\n');
        const hops = failing.hops.map((h, i) => `  ${i + 1}. ${h.status === 'ok' ? '✓' : h.status === 'warn' ? '!' : '✗'} ${h.step}: ${h.detail}`);
        return finish(`✗ ${failing.name}\n${failing.detail ? '  ' + failing.detail + '\n' : ''}${hops.join('\n')}\n`);
      }
      case 'reset': return finish('Reset the cluster and the working folder to the scenario as set up? (y/n)\n', { confirm: 'reset' });
      case 'solution': return finish('Show the solution? The attempt will count as assisted. (y/n)\n', { confirm: 'solution' });
      case 'done': return finish('', { done: true });
      case 'alias': {
        if (args.length === 0) return finish(Object.entries(ws.aliases).map(([k, v]) => `alias ${k}='${v}'`).join('\n') + (Object.keys(ws.aliases).length ? '\n' : ''));
        const m = /^([A-Za-z_][A-Za-z0-9_-]*)=(.*)$/s.exec(args.join(' '));
        if (!m) return finish(`alias: usage: alias NAME=COMMAND\n`);
        ws = { ...ws, aliases: { ...ws.aliases, [m[1]!]: m[2]! } };
        return finish('');
      }
      case 'ls': return finish(Object.keys(ws.files).sort().join('\n') + (Object.keys(ws.files).length ? '\n' : ''));
      case 'rm': {
        const missing = args.filter((f) => !(f in ws.files) && f !== '-f');
        const files = { ...ws.files };
        for (const f of args) delete files[f];
        ws = { ...ws, files };
        return finish(missing.map((f) => `rm: cannot remove '${f}': No such file or directory\n`).join(''));
      }
    }
    if (cmd && EDITORS.has(cmd)) {
      const name = args[0];
      if (args.length !== 1 || !name || !FILE_NAME.test(name)) return finish(`${cmd}: give one file name (letters, digits, . _ -)\n`);
      if (!deps.editFile) return finish(`${cmd}: no editor is available here\n`);
      const r = deps.editFile(name, ws.files[name] ?? '');
      if ('error' in r) return finish(`${cmd}: ${r.error}\n`);
      ws = { ...ws, files: { ...ws.files, [name]: r.text } };
      return finish(`"${name}" ${r.text.split('\n').length - (r.text.endsWith('\n') ? 1 : 0)}L, ${Buffer.byteLength(r.text)}B written\n`);
    }
  }

  // A pipeline: the first command produces text, the rest filter it.
  let text: string, errText = '';
  if (cmd === 'cat') {
    const missing = args.find((f) => !(f in ws.files));
    if (missing !== undefined || args.length === 0) return finish(args.length === 0 ? 'cat: give a file name\n' : `cat: ${missing}: No such file or directory\n`);
    text = args.map((f) => ws.files[f]).join('');
  } else if (cmd === 'echo') {
    text = args.join(' ') + '\n';
  } else if (cmd === 'kubectl') {
    const r = runKubectl(args, {
      state: ws.objects, kubeadm: s.kubeadm, now: deps.now(), stdin: '',
      readFile: (p) => ws.files[p.replace(/^\.\//, '')],
      listDir: (p) => (p === '.' || p === './' ? Object.keys(ws.files).sort() : undefined),
      editor: deps.kubectlEditor,
    });
    ws = { ...ws, objects: r.state };
    text = r.stdout;
    errText = r.stderr;
  } else {
    return finish(`${cmd}: command not found here (type "help" for what works)\n`);
  }
  for (const filter of commands.slice(1)) {
    const f = applyFilter(expandAlias(filter, ws.aliases), text);
    if (!f.ok) return finish(errText + f.error + '\n');
    text = f.text;
  }
  if (redirect) {
    if (!FILE_NAME.test(redirect.file)) return finish(errText + `sh: ${redirect.file}: use a plain file name in the working folder\n`);
    ws = { ...ws, files: { ...ws.files, [redirect.file]: (redirect.append ? ws.files[redirect.file] ?? '' : '') + text } };
    text = '';
  }
  return finish(errText + text);
}

/** Carries out a confirmed reset or solution. */
export function confirmAction(action: 'reset' | 'solution', ws0: WorkspaceData, s: WorkspaceScenario, deps: WorkspaceDeps): LineResult {
  if (action === 'reset') {
    const fresh = freshWorkspace(s, deps.now());
    const ws = { ...fresh, history: ws0.history, hintsUsed: ws0.hintsUsed, assisted: ws0.assisted, startedAt: ws0.startedAt, log: appendLog(ws0, 'The cluster and the working folder are back as set up.') };
    return { ws, output: 'The cluster and the working folder are back as set up.\n' };
  }
  const lines = s.solution.map((st) => (st.kind === 'command' ? `  $ ${st.line}` : `  (write ${st.file}:)\n${st.content.replace(/^/gm, '    ')}`));
  const text = `Solution:\n${lines.join('\n')}\n`;
  const ws = { ...ws0, assisted: true, log: appendLog(ws0, text) };
  return { ws, output: text };
}

function expandAlias(words: string[], aliases: Record<string, string>): string[] {
  const [first, ...rest] = words;
  if (first === 'k') return ['kubectl', ...rest];
  const a = first !== undefined ? aliases[first] : undefined;
  if (a === undefined) return words;
  const expanded = a.trim().split(/\s+/);
  return [...(expanded[0] === 'k' ? ['kubectl', ...expanded.slice(1)] : expanded), ...rest];
}
