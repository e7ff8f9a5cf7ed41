// Lessons, quizzes, scenarios and packs as the loader gives them (DESIGN.md "Content formats").
// Content is data: nothing here is executed; solutions are kubectl lines a grader replays
// through the kubectl emulator.
import type { KObject } from '../sim/types.js';

/** Where something was written: `FILE:LINE:COL path.to.field`. */
export interface Where { file: string; line: number; col: number; path: string }

/** A problem with a content file, placed as an editor wants it. */
export interface Problem extends Where {
  message: string;
  /** Recommendations (three hints) are warnings: shown, but `content validate` still passes. */
  severity?: 'warning';
}

export const TOPICS = ['services', 'ports', 'labels', 'service-types', 'ingress', 'gateway', 'network-policy', 'dns', 'kube-proxy'] as const;
export type Topic = (typeof TOPICS)[number];
/** The order the tutor lists topics in (as the course teaches them), for lists and summaries. */
export const TOPIC_ORDER: readonly Topic[] = ['services', 'labels', 'ports', 'service-types', 'dns', 'kube-proxy', 'ingress', 'gateway', 'network-policy'];
/** Sorts topic names in TOPIC_ORDER; a name not in it comes last. */
export function byTopicOrder(a: string, b: string): number {
  const rank = (t: string) => (TOPIC_ORDER as readonly string[]).indexOf(t) + 1 || TOPIC_ORDER.length + 1;
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** The cluster a task starts from: inline YAML or a file beside the content file. */
export interface Setup {
  objects: KObject[];
  /** The file the setup was read from, when it is not inline. */
  file?: string;
  where: Where;
}

// ---- checks (DESIGN.md "Check kinds") --------------------------------------------------------

export interface PodSet { namespace: string; selector: string }
/** A port as a pod serves it: a number or the name of a container port. */
export type PodPort = number | string;

interface CheckBase { name?: string; where: Where }
export interface ReachCheck extends CheckBase { kind: 'reach'; from: string; to: string; pods: PodSet; port: PodPort }
export interface DenyCheck extends CheckBase { kind: 'deny'; from: string; to: string }
export interface HttpCheck extends CheckBase {
  kind: 'http';
  url: string;
  headers?: Record<string, string>;
  from?: string;
  /** Exactly one of backend, status and pods. */
  backend?: string;
  status?: number;
  pods?: PodSet;
  port?: PodPort;
}
export interface ObjectCheck extends CheckBase { kind: 'object'; ref: string; path: string; equals: unknown }
/** A guard: the object's spec and labels are as set up. */
export interface UnchangedCheck extends CheckBase { kind: 'unchanged'; ref: string }
export type Check = ReachCheck | DenyCheck | HttpCheck | ObjectCheck | UnchangedCheck;
export type CheckKind = Check['kind'];
export const CHECK_KINDS: CheckKind[] = ['reach', 'deny', 'http', 'object', 'unchanged'];

export const isGuard = (c: Check): boolean => c.kind === 'unchanged';

// ---- solutions -------------------------------------------------------------------------------

/** A line typed at the prompt (`kubectl …` or `k …`), already split as a POSIX shell splits it. */
export interface CommandStep { kind: 'command'; line: string; words: string[]; where: Where }
/** A file the candidate writes before applying it: `{file: NAME, content: |…}`. */
export interface FileStep { kind: 'file'; file: string; content: string; where: Where }
export type SolutionStep = CommandStep | FileStep;

/** What a grader needs to prove or grade a task: the setup, the checks and the solution. */
export interface Task {
  setup: Setup;
  kubeadm: boolean;
  checks: Check[];
  solution: SolutionStep[];
}

// ---- lessons ---------------------------------------------------------------------------------

export interface Section { heading: string; body: string }

interface QuestionBase { id: string; question: string; explain: string; where: Where }
export interface SingleQuestion extends QuestionBase { kind: 'single'; choices: string[]; answer: number }
export interface MultipleQuestion extends QuestionBase { kind: 'multiple'; choices: string[]; answer: number[] }
export interface CommandQuestion extends QuestionBase, Task { kind: 'command' }
export type Question = SingleQuestion | MultipleQuestion | CommandQuestion;

export interface Lesson {
  kind: 'Lesson';
  id: string;
  title: string;
  topic: Topic;
  sections: Section[];
  quiz: Question[];
  file: string;
}

// ---- scenarios -------------------------------------------------------------------------------

export interface Scenario extends Task {
  kind: 'Scenario';
  id: string;
  title: string;
  topic: Topic;
  difficulty: number;
  weight: number;
  minutes: number;
  task: string;
  hints: string[];
  explain: string;
  file: string;
}

// ---- packs -----------------------------------------------------------------------------------

export interface PackTask {
  /** As written: a built-in scenario id or a path inside the pack's folder. */
  scenario: string;
  /** The scenario's id once resolved. */
  scenarioId: string;
  /** The task's weight (the scenario's own when the pack gives none). */
  weight: number;
  where: Where;
}

export interface Pack {
  kind: 'Pack';
  id: string;
  title: string;
  minutes: number;
  /** Percent needed to pass (default 66). */
  passMark: number;
  tasks: PackTask[];
  file: string;
}

export const DEFAULT_PASS_MARK = 66;

export interface ContentSet {
  lessons: Lesson[];
  scenarios: Scenario[];
  packs: Pack[];
  problems: Problem[];
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}${p.path ? ` ${p.path}` : ''}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}
