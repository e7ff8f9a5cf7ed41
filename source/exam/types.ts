// A mock exam as the progress file keeps it (DESIGN.md "The scenario workspace and the exam"):
// the plan (tasks, weights, minutes, pass mark), the clock as wall-clock times (startedAt,
// deadline), never as a timer in the process, and each task's own workspace.
import type { Topic } from '../content/types.js';
import type { WorkspaceData } from '../workspace/types.js';

export interface ExamTaskPlan {
  scenarioId: string;
  title: string;
  topic: Topic;
  weight: number;
}

export interface ExamPlan {
  title: string;
  /** The pack's id, when the exam came from a pack. */
  packId?: string;
  /** The pack file, so a resumed exam finds a pack's own scenario files again. */
  packFile?: string;
  seed?: number;
  minutes: number;
  passMark: number;
  tasks: ExamTaskPlan[];
}

export interface ExamTaskState extends ExamTaskPlan {
  flagged: boolean;
  /** Time spent on the task so far (ms), not counting the current stretch. */
  spentMs: number;
  workspace: WorkspaceData;
}

export interface CheckLoss {
  name: string;
  pass: boolean;
  guard: boolean;
  /** What was expected and found. */
  detail: string;
  /** The simulator's trace, one line per hop. */
  trace: string[];
}

export interface TaskResult {
  scenarioId: string;
  title: string;
  topic: Topic;
  weight: number;
  earned: number;
  /** 0..100, rounded. */
  percent: number;
  passed: number;
  total: number;
  guardFailed: boolean;
  /** No command was typed for it. */
  skipped: boolean;
  flagged: boolean;
  spentMs: number;
  checks: CheckLoss[];
}

export interface ExamResult {
  /** 0..100, rounded to a whole percent as shown. */
  percent: number;
  pass: boolean;
  passMark: number;
  earned: number;
  weight: number;
  /** How it ended. */
  endedBy: 'submit' | 'timeout';
  tasks: TaskResult[];
  /** Topics with points lost, weakest first. */
  weakTopics: Topic[];
}

export interface ExamAttempt extends Omit<ExamPlan, 'tasks'> {
  kind: 'exam';
  /** Unique per profile; with the profile it names an attempt across exports. */
  id: string;
  startedAt: string;
  deadline: string;
  current: number;
  /** When the learner came to the current task. */
  currentSince: string;
  tasks: ExamTaskState[];
  finishedAt?: string;
  result?: ExamResult;
}

export const DEFAULT_TASKS = 6;

/** What `kubeprep exam [--pack FILE] [--minutes N] [--seed N]` asks for. */
export interface ExamOptions {
  pack?: import('../content/types.js').Pack;
  /** Scenarios the pack brings in its own folder. */
  packScenarios?: import('../content/types.js').Scenario[];
  minutes?: number;
  seed?: number;
  /** Test-only: the time limit in ms (KUBEPREP_EXAM_SECONDS), overriding minutes. */
  durationMs?: number;
}
