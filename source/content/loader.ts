// Loads lessons, scenarios and packs from files and folders (DESIGN.md "Content formats").
// Every problem is a value naming FILE:LINE:COL and the field; a broken file never stops the
// others from loading (it is left out, its problems are reported). Content is data: nothing
// in it is run here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isAlias, isMap, LineCounter, parseAllDocuments, visit, type Document } from 'yaml';
import { decodeManifest } from '../sim/loader.js';
import { displayPath, resolveInside } from './files.js';
import { readLesson, readPack, readScenario, type PackDraft } from './schema.js';
import type { FileSource } from './task.js';
import { asFields, describeNode, scalarValue, suggest, Reader, type N } from './yaml-read.js';
import type { ContentSet, Lesson, Pack, Problem, Scenario, Where } from './types.js';

export interface LoadOptions {
  /** Scenarios a pack may name by id besides the loaded ones (the built-in scenarios). */
  catalog?: readonly Scenario[];
}

const CONTENT_KINDS = ['Lesson', 'Scenario', 'Pack'] as const;
// A content file is small; this keeps a mistaken `content validate /` from reading a disk image.
const MAX_BYTES = 4 * 1024 * 1024;

type FileResult =
  | { kind: 'Lesson'; item?: Lesson; idWhere?: Where; problems: Problem[] }
  | { kind: 'Scenario'; item?: Scenario; idWhere?: Where; problems: Problem[] }
  | { kind: 'Pack'; draft?: PackDraft; idWhere?: Where; problems: Problem[] }
  /** Not a content file: fine when some content uses it as a setup, a problem otherwise. */
  | { kind: 'other'; problem: Problem; problems: Problem[] }
  /** Meant as content, but not readable as YAML (or not as one plain document). */
  | { kind: 'broken'; problems: Problem[] };

