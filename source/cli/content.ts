// `kubeprep content validate [DIR|FILE...]` and `kubeprep check SCENARIO -f CLUSTER`
// (DESIGN.md "Command-line contract"). Exit 0 all good / every check passes, 1 problems /
// a failed check, 2 usage errors and unreadable input.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { buildCluster } from '../sim/cluster.js';
import { builtinContentDirs } from '../content/builtin.js';
import { displayPath } from '../content/files.js';
import { loadContent } from '../content/loader.js';
import { formatProblem, type Problem, type Scenario } from '../content/types.js';
import { suggest } from '../content/yaml-read.js';
import { gradeCluster } from '../grading/grade.js';
import { scoreTask } from '../grading/score.js';
import type { KubectlRunner } from '../grading/solution.js';
import { readClusterFiles } from './cluster-file.js';
import { one, parseFlags } from './flags.js';
import { usageError, type CommandResult } from './io.js';
import { fancyOutput, formatHops } from './trace.js';

const json = (v: unknown, code: number): CommandResult => ({ stdout: JSON.stringify(v, null, 2) + '\n', stderr: '', exitCode: code });

function outputFlag(name: string, value: string | undefined): CommandResult | undefined {
  if (value !== undefined && value !== 'json') return usageError(`${name}: unsupported output "${value}" (use -o json, or leave it out)`);
  return undefined;
}

export interface ContentDeps {
  /** The kubectl that replays solutions (the emulator; tests may pass a stub). */
  kubectl?: KubectlRunner;
  /** Where the built-in content is (default: beside the program). */
  builtin?: { lessons?: string; scenarios?: string };
}

async function emulator(): Promise<KubectlRunner> {
  return (await import('../grading/kubectl-runner.js')).emulatedKubectl;
}

export async function contentValidateCommand(args: string[], deps: ContentDeps = {}): Promise<CommandResult> {
  const p = parseFlags(args, { '--output': { value: true, alias: '-o' } });
  if ('error' in p) return usageError(`content validate: ${p.error} (see kubeprep --help)`);
  const bad = outputFlag('content validate', one(p, '--output'));
  if (bad) return bad;
  const builtin = deps.builtin ?? builtinContentDirs();
  let paths = p.positional;
  let catalog: Scenario[] = [];
  if (paths.length === 0) {
    paths = [builtin.lessons, builtin.scenarios].filter((d): d is string => d !== undefined);
    if (paths.length === 0) return usageError('content validate: the built-in lessons/ and scenarios/ folders are missing from this installation; name a folder or file to check');
  } else {
    for (const path of paths) {
      try { statSync(path); } catch { return usageError(`content validate: cannot read ${path}: no such file or directory`); }
    }
    // a pack may name built-in scenarios by id
    if (builtin.scenarios) catalog = loadContent([builtin.scenarios]).scenarios;
  }
  const set = loadContent(paths, { catalog });
  const { proveContent } = await import('../content/validate.js');
  const proven = proveContent(set, { kubectl: deps.kubectl ?? (await emulator()) });
  const problems: Problem[] = [...set.problems, ...proven].sort(byPlace);
  const errors = problems.filter((x) => x.severity !== 'warning');
  const questions = set.lessons.reduce((n, l) => n + l.quiz.filter((q) => q.kind === 'command').length, 0);
  const code = errors.length ? 1 : 0;
  if (one(p, '--output') === 'json') {
    return json({
      valid: code === 0,
      lessons: set.lessons.map((l) => l.id),
      scenarios: set.scenarios.map((s) => s.id),
      packs: set.packs.map((k) => k.id),
      problems: problems.map(({ file, line, col, path, message, severity }) => ({ file, line, col, path, message, severity: severity ?? 'error' })),
    }, code);
  }
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const counts = `${plural(set.lessons.length, 'lesson')} (${plural(questions, 'command question')}), ${plural(set.scenarios.length, 'scenario')}, ${plural(set.packs.length, 'pack')}`;
  const lines = problems.map(formatProblem);
  const warnings = problems.length - errors.length;
  lines.push(code === 0
    ? `ok: ${counts}; every task fails as set up and passes after its solution${warnings ? ` (${plural(warnings, 'warning')})` : ''}`
    : `${plural(errors.length, 'problem')}${warnings ? ` and ${plural(warnings, 'warning')}` : ''} in ${counts} (only files without problems are counted)`);
  return { stdout: lines.join('\n') + '\n', stderr: '', exitCode: code };
}

function byPlace(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col;
}

