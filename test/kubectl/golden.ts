// Reads a golden recorded by scripts/record-kubectl-goldens.sh from the real kubectl v1.32:
// the argv, the exit code and stdout/stderr byte for byte.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Golden { name: string; argv: string[]; exit: number; stdout: string; stderr: string }

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'goldens');

export function loadGolden(name: string): Golden {
  const buf = fs.readFileSync(path.join(dir, `${name}.txt`));
  let pos = 0;
  const line = (): string => {
    const end = buf.indexOf(0x0a, pos);
    const text = buf.subarray(pos, end).toString('utf8');
    pos = end + 1;
    return text;
  };
  let argv: string[] | undefined;
  let exit: number | undefined;
  let header = line();
  while (!header.startsWith('stdout: ')) {
    if (header.startsWith('argv: ')) argv = JSON.parse(header.slice(6));
    else if (header.startsWith('exit: ')) exit = Number(header.slice(6));
    header = line();
  }
  // "stdout: N bytes", N bytes, a separator newline; the same for stderr
  const body = (h: string): string => {
    const n = Number(/^\w+: (\d+) bytes$/.exec(h)![1]);
    const text = buf.subarray(pos, pos + n).toString('utf8');
    pos += n + 1;
    return text;
  };
  const stdout = body(header);
  const stderr = body(line());
  return { name, argv: argv!, exit: exit!, stdout, stderr };
}

export function goldenNames(prefix: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.startsWith(prefix) && f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
}

/** klog headers carry the time and a thread id: compare them as a shape. */
export function normalizeKlog(text: string): string {
  return text.replace(/^([IWE])\d{4} \d{2}:\d{2}:\d{2}\.\d{6} +\d+ /gm, '$1MMDD hh:mm:ss.uuuuuu THREAD ');
}
