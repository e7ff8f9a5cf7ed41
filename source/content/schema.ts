// The schemas of the three kinds of content file (DESIGN.md "Content formats"; the examples in
// shared/examples illustrate them). Every field is known: an unknown one is a problem, so a
// typo never silently drops a check or a hint.
import { isScalar, isSeq } from 'yaml';
import { readTask, TASK_FIELDS, type FileSource } from './task.js';
import { asFields, describeNode, index, readNumber, type Fields, type N, type Reader } from './yaml-read.js';
import { DEFAULT_PASS_MARK, TOPICS, type Lesson, type Pack, type Question, type Scenario, type Section } from './types.js';

// Ids are what the command line takes (`kubeprep scenario svc-selector-typo`): DNS-label-like.
const ID = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function readId(r: Reader, f: Fields, key = 'id'): string | undefined {
  const id = f.str(key, { required: true });
  if (id !== undefined && !ID.test(id)) {
    r.problem(f.value(key), f.at(key), `expected lower-case letters, digits and '-' (such as svc-selector-typo), found ${JSON.stringify(id)}`);
    return undefined;
  }
  return id;
}

// ---- Lesson ----------------------------------------------------------------------------------

export function readLesson(r: Reader, f: Fields, files: FileSource): Omit<Lesson, 'file'> | undefined {
  f.only(['kind', 'id', 'title', 'topic', 'sections', 'quiz']);
  const id = readId(r, f);
  const title = f.str('title', { required: true });
  const topic = f.str('topic', { required: true, oneOf: TOPICS });
  const sections = readSections(r, f);
  const quiz = readQuiz(r, f, files);
  if (id === undefined || title === undefined || topic === undefined || !sections || !quiz) return undefined;
  return { kind: 'Lesson', id, title, topic: topic as Lesson['topic'], sections, quiz };
}

function readSections(r: Reader, f: Fields): Section[] | undefined {
  const seq = f.seq('sections', { required: true, min: 1 });
  if (!seq) return undefined;
  const out: Section[] = [];
  let ok = true;
  seq.items.forEach((item, i) => {
    const s = asFields(r, item as N, index(f.at('sections'), i));
    if (!s) { ok = false; return; }
    s.only(['heading', 'body']);
    const heading = s.str('heading', { required: true }), body = s.str('body', { required: true });
    if (heading === undefined || body === undefined) { ok = false; return; }
    out.push({ heading, body });
  });
  return ok ? out : undefined;
}

const QUESTION_KINDS = ['single', 'multiple', 'command'] as const;

function readQuiz(r: Reader, f: Fields, files: FileSource): Question[] | undefined {
  const seq = f.seq('quiz', { required: true, min: 1 });
  if (!seq) return undefined;
  const out: Question[] = [];
  const ids = new Map<string, number>();
  let ok = true;
  seq.items.forEach((item, i) => {
    const path = index(f.at('quiz'), i);
    const q = asFields(r, item as N, path);
    if (!q) { ok = false; return; }
    const kind = q.str('kind', { required: true, oneOf: QUESTION_KINDS }) as (typeof QUESTION_KINDS)[number] | undefined;
    const common = ['id', 'kind', 'question', 'explain'];
    if (kind === 'command') q.only([...common, ...TASK_FIELDS]);
    else if (kind !== undefined) q.only([...common, 'choices', 'answer']);
    const id = readId(r, q);
    if (id !== undefined) {
      if (ids.has(id)) { r.problem(q.value('id'), q.at('id'), `duplicate question id "${id}" (also quiz[${ids.get(id)}])`); ok = false; }
      else ids.set(id, i);
    }
    const question = q.str('question', { required: true });
    const explain = q.str('explain', { required: true });
    const where = r.where(item as N, path);
    if (kind === 'command') {
      const task = readTask(r, q, files);
      if (!task || id === undefined || question === undefined || explain === undefined) { ok = false; return; }
      out.push({ kind, id, question, explain, where, ...task });
      return;
    }
    if (kind === undefined) { ok = false; return; }
    const choices = q.strings('choices', { required: true, min: 2 });
    const answer = readAnswer(r, q, kind, choices?.length);
    if (!choices || answer === undefined || id === undefined || question === undefined || explain === undefined) { ok = false; return; }
    if (kind === 'single') out.push({ kind, id, question, explain, where, choices, answer: answer as number });
    else out.push({ kind, id, question, explain, where, choices, answer: answer as number[] });
  });
  return ok ? out : undefined;
}

