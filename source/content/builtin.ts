// Where the built-in lessons/ and scenarios/ are: beside the package, found by walking up from
// this module (dist/kubeprep.js or dist/chunks/*.js when bundled, source/content/ in tests).
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from './loader.js';
import type { ContentSet } from './types.js';

const isDir = (p: string): boolean => { try { return statSync(p).isDirectory(); } catch { return false; } };

export function builtinContentRoot(from: string = import.meta.url): string | undefined {
  let dir = dirname(fileURLToPath(from));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json')) && (isDir(join(dir, 'lessons')) || isDir(join(dir, 'scenarios')))) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

export interface BuiltinDirs { lessons?: string; scenarios?: string }

export function builtinContentDirs(root = builtinContentRoot()): BuiltinDirs {
  if (!root) return {};
  const out: BuiltinDirs = {};
  if (isDir(join(root, 'lessons'))) out.lessons = join(root, 'lessons');
  if (isDir(join(root, 'scenarios'))) out.scenarios = join(root, 'scenarios');
  return out;
}

/** The built-in lessons and scenarios, loaded (what the tutor lists). */
export function loadBuiltinContent(dirs: BuiltinDirs = builtinContentDirs()): ContentSet {
  return loadContent([dirs.lessons, dirs.scenarios].filter((d): d is string => d !== undefined));
}
