// Running the learner's editor, as kubectl's editor.go does: KUBE_EDITOR, else EDITOR, else
// vi; the value is split on spaces and run WITHOUT a shell with the file appended, so a file
// name with spaces or `;` stays a file name. The file sits in a private temp folder (0700,
// file 0600) that is removed afterwards.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function editorCommand(env: Record<string, string | undefined> = process.env): string[] {
  // a value of only spaces names no program (spawning '' would throw): take the next one
  const value = [env.KUBE_EDITOR, env.EDITOR].find((v) => v !== undefined && v.trim() !== '') ?? 'vi';
  return value.trim().split(/ +/);
}

export type EditResult = { text: string; path: string } | { error: string };

/**
 * Writes `text` to a temp file named `fileName`, runs the editor on it with the terminal
 * (stdio inherited) and returns what was saved. `keep` leaves the file for the caller.
 */
export function launchEditor(text: string, fileName: string, opts: { env?: Record<string, string | undefined>; keep?: boolean } = {}): EditResult {
  const command = editorCommand(opts.env);
  const dir = mkdtempSync(join(tmpdir(), 'kubeprep-edit-'));
  const file = join(dir, fileName);
  // `keep` keeps the file of an edit that happened; a failed launch leaves nothing behind
  let failed = true;
  const drop = () => { if (!opts.keep || failed) rmSync(dir, { recursive: true, force: true }); };
  try {
    writeFileSync(file, text, { mode: 0o600 });
    const r = spawnSync(command[0]!, [...command.slice(1), file], { stdio: 'inherit' });
    if (r.error) return { error: (r.error as NodeJS.ErrnoException).code === 'ENOENT' ? `unable to launch the editor "${command.join(' ')}" (set EDITOR)` : `there was a problem with the editor "${command.join(' ')}"` };
    if (r.status !== 0) return { error: `the editor "${command.join(' ')}" exited with status ${r.status ?? r.signal}; nothing was changed` };
    let edited: string;
    try { edited = readFileSync(file, 'utf8'); }
    catch { return { error: `the editor "${command.join(' ')}" left no file to read; nothing was changed` }; }
    failed = false;
    return { text: edited, path: file };
  } finally { drop(); }
}