function readAnswer(r: Reader, q: Fields, kind: 'single' | 'multiple', count: number | undefined): number | number[] | undefined {
  if (!q.has('answer')) return q.missing('answer');
  const node = q.value('answer');
  const max = count !== undefined ? count - 1 : undefined;
  const opts = { integer: true, min: 0, ...(max !== undefined ? { max } : {}) };
  if (kind === 'single') {
    if (!isScalar(node) || typeof node.value !== 'number') {
      r.problem(node, q.at('answer'), `expected the index of the right choice (0 is the first), found ${describeNode(node)}`, { fallback: q.keyNode('answer') });
      return undefined;
    }
    return readNumber(r, node, q.at('answer'), opts);
  }
  if (!isSeq(node) || node.items.length === 0) {
    r.problem(node, q.at('answer'), `expected a list of the indexes of the right choices (0 is the first), found ${describeNode(node)}`, { fallback: q.keyNode('answer') });
    return undefined;
  }
  const out: number[] = [];
  let ok = true;
  node.items.forEach((item, i) => {
    const v = readNumber(r, item as N, index(q.at('answer'), i), opts, node);
    if (v === undefined) { ok = false; return; }
    if (out.includes(v)) { r.problem(item as N, index(q.at('answer'), i), `choice ${v} is listed twice`); ok = false; return; }
    out.push(v);
  });
  return ok ? out : undefined;
}

// ---- Scenario --------------------------------------------------------------------------------

export function readScenario(r: Reader, f: Fields, files: FileSource): Omit<Scenario, 'file'> | undefined {
  f.only(['kind', 'id', 'title', 'topic', 'difficulty', 'weight', 'minutes', 'task', 'hints', 'explain', ...TASK_FIELDS]);
  const id = readId(r, f);
  const title = f.str('title', { required: true });
  const topic = f.str('topic', { required: true, oneOf: TOPICS });
  const difficulty = f.num('difficulty', { required: true, integer: true, min: 1, max: 5 });
  const weight = f.num('weight', { required: true, min: 0, exclusiveMin: true });
  const minutes = f.num('minutes', { required: true, min: 0, exclusiveMin: true });
  const task = f.str('task', { required: true });
  const hints = f.strings('hints', { required: true, min: 1 });
  if (hints && hints.length !== 3) r.problem(f.value('hints'), f.at('hints'), `${hints.length} hint${hints.length === 1 ? '' : 's'}: three are recommended, in increasing strength`, { warning: true });
  const explain = f.str('explain', { required: true });
  const t = readTask(r, f, files);
  if (id === undefined || title === undefined || topic === undefined || difficulty === undefined || weight === undefined
    || minutes === undefined || task === undefined || !hints || explain === undefined || !t) return undefined;
  return { kind: 'Scenario', id, title, topic: topic as Scenario['topic'], difficulty, weight, minutes, task, hints, explain, ...t };
}

// ---- Pack ------------------------------------------------------------------------------------

/** A pack before its tasks are resolved to scenarios (the loader does that, across files). */
export interface PackDraft extends Omit<Pack, 'file' | 'tasks'> {
  tasks: Array<{ scenario: string; weight?: number; where: Pack['tasks'][number]['where'] }>;
}

export function readPack(r: Reader, f: Fields): PackDraft | undefined {
  f.only(['kind', 'id', 'title', 'minutes', 'passMark', 'tasks']);
  const id = readId(r, f);
  const title = f.str('title', { required: true });
  const minutes = f.num('minutes', { required: true, min: 0, exclusiveMin: true });
  const passMark = f.has('passMark') ? f.num('passMark', { min: 0, max: 100 }) : DEFAULT_PASS_MARK;
  const seq = f.seq('tasks', { required: true, min: 1 });
  const tasks: PackDraft['tasks'] = [];
  let ok = !!seq;
  seq?.items.forEach((item, i) => {
    const path = index(f.at('tasks'), i);
    const t = asFields(r, item as N, path);
    if (!t) { ok = false; return; }
    if (!t.only(['scenario', 'weight'])) { ok = false; return; }
    const scenario = t.str('scenario', { required: true });
    const weight = t.num('weight', { min: 0, exclusiveMin: true });
    if (scenario === undefined || (t.has('weight') && weight === undefined)) { ok = false; return; }
    tasks.push({ scenario, ...(weight !== undefined ? { weight } : {}), where: r.where(t.pointer('scenario'), t.at('scenario')) });
  });
  if (id === undefined || title === undefined || minutes === undefined || passMark === undefined || !ok) return undefined;
  return { kind: 'Pack', id, title, minutes, passMark, tasks };
}
