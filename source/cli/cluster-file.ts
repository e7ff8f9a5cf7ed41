// Reads the cluster files a command names (`-f FILE`, `-f -` for stdin), in order, into
// API objects. Every failure is a one-line message naming the file (and line:column for
// YAML), for exit 2 (DESIGN.md: "unreadable input").
import { readFileSync, statSync } from 'node:fs';
import { decodeManifest, formatLoadError, parseManifests } from '../sim/loader.js';
import type { KObject } from '../sim/types.js';

// A 10 MB cluster must be answered; far larger files are refused before they are read.
const MAX_BYTES = 64 * 1024 * 1024;

export function readClusterFiles(paths: string[], readStdin: () => Buffer = () => readFileSync(0)): { ok: true; objects: KObject[] } | { ok: false; message: string } {
  const objects: KObject[] = [];
  for (const path of paths) {
    const name = path === '-' ? '<stdin>' : path;
    let bytes: Buffer;
    try {
      if (path !== '-') {
        const st = statSync(path);
        if (st.isDirectory()) return { ok: false, message: `${path} is a directory; give a cluster file (-f FILE)` };
        if (st.size > MAX_BYTES) return { ok: false, message: `${path} is ${(st.size / 1048576).toFixed(0)} MB; kubeprep reads cluster files of up to ${MAX_BYTES / 1048576} MB` };
      }
      bytes = path === '-' ? readStdin() : readFileSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
      return { ok: false, message: `cannot read ${name}: ${why}` };
    }
    const text = decodeManifest(bytes, name);
    if (!text.ok) return { ok: false, message: formatLoadError(text.error) };
    const parsed = parseManifests(text.text, name);
    if (!parsed.ok) return { ok: false, message: formatLoadError(parsed.error) };
    objects.push(...parsed.objects);
  }
  return { ok: true, objects };
}
