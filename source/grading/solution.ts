// A solution replayed as a candidate would type it: each line split as a POSIX shell splits
// it and run by a kubectl (the emulator in the program; a stub in tests), each file written to
// a working folder that `kubectl apply -f NAME` reads. The kubectl is behind an interface so
// grading does not depend on how the emulator is built.
import type { KObject } from '../sim/types.js';
import type { SolutionStep } from '../content/types.js';
import { splitShellWords } from '../content/shell-words.js';

/** What a kubectl needs to run one command over a cluster state (a subset of the emulator's KubectlEnv). */
export interface KubectlEnvLite {
  state: KObject[];
  kubeadm?: boolean;
  now: Date;
  readFile?: (path: string) => string | undefined;
  listDir?: (path: string) => string[] | undefined;
}

export interface KubectlAnswer { stdout: string; stderr: string; exitCode: number; state: KObject[] }

/** Runs `kubectl WORDS...` (the words after "kubectl"). */
export type KubectlRunner = (words: string[], env: KubectlEnvLite) => KubectlAnswer;

export interface TranscriptEntry { line: string; stdout: string; stderr: string; exitCode: number }

export interface SolutionRun {
  /** The cluster state after the solution (after the last line that ran). */
  state: KObject[];
  transcript: TranscriptEntry[];
  /** Index of the step that failed (exit code ≠ 0, or a line that is not a kubectl command); the rest did not run. */
  failedLine?: number;
}

export interface SolutionOptions {
  kubectl: KubectlRunner;
  kubeadm?: boolean;
  /** The emulator's clock (timestamps only; grading does not depend on it). */
  now?: Date;
  /** Files already in the working folder. */
  files?: Record<string, string>;
}

export const SOLUTION_CLOCK = new Date('2025-01-01T00:00:00Z');

type Step = string | SolutionStep | { file: string; content: string };

const normal = (p: string): string => p.replace(/^(\.\/)+/, '').replace(/\/+$/, '');

export function applySolution(setupObjects: KObject[], steps: readonly Step[], opts: SolutionOptions): SolutionRun {
  const files = new Map<string, string>(Object.entries(opts.files ?? {}).map(([k, v]) => [normal(k), v]));
  const env = {
    kubeadm: opts.kubeadm ?? false,
    now: opts.now ?? SOLUTION_CLOCK,
    readFile: (path: string) => files.get(normal(path)),
    listDir: (path: string) => {
      const dir = normal(path);
      if (dir !== '' && dir !== '.' && files.has(dir)) return undefined;
      const prefix = dir === '' || dir === '.' ? '' : `${dir}/`;
      const names = [...files.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length).split('/')[0]!);
      return prefix && names.length === 0 ? undefined : [...new Set(names)].sort();
    },
  };
  let state = setupObjects;
  const transcript: TranscriptEntry[] = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (typeof step !== 'string' && ('content' in step)) {
      files.set(normal(step.file), step.content);
      transcript.push({ line: `# the file ${step.file} is written`, stdout: '', stderr: '', exitCode: 0 });
      continue;
    }
    const line = typeof step === 'string' ? step : step.line;
    let words: string[];
    if (typeof step !== 'string') words = step.words;
    else {
      const split = splitShellWords(step);
      if (!split.ok) { transcript.push({ line, stdout: '', stderr: `${split.error}\n`, exitCode: 2 }); return { state, transcript, failedLine: i }; }
      words = split.words;
    }
    if (words[0] !== 'kubectl' && words[0] !== 'k') {
      transcript.push({ line, stdout: '', stderr: `not a kubectl command: ${words[0] ?? '(empty line)'}\n`, exitCode: 127 });
      return { state, transcript, failedLine: i };
    }
    const r = opts.kubectl(words.slice(1), { ...env, state });
    transcript.push({ line, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode });
    state = r.state;
    if (r.exitCode !== 0) return { state, transcript, failedLine: i };
  }
  return { state, transcript };
}
