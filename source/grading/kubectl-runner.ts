// The kubectl emulator as a solution's kubectl (see solution.ts). Imported only by what needs
// it, so grading checks stays usable on its own.
import { runKubectl } from '../kubectl/session.js';
import type { KubectlRunner } from './solution.js';

export const emulatedKubectl: KubectlRunner = (words, env) => {
  const r = runKubectl(words, env);
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, state: r.state };
};
