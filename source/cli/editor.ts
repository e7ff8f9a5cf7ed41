// Running the learner's editor, as kubectl's editor.go does: KUBE_EDITOR, else EDITOR, else
// vi; the value is split on spaces and run WITHOUT a shell with the file appended, so a file
// name with spaces or `;` stays a file name. The file sits in a private temp folder (0700,
// file 0600) that is removed afterwards.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function editorCommand(env: Record<string, string | undefined> = process.env): string[] {
  return (env.KUBE_EDITOR || env.EDITOR || 'vi').trim().split(/ +/);
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
  const drop = () => { if (!opts.keep) rmSync(dir, { recursive: true, force: true }); };
  try {
    writeFileSync(file, text, { mode: 0o600 });
    const r = spawnSync(command[0]!, [...command.slice(1), file], { stdio: 'inherit' });
    if (r.error) return { error: (r.error as NodeJS.ErrnoException).code === 'ENOENT' ? `unable to launch the editor "${command.join(' ')}" (set EDITOR)` : `there was a problem with the editor "${command.join(' ')}"` };
    if (r.status !== 0) return { error: `the editor "${command.join(' ')}" exited with status ${r.status ?? r.signal}; nothing was changed` };
    return { text: readFileSync(file, 'utf8'), path: file };
  } finally { drop(); }
}
