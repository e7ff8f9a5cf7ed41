// The scenario workspace's state (saved in the progress file after every command, so a
// learner who quits finds the cluster, files, history and hints where they were).
import type { KObject, Hop } from '../sim/types.js';
import type { SolutionStep } from '../content/types.js';
import type { EditorAnswer } from '../kubectl/session.js';

export interface WorkspaceData {
  /** The user's objects, as kubectl left them. */
  objects: KObject[];
  /** The working folder: file name → text. */
  files: Record<string, string>;
  history: string[];
  aliases: Record<string, string>;
  hintsUsed: number;
  /** The solution was shown: the attempt counts as assisted. */
  assisted: boolean;
  solved: boolean;
  /** What the output pane shows, oldest first (capped). */
  log: string[];
  startedAt: string;
  updatedAt: string;
}

export interface CheckOutcome { name: string; pass: boolean; guard: boolean; detail: string; hops: Hop[] }

/** What the workspace needs of a scenario. */
export interface WorkspaceScenario {
  id: string;
  task: string;
  hints: string[];
  explain: string;
  setup: KObject[];
  kubeadm: boolean;
  solution: SolutionStep[];
}

export interface WorkspaceDeps {
  now: () => Date;
  grade: (objects: KObject[], kubeadm: boolean) => CheckOutcome[];
  /** `vim FILE` and friends: edit the text in the learner's editor. */
  editFile?: (name: string, text: string) => { text: string } | { error: string };
  /** `kubectl edit`: as KubectlEnv.editor. */
  kubectlEditor?: (text: string, info: { attempt: number; extension: string }) => EditorAnswer;
  /** A mock exam: hint, trace, solution and done are refused. */
  examMode?: boolean;
}

export interface LineResult {
  ws: WorkspaceData;
  /** Text to append to the output pane. */
  output: string;
  /** The line asks for a confirmation first (reset, solution). */
  confirm?: 'reset' | 'solution';
  clear?: boolean;
  /** `done`: the workspace should show the grade and the explanation. */
  done?: boolean;
}
