// `kubeprep kubectl [--state FILE [--write]] ARGS...` (DESIGN.md): kubectl emulated over the
// cluster in FILE, or over a fresh kubeadm cluster without one. stdout, stderr and the exit
// code are kubectl's; an unreadable state file is exit 2. `kubectl edit` runs KUBE_EDITOR,
// else EDITOR, else vi (split on spaces, run without a shell, the file appended). --write
// saves the user's objects back to FILE (atomically) when the command succeeded and changed
// something.
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { KObject } from '../sim/types.js';
import { runKubectl } from '../kubectl/session.js';
import { toGoYaml } from '../kubectl/printers/go-yaml.js';
import { readClusterFiles } from './cluster-file.js';
import { decodeManifest } from '../sim/loader.js';
import { editorCommand, launchEditor } from './editor.js';
import { usageError, type CommandResult } from './io.js';

export interface KubectlIO {
  stdin: () => Buffer;
  env?: Record<string, string | undefined>;
  cwd?: string;
  now?: () => Date;
}

const USAGE = 'usage: kubeprep kubectl [--state FILE [--write]] ARGS... (see kubeprep --help)';

export function kubectlCommand(args: string[], io: KubectlIO): CommandResult {
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  let state: string | undefined;
  let write = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--state') { state = args[++i]; if (!state) return usageError(`kubectl: flag needs an argument: --state (${USAGE})`); continue; }
    if (a.startsWith('--state=')) { state = a.slice('--state='.length); if (!state) return usageError(`kubectl: flag needs an argument: --state (${USAGE})`); continue; }
    if (a === '--write') { write = true; continue; }
    break;
  }
  const words = args.slice(i);
  if (write && !state) return usageError(`kubectl: --write saves the cluster back to the --state file, so it needs --state FILE (${USAGE})`);

  let objects: KObject[] = [];
  if (state) {
    const path = state === '-' ? '-' : resolve(cwd, state);
    const read = readClusterFiles([path], io.stdin);
    if (!read.ok) return usageError(read.message.split(path).join(state));
    objects = read.objects;
  }
  const wantsStdin = state !== '-' && words.some((w, j) => w === '-' && ['-f', '--filename'].includes(words[j - 1] ?? '') || /^(-f|--filename)=-$/.test(w) || w === '-f-');
  const kept: string[] = [];
  const made: string[] = [];
  let notUtf8: string | undefined;
  const r = runKubectl(words, {
    state: objects,
    kubeadm: !state,
    now: io.now?.() ?? new Date(),
    stdin: wantsStdin ? io.stdin().toString('utf8') : '',
    readFile: (p) => {
      let bytes: Buffer;
      try { bytes = readFileSync(resolve(cwd, p)); } catch { return undefined; }
      const text = decodeManifest(bytes, p);
      if (text.ok) return text.text;
      notUtf8 ??= p;
      return bytes.toString('utf8');
    },
    listDir: (p) => { try { return statSync(resolve(cwd, p)).isDirectory() ? readdirSync(resolve(cwd, p)) : undefined; } catch { return undefined; } },
    editor: (text, info) => { const a = kubectlEditor(env, text, info.extension); if ('path' in a) made.push(a.path); return a; },
  });
  // go-yaml refuses a file that is not UTF-8 before anything is sent to the API server
  if (notUtf8 !== undefined) {
    for (const f of made) rmSync(dirname(f), { recursive: true, force: true });
    return { stdout: '', stderr: `error: error parsing ${notUtf8}: error converting YAML to JSON: yaml: invalid leading UTF-8 octet\n`, exitCode: 1 };
  }
  // kubectl keeps the temp file only when it says so ("A copy of your changes has been stored to ...")
  for (const f of made) if (r.stderr.includes(f)) kept.push(f); else rmSync(dirname(f), { recursive: true, force: true });
  if (write && state && state !== '-' && r.changed && r.exitCode === 0) {
    const saved = saveState(resolve(cwd, state), r.state);
    if (saved) return { stdout: r.stdout, stderr: r.stderr + `kubeprep: ${saved}\n`, exitCode: 2 };
  }
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

/**
 * kubectl edit's editor (cli/editor.ts: KUBE_EDITOR, else EDITOR, else vi, split on spaces, no
 * shell), its file named as kubectl names it, with editor.go's error texts.
 */
function kubectlEditor(env: Record<string, string | undefined>, text: string, extension: string): { text: string; path: string } | { error: string } {
  const r = launchEditor(text, `kubectl-edit-${randomDigits()}${extension}`, { env, keep: true });
  if (!('error' in r)) return r;
  const command = editorCommand(env).join(' ');
  return { error: r.error.startsWith('unable to launch') ? `unable to launch the editor "${command}"` : `there was a problem with the editor "${command}"` };
}

function randomDigits(): string {
  return String(Math.floor(1e9 + Math.random() * 9e9));
}

/** The user's objects as multi-document YAML, written to a temp file and renamed over FILE. */
function saveState(file: string, objects: KObject[]): string | undefined {
  const text = objects.map((o) => toGoYaml(o)).join('---\n');
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
    return undefined;
  } catch (e) {
    rmSync(tmp, { force: true });
    return `cannot write ${file}: ${(e as Error).message}`;
  }
}