export function checkCommand(args: string[], deps: ContentDeps = {}, readStdin?: () => Buffer): CommandResult {
  const p = parseFlags(args, { '--filename': { value: true, repeat: true, alias: '-f' }, '--output': { value: true, alias: '-o' } });
  if ('error' in p) return usageError(`check: ${p.error} (see kubeprep --help)`);
  const bad = outputFlag('check', one(p, '--output'));
  if (bad) return bad;
  if (p.positional.length !== 1) return usageError(p.positional.length === 0 ? 'check: name the scenario: kubeprep check SCENARIO_ID -f CLUSTER' : `check: unexpected argument "${p.positional[1]}" (see kubeprep --help)`);
  const files = p.flags['--filename'];
  if (!files?.length) return usageError('check: a cluster file is required: -f FILE (or -f - for stdin)');

  const found = findScenario(p.positional[0]!, deps.builtin ?? builtinContentDirs());
  if ('error' in found) return usageError(`check: ${found.error}`);
  const s = found.scenario;
  const read = readClusterFiles(files, readStdin);
  if (!read.ok) return usageError(read.message);
  const cluster = buildCluster(read.objects, { kubeadm: s.kubeadm });
  const results = gradeCluster(s, cluster);
  const score = scoreTask(results, s.weight);
  const allPass = results.every((r) => r.pass);
  const code = allPass ? 0 : 1;
  if (one(p, '--output') === 'json') {
    return json({
      scenario: s.id,
      pass: allPass,
      score: { earned: score.earned, weight: score.weight, passed: score.passed, total: score.total, guardFailed: score.guardFailed },
      checks: results.map((r) => ({ name: r.name, kind: r.kind, pass: r.pass, guard: r.guard, detail: r.detail, hops: r.hops })),
      rejected: cluster.rejected.map((r) => ({ object: r.ref, message: r.message })),
    }, code);
  }
  const fancy = fancyOutput();
  const mark = (pass: boolean) => (fancy ? (pass ? '✓' : '✗') : pass ? 'ok' : 'XX');
  const out = [`${s.id}: ${s.title}`];
  for (const rej of cluster.rejected) out.push(`  note: the API server would refuse ${rej.ref}, so it is not part of the cluster: ${rej.message}`);
  for (const r of results) {
    out.push(`  ${mark(r.pass)} ${r.name}${r.guard ? ' (must stay as set up)' : ''}`);
    if (r.pass) continue;
    out.push(`      ${r.detail}`);
    const onlyDetail = r.hops.length === 1 && r.hops[0]!.detail === r.detail;
    if (r.hops.length && !onlyDetail) out.push(formatHops(r.hops, fancy).trimEnd().split('\n').map((l) => `    ${l}`).join('\n'));
  }
  const pts = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
  out.push(score.guardFailed
    ? `${score.passed}/${score.total} checks pass, but a guard failed: 0 of ${pts(s.weight)} points`
    : `${score.passed}/${score.total} checks pass: ${pts(score.earned)} of ${pts(s.weight)} points`);
  return { stdout: out.join('\n') + '\n', stderr: '', exitCode: code };
}

/** A built-in scenario by id, or a scenario file by path. */
function findScenario(ref: string, builtin: { scenarios?: string }): { scenario: Scenario } | { error: string } {
  if (ref.includes('/') || /\.(ya?ml|json)$/i.test(ref)) {
    try { statSync(ref); } catch { return { error: `cannot read ${ref}: no such file or directory` }; }
    const set = loadContent([ref]);
    const bad = set.problems.find((x) => x.severity !== 'warning');
    if (bad) return { error: formatProblem(bad) };
    if (set.scenarios.length !== 1) return { error: `${displayPath(ref)} is not a scenario file (kind: Scenario)` };
    return { scenario: set.scenarios[0]! };
  }
  if (!builtin.scenarios) return { error: 'the built-in scenarios/ folder is missing from this installation; give a scenario file instead of an id' };
  // scenarios/ID.yaml is where a scenario usually is; the whole folder is read only when it is not
  if (/^[a-z0-9-]+$/.test(ref)) {
    const own = loadContent([join(builtin.scenarios, `${ref}.yaml`)]);
    const hit = own.scenarios.find((x) => x.id === ref);
    if (hit) return { scenario: hit };
  }
  const set = loadContent([builtin.scenarios]);
  const s = set.scenarios.find((x) => x.id === ref);
  if (s) return { scenario: s };
  const broken = set.problems.find((x) => x.severity !== 'warning' && x.file.endsWith(`/${ref}.yaml`));
  if (broken) return { error: `scenario "${ref}" has problems: ${formatProblem(broken)}` };
  return { error: `no scenario "${ref}"${suggest(ref, set.scenarios.map((x) => x.id))} (kubeprep content validate lists what is there)` };
}
