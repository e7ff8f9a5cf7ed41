// `-f FILE|DIR|-` as kubectl's resource builder reads it (cli-runtime resource.FilenameParam,
// ExpandPathsToFileVisitors): "-" is stdin; a directory contributes its .json, .yaml and .yml
// files in name order (its subdirectories only with -R); a file is read whatever its name.
// Reading goes through the environment, so the emulator stays pure.
import type { KObject } from '../../sim/types.js';
import { parseManifests } from '../../sim/loader.js';
import { failure, type KubectlResult } from '../result.js';

export interface FileAccess {
  /** The text of a file, or undefined when there is no such file. */
  readFile?: (path: string) => string | undefined;
  /** The names in a directory, or undefined when the path is not a directory. */
  listDir?: (path: string) => string[] | undefined;
  stdin?: string;
}

export interface SourcedObject { object: KObject; /** the path as given ("-" for stdin, "STDIN" in messages) */ source: string }

const EXTENSIONS = ['.json', '.yaml', '.yml'];

export function readObjects(paths: string[], fs: FileAccess, recursive: boolean): { ok: true; objects: SourcedObject[] } | { ok: false; result: KubectlResult } {
  const objects: SourcedObject[] = [];
  for (const path of paths) {
    if (path === '-') {
      const parsed = parse(fs.stdin ?? '', 'STDIN');
      if (!parsed.ok) return parsed;
      objects.push(...parsed.objects.map((object) => ({ object, source: 'STDIN' })));
      continue;
    }
    if (/^https?:\/\//.test(path)) return { ok: false, result: failure(`reading ${path} is not available in kubeprep's kubectl emulator (no network)`) };
    const files = expand(path, fs, recursive);
    if (!files) return { ok: false, result: failure(`the path "${path}" does not exist`) };
    for (const file of files) {
      const text = fs.readFile?.(file);
      if (text === undefined) return { ok: false, result: failure(`the path "${file}" does not exist`) };
      const parsed = parse(text, file);
      if (!parsed.ok) return parsed;
      objects.push(...parsed.objects.map((object) => ({ object, source: file })));
    }
  }
  return { ok: true, objects };
}

function expand(path: string, fs: FileAccess, recursive: boolean, top = true): string[] | undefined {
  const entries = fs.listDir?.(path);
  if (entries === undefined) {
    if (!top) return EXTENSIONS.some((e) => path.endsWith(e)) ? [path] : [];
    return fs.readFile?.(path) === undefined ? undefined : [path];
  }
  const out: string[] = [];
  for (const name of [...entries].sort()) {
    const child = path.endsWith('/') ? `${path}${name}` : `${path}/${name}`;
    if (fs.listDir?.(child) !== undefined) { if (recursive) out.push(...(expand(child, fs, recursive, false) ?? [])); continue; }
    if (EXTENSIONS.some((e) => name.endsWith(e))) out.push(child);
  }
  return out;
}

function parse(text: string, source: string): { ok: true; objects: KObject[] } | { ok: false; result: KubectlResult } {
  const parsed = parseManifests(text, source);
  if (parsed.ok) return parsed;
  const e = parsed.error;
  if (/has no "kind"/.test(e.message))
    return { ok: false, result: failure(`error validating "${source}": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false`) };
  return { ok: false, result: failure(`error parsing ${source}: error converting YAML to JSON: yaml: line ${e.line}: ${e.message.split('\n')[0]}`) };
}
