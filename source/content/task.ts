// What scenarios and command questions share: the setup cluster (inline YAML or a file beside
// the content file), `kubeadm: true`, the checks, and the solution lines.
import { isScalar, type Scalar } from 'yaml';
import { decodeManifest, parseManifests } from '../sim/loader.js';
import { readChecks } from './checks.js';
import { displayPath, resolveInside } from './files.js';
import { splitShellWords } from './shell-words.js';
import { asFields, describeNode, index, type Fields, type N, type Reader } from './yaml-read.js';
import type { Setup, SolutionStep, Task } from './types.js';

export interface FileSource {
  /** The bytes of a file, or why they cannot be read. */
  read(path: string): { ok: true; bytes: Uint8Array } | { ok: false; message: string };
  /** Called for every setup file a content file names, so it is not taken for stray content. */
  usedAsSetup(path: string): void;
}

export const TASK_FIELDS = ['setup', 'kubeadm', 'checks', 'solution'] as const;

export function readTask(r: Reader, f: Fields, files: FileSource): Task | undefined {
  const setup = readSetup(r, f, files);
  const kubeadm = f.bool('kubeadm');
  const checks = readChecks(r, f);
  const solution = readSolution(r, f);
  if (!setup || !checks || !solution || (f.has('kubeadm') && kubeadm === undefined)) return undefined;
  return { setup, kubeadm: kubeadm ?? false, checks, solution };
}

/** A single-line value naming a YAML or JSON file is a path; anything else is the manifests themselves. */
function looksLikePath(v: string): boolean {
  return !v.includes('\n') && !v.includes(': ') && /\.(ya?ml|json)$/i.test(v.trim());
}

function readSetup(r: Reader, f: Fields, files: FileSource): Setup | undefined {
  if (!f.has('setup')) return f.missing('setup');
  const node = f.value('setup');
  const text = isScalar(node) ? node.value : undefined;
  if (typeof text !== 'string') {
    r.problem(node, f.at('setup'), `expected the setup's YAML (setup: |) or a file name relative to this file, found ${describeNode(node)}`, { fallback: f.keyNode('setup') });
    return undefined;
  }
  const where = r.where(node, 'setup');
  where.path = f.at('setup');
  if (looksLikePath(text)) {
    const ref = resolveInside(r.path, text.trim());
    if (!ref.ok) { r.problem(node, f.at('setup'), ref.error); return undefined; }
    files.usedAsSetup(ref.path);
    const shown = displayPath(ref.path);
    const read = files.read(ref.path);
    if (!read.ok) { r.problem(node, f.at('setup'), `cannot read the setup file ${shown}: ${read.message}`); return undefined; }
    const decoded = decodeManifest(read.bytes, shown);
    if (!decoded.ok) { r.problems.push({ ...decoded.error, path: '' }); return undefined; }
    const parsed = parseManifests(decoded.text, shown);
    if (!parsed.ok) { r.problems.push({ ...parsed.error, path: '' }); return undefined; }
    return { objects: parsed.objects, file: ref.path, where };
  }
  const parsed = parseManifests(text, r.file);
  if (!parsed.ok) {
    const pos = innerPosition(r, node as Scalar, parsed.error.line, parsed.error.col);
    r.problems.push({ file: r.file, line: pos.line, col: pos.col, path: f.at('setup'), message: parsed.error.message });
    return undefined;
  }
  return { objects: parsed.objects, where };
}

/** Where line:col of a block scalar's text is in the file (`setup: |` content is indented). */
function innerPosition(r: Reader, node: Scalar, line: number, col: number): { line: number; col: number } {
  const start = r.lineCounter.linePos(node.range?.[0] ?? 0);
  if (node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') return start;
  const lines = r.source.split('\n');
  // lines[] is 0-based, so lines[start.line] is the line after the `|` header
  let indent = 0;
  for (let i = start.line; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trim() === '') continue;
    indent = l.length - l.trimStart().length;
    break;
  }
  return { line: start.line + line, col: col + indent };
}

function readSolution(r: Reader, f: Fields): SolutionStep[] | undefined {
  const seq = f.seq('solution', { required: true, min: 1 });
  if (!seq) return undefined;
  const steps: SolutionStep[] = [];
  let ok = true;
  seq.items.forEach((item, i) => {
    const path = index(f.at('solution'), i);
    const node = item as N;
    const where = r.where(node, path);
    if (isScalar(node) && typeof node.value === 'string') {
      const line = node.value.trim();
      const split = splitShellWords(line);
      if (!split.ok) { r.problem(node, path, split.error); ok = false; return; }
      const first = split.words[0];
      if (first !== 'kubectl' && first !== 'k') {
        r.problem(node, path, `a solution line is a kubectl command (kubectl … or k …), found ${JSON.stringify(first ?? '')}; a file the candidate writes is {file: NAME, content: |…}`);
        ok = false;
        return;
      }
      steps.push({ kind: 'command', line, words: split.words, where });
      return;
    }
    const fi = asFields(r, node, path);
    if (!fi) { ok = false; return; }
    if (!fi.only(['file', 'content'])) { ok = false; return; }
    const file = fi.str('file', { required: true });
    const content = fi.str('content', { required: true });
    if (file === undefined || content === undefined) { ok = false; return; }
    if (file.startsWith('/') || file.split('/').includes('..') || file.includes('\\')) {
      r.problem(fi.value('file'), fi.at('file'), `expected a file name in the working folder (such as web-svc.yaml), found ${JSON.stringify(file)}`);
      ok = false;
      return;
    }
    steps.push({ kind: 'file', file, content, where });
  });
  return ok ? steps : undefined;
}
