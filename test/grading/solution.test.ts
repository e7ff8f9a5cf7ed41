// Solutions replayed line by line through a kubectl: a stub (the interface) and the emulator.
import test from 'ava';
import { applySolution, type KubectlRunner } from '../../source/grading/solution.js';
import { emulatedKubectl } from '../../source/grading/kubectl-runner.js';
import { gradeState } from '../../source/grading/grade.js';
import { scoreTask } from '../../source/grading/score.js';
import { loadContent } from '../../source/content/loader.js';
import type { KObject } from '../../source/sim/types.js';
import { fileURLToPath } from 'node:url';

const ns = (name: string): KObject => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });

/** A kubectl that knows `create namespace NAME` and `apply -f FILE` (of a namespace's name). */
function stub(log: Array<{ words: string[]; file?: string }>): KubectlRunner {
  return (words, env) => {
    if (words[0] === 'create' && words[1] === 'namespace' && words[2]) {
      log.push({ words });
      return { stdout: `namespace/${words[2]} created\n`, stderr: '', exitCode: 0, state: [...env.state, ns(words[2])] };
    }
    if (words[0] === 'apply' && words[1] === '-f') {
      const text = env.readFile?.(words[2]!);
      log.push({ words, ...(text !== undefined ? { file: text } : {}) });
      if (text === undefined) return { stdout: '', stderr: `error: the path "${words[2]}" does not exist\n`, exitCode: 1, state: env.state };
      return { stdout: `namespace/${text.trim()} created\n`, stderr: '', exitCode: 0, state: [...env.state, ns(text.trim())] };
    }
    log.push({ words });
    return { stdout: '', stderr: 'error: unknown command\n', exitCode: 1, state: env.state };
  };
}

test('lines are split as a shell splits them, k is kubectl, files are readable by later lines', (t) => {
  const log: Array<{ words: string[]; file?: string }> = [];
  const run = applySolution([ns('a')], [
    "kubectl create namespace 'b'",
    'k create namespace c',
    { file: 'ns.yaml', content: 'd\n' },
    'kubectl apply -f ./ns.yaml',
  ], { kubectl: stub(log) });
  t.is(run.failedLine, undefined);
  t.deepEqual(run.state.map((o) => o.metadata.name), ['a', 'b', 'c', 'd']);
  t.deepEqual(log, [
    { words: ['create', 'namespace', 'b'] },
    { words: ['create', 'namespace', 'c'] },
    { words: ['apply', '-f', './ns.yaml'], file: 'd\n' },
  ]);
  t.deepEqual(run.transcript.map((x) => x.exitCode), [0, 0, 0, 0]);
  t.is(run.transcript[2]!.line, '# the file ns.yaml is written');
});

test('the first failing line stops the solution and is named', (t) => {
  const run = applySolution([ns('a')], ['kubectl create namespace b', 'kubectl delete namespace a', 'kubectl create namespace c'], { kubectl: stub([]) });
  t.is(run.failedLine, 1);
  t.deepEqual(run.state.map((o) => o.metadata.name), ['a', 'b'], 'the state after the last line that ran');
  t.is(run.transcript.length, 2);
  t.is(run.transcript[1]!.stderr, 'error: unknown command\n');
});

test('a line that is not kubectl, or does not split, fails without running', (t) => {
  const log: Array<{ words: string[] }> = [];
  t.is(applySolution([], ['echo hi'], { kubectl: stub(log) }).failedLine, 0);
  const open = applySolution([], ["kubectl create namespace 'b"], { kubectl: stub(log) });
  t.is(open.failedLine, 0);
  t.regex(open.transcript[0]!.stderr, /unterminated single quote/);
  t.deepEqual(log, []);
});

test('the emulator applies a scenario\'s solution, and the grade goes from 0 to the full weight', (t) => {
  const set = loadContent([fileURLToPath(new URL('../content/fixtures/good/scenario.yaml', import.meta.url))]);
  const s = set.scenarios[0]!;
  const before = scoreTask(gradeState(s, s.setup.objects), s.weight);
  t.is(before.earned, 0);
  const run = applySolution(s.setup.objects, s.solution, { kubectl: emulatedKubectl });
  t.is(run.failedLine, undefined, run.transcript.map((x) => x.stderr).join(''));
  t.deepEqual(run.transcript.map((x) => x.stdout), ['service/web selector updated\n']);
  const results = gradeState(s, run.state);
  t.deepEqual(results.map((r) => r.pass), [true, true, true]);
  t.deepEqual(scoreTask(results, s.weight), { weight: 4, earned: 4, passed: 2, total: 2, guardFailed: false, solved: true });
});

test('the emulator reads a file the solution wrote (kubectl apply -f), in a kubeadm cluster', (t) => {
  const set = loadContent([fileURLToPath(new URL('../content/fixtures/good/pack/tasks/nodeport.yaml', import.meta.url))]);
  const s = set.scenarios[0]!;
  const run = applySolution(s.setup.objects, s.solution, { kubectl: emulatedKubectl, kubeadm: s.kubeadm });
  t.is(run.failedLine, undefined, run.transcript.map((x) => x.stderr).join(''));
  t.true(run.state.some((o) => o.kind === 'Service' && o.metadata.name === 'kube-dns'), 'kubeadm objects are part of the state');
  t.true(gradeState(s, run.state).every((r) => r.pass));
});