export function loadContent(paths: readonly string[], opts: LoadOptions = {}): ContentSet {
  const problems: Problem[] = [];
  const files: string[] = [];
  for (const p of paths) collectFiles(p, files, problems);

  const results = new Map<string, FileResult>();
  const setupFiles = new Set<string>();
  const source: FileSource = {
    read: readBytes,
    usedAsSetup: (path) => { setupFiles.add(resolve(path)); },
  };
  const load = (abs: string): FileResult => {
    let r = results.get(abs);
    if (!r) { r = loadFile(abs, source); results.set(abs, r); }
    return r;
  };
  for (const f of files) load(f);
  const scanned = new Set(files);

  // Packs name scenarios by id or by a path inside their folder; a path loads that file too.
  const packs: Array<{ draft: PackDraft; file: string }> = [];
  for (const [abs, r] of [...results]) if (r.kind === 'Pack' && r.draft) packs.push({ draft: r.draft, file: abs });
  const byPath = new Map<string, Scenario>();
  const packProblems: Problem[] = [];
  const resolvedPacks: Array<{ draft: PackDraft; file: string; ids: Array<string | undefined> }> = [];
  for (const { draft, file } of packs) {
    const ids = draft.tasks.map((t) => {
      if (!isPathRef(t.scenario)) return t.scenario;
      const ref = resolveInside(file, t.scenario);
      if (!ref.ok) { packProblems.push({ ...t.where, message: ref.error }); return undefined; }
      const r = load(ref.path);
      if (r.kind === 'broken') { packProblems.push({ ...t.where, message: `task ${JSON.stringify(t.scenario)}: the file has problems (listed for ${displayPath(ref.path)})` }); return undefined; }
      if (r.kind !== 'Scenario') {
        const why = r.kind === 'other' ? (r.problem.message.startsWith('cannot read') ? r.problem.message : 'it is not a scenario (kind: Scenario)') : `it is a ${r.kind}, not a Scenario`;
        packProblems.push({ ...t.where, message: `task ${JSON.stringify(t.scenario)}: ${why}` });
        return undefined;
      }
      if (!r.item) { packProblems.push({ ...t.where, message: `task ${JSON.stringify(t.scenario)}: the scenario has problems (listed for ${displayPath(ref.path)})` }); return undefined; }
      byPath.set(ref.path, r.item);
      return r.item.id;
    });
    resolvedPacks.push({ draft, file, ids });
  }

  const lessons: Lesson[] = [];
  const scenarios: Scenario[] = [];
  const lessonIds = new Map<string, string>(), scenarioIds = new Map<string, string>(), packIds = new Map<string, string>();
  const duplicate = (seen: Map<string, string>, id: string, where: Where | undefined, file: string, what: string): boolean => {
    const first = seen.get(id);
    if (first === undefined) { seen.set(id, file); return false; }
    problems.push({ ...(where ?? { file: displayPath(file), line: 1, col: 1, path: 'id' }), message: `duplicate ${what} id "${id}" (also in ${displayPath(first)})` });
    return true;
  };
  for (const [abs, r] of results) {
    problems.push(...r.problems);
    if (r.kind === 'Lesson' && r.item && !duplicate(lessonIds, r.item.id, r.idWhere, abs, 'lesson')) lessons.push(r.item);
    if (r.kind === 'Scenario' && r.item && !duplicate(scenarioIds, r.item.id, r.idWhere, abs, 'scenario')) scenarios.push(r.item);
    // a file a pack names is reported at the pack's line; a scanned one on its own
    if (r.kind === 'other' && !setupFiles.has(abs) && scanned.has(abs)) problems.push(r.problem);
  }
  problems.push(...packProblems);

  const catalog = new Map<string, Scenario>();
  for (const s of opts.catalog ?? []) catalog.set(s.id, s);
  for (const s of scenarios) catalog.set(s.id, s);
  const packsOut: Pack[] = [];
  for (const { draft, file, ids } of resolvedPacks) {
    const r = results.get(file)! as Extract<FileResult, { kind: 'Pack' }>;
    let ok = ids.every((id) => id !== undefined);
    const tasks: Pack['tasks'] = [];
    draft.tasks.forEach((t, i) => {
      const id = ids[i];
      if (id === undefined) return;
      const s = isPathRef(t.scenario) ? [...byPath.values()].find((x) => x.id === id) : catalog.get(id);
      if (!s) {
        problems.push({ ...t.where, message: `no scenario with id "${id}"${suggest(id, [...catalog.keys()])}; name a built-in scenario by id or a scenario file inside the pack's folder (such as tasks/ingress.yaml)` });
        ok = false;
        return;
      }
      tasks.push({ scenario: t.scenario, scenarioId: s.id, weight: t.weight ?? s.weight, where: t.where });
    });
    if (!ok) continue;
    if (duplicate(packIds, draft.id, r.idWhere, file, 'pack')) continue;
    packsOut.push({ ...draft, tasks, file });
  }

  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col));
  return { lessons, scenarios, packs: packsOut, problems };
}

/** A pack's task names a file (`tasks/ingress.yaml`) rather than a built-in id. */
function isPathRef(ref: string): boolean {
  return ref.includes('/') || ref.includes('\\') || /\.(ya?ml|json)$/i.test(ref);
}

function collectFiles(path: string, out: string[], problems: Problem[]): void {
  let st;
  try { st = statSync(path); } catch (e) {
    problems.push({ file: displayPath(path), line: 1, col: 1, path: '', message: `cannot read: ${errno(e)}` });
    return;
  }
  if (!st.isDirectory()) { out.push(resolve(path)); return; }
  let names: string[];
  try { names = readdirSync(path).sort(); } catch (e) {
    problems.push({ file: displayPath(path), line: 1, col: 1, path: '', message: `cannot read the folder: ${errno(e)}` });
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const child = join(path, name);
    let isDir = false;
    try { isDir = statSync(child).isDirectory(); } catch { continue; }
    if (isDir) collectFiles(child, out, problems);
    else if (/\.ya?ml$/i.test(name)) out.push(resolve(child));
  }
}

function errno(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
}

function readBytes(path: string): { ok: true; bytes: Uint8Array } | { ok: false; message: string } {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, message: 'it is a folder' };
    if (st.size > MAX_BYTES) return { ok: false, message: `it is ${(st.size / 1048576).toFixed(1)} MB; content files are at most ${MAX_BYTES / 1048576} MB` };
    return { ok: true, bytes: readFileSync(path) };
  } catch (e) {
    return { ok: false, message: errno(e) };
  }
}

