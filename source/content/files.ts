// The files content refers to: setups beside a scenario, scenarios beside a pack. A reference
// is a relative path that stays inside the referring file's folder (an instructor's pack is a
// folder that can be handed around; it cannot reach into the rest of the disk).
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

export type Resolved = { ok: true; path: string } | { ok: false; error: string };

export function resolveInside(fromFile: string, ref: string): Resolved {
  if (isAbsolute(ref) || /^[A-Za-z]:[\\/]/.test(ref) || ref.startsWith('\\') || ref.startsWith('~'))
    return { ok: false, error: `"${ref}" is an absolute path; name a file inside this file's folder, relative to it` };
  if (ref.split(/[\\/]/).includes('..'))
    return { ok: false, error: `"${ref}" leaves this file's folder (".."): content may only refer to files inside its own folder` };
  const folder = dirname(resolve(fromFile));
  const path = resolve(folder, ref);
  // a symbolic link inside the folder must not lead outside it either
  try {
    const real = realpathSync(path), realFolder = realpathSync(folder);
    const rel = relative(realFolder, real);
    if (rel.startsWith('..') || isAbsolute(rel)) return { ok: false, error: `"${ref}" leads outside this file's folder (through a symbolic link)` };
  } catch { /* a missing file is reported by whoever reads it */ }
  return { ok: true, path };
}

/** How a path is shown: relative to the current folder when it is below it, else absolute. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const abs = resolve(path);
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : abs;
}