/** One file: parsed, classified by its `kind`, and read against that kind's schema. */
export function loadFile(abs: string, files: FileSource = { read: readBytes, usedAsSetup: () => {} }): FileResult {
  const file = displayPath(abs);
  const at = (message: string, line = 1, col = 1): Problem => ({ file, line, col, path: '', message });
  const bytes = files.read(abs);
  if (!bytes.ok) { const p = at(`cannot read: ${bytes.message}`); return { kind: 'other', problem: p, problems: [] }; }
  const text = decodeManifest(bytes.bytes, file);
  if (!text.ok) { const p = { ...text.error, path: '' }; return { kind: 'other', problem: p, problems: [] }; }
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text.text, { lineCounter, prettyErrors: false, uniqueKeys: true }) as Document.Parsed[];
  const list = Array.isArray(docs) ? docs : [docs as unknown as Document.Parsed];
  const r = new Reader(file, lineCounter, text.text, abs);
  const first = list.find((d) => d.contents !== null) ?? list[0];
  const syntax = list.flatMap((d) => d.errors).map((e) => { const pos = lineCounter.linePos(e.pos[0]); return at(yamlMessage(e.message), pos.line, pos.col); });
  // Classify by the first document's kind; a file that does not parse may still be meant as content.
  const top = first?.contents as N;
  const kind = isMap(top) ? scalarValue(top.get('kind', true) as N) : undefined;
  const isContent = typeof kind === 'string' && (CONTENT_KINDS as readonly string[]).includes(kind);
  if (syntax.length) {
    if (isContent || !looksLikeManifest(top)) return { kind: 'broken', problems: syntax };
    return { kind: 'other', problem: syntax[0]!, problems: [] };
  }
  if (!isContent) {
    const problem = !isMap(top)
      ? r.where(top, '')
      : r.where(top.get('kind', true) as N ?? top, 'kind');
    const found = !isMap(top) ? describeNode(top) : kind === undefined ? 'no kind' : typeof kind === 'string' ? `kind: ${kind}${suggest(kind, CONTENT_KINDS)}` : `kind ${describeNode(top.get('kind', true) as N)}`;
    const msg = `expected a content file (kind: Lesson, Scenario or Pack), found ${found}; a setup file must be named by a scenario's or a question's setup`;
    return { kind: 'other', problem: { ...problem, message: msg }, problems: [] };
  }
  if (list.filter((d) => d.contents !== null).length > 1) {
    const second = list.filter((d) => d.contents !== null)[1]!;
    const pos = lineCounter.linePos(second.contents!.range?.[0] ?? 0);
    return { kind: 'broken', problems: [at('a content file holds one YAML document (remove the "---" and what follows, or split the file)', pos.line, pos.col)] };
  }
  let aliased = false;
  visit(first!, { Alias(_, node) { if (!aliased) r.problem(node, '', 'anchors and aliases (*name) are not supported in content files: write the value out'); aliased = true; return visit.BREAK; } });
  if (aliased) return { kind: 'broken', problems: r.problems };
  const f = asFields(r, top, '')!;
  const idNode = f.value('id');
  const idWhere = idNode && !isAlias(idNode) ? r.where(idNode, 'id') : undefined;
  switch (kind) {
    case 'Lesson': {
      const l = readLesson(r, f, files);
      return { kind, ...(l && !hasErrors(r) ? { item: { ...l, file: abs } } : {}), ...(idWhere ? { idWhere } : {}), problems: r.problems };
    }
    case 'Scenario': {
      const s = readScenario(r, f, files);
      return { kind, ...(s && !hasErrors(r) ? { item: { ...s, file: abs } } : {}), ...(idWhere ? { idWhere } : {}), problems: r.problems };
    }
    default: {
      const p = readPack(r, f);
      return { kind: 'Pack', ...(p && !hasErrors(r) ? { draft: p } : {}), ...(idWhere ? { idWhere } : {}), problems: r.problems };
    }
  }
}

const hasErrors = (r: Reader): boolean => r.problems.some((p) => p.severity !== 'warning');

/** A document that looks like Kubernetes objects (apiVersion and kind), i.e. a setup file. */
function looksLikeManifest(top: N): boolean {
  return isMap(top) && top.has('apiVersion');
}

/** The yaml package's messages end with a code excerpt when prettyErrors is on; ours are one line. */
function yamlMessage(m: string): string {
  return m.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
