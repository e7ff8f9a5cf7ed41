// kubeprep report: three learners' exports merged into md and csv that match hand-checked
// files (fixtures/report/class.md, class.csv: ana 75% and 100%, ben 25%, cho 38%, and ana's
// second attempt exported twice); broken inputs named; --out written 0600.
import test from 'ava';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportCommand } from '../../source/cli/report.js';
import { tempHome } from '../helpers/home.js';

const F = (name: string) => fileURLToPath(new URL(`fixtures/report/${name}`, import.meta.url));
const CLASS = ['ana.json', 'ben.json', 'cho.json', 'ana-again.json'].map(F);

test('three exports merged into md: as hand-checked, a duplicate attempt counted once', (t) => {
  const r = reportCommand(['--merge', ...CLASS], 'x', { env: { KUBEPREP_HOME: tempHome() } });
  t.is(r.exitCode, 0, r.stderr);
  t.is(r.stdout, readFileSync(F('class.md'), 'utf8'));
});

test('three exports merged into csv: as hand-checked', (t) => {
  const r = reportCommand(['--format', 'csv', '--merge', ...CLASS], 'x');
  t.is(r.exitCode, 0, r.stderr);
  t.is(r.stdout, readFileSync(F('class.csv'), 'utf8'));
});

test('merging json gives the totals as numbers', (t) => {
  const r = reportCommand(['--format=json', '--merge', ...CLASS], 'x');
  const out = JSON.parse(r.stdout);
  t.deepEqual(out.totals, { students: 3, attempts: 4, duplicates: 1, average: 59.5, passed: 2, passRate: 50 });
});

test('every broken input is named with its reason, and nothing is reported', (t) => {
  const dir = tempHome();
  const path = join(dir, 'points-elsewhere.json');
  // a path inside an input is data, never opened
  writeFileSync(path, JSON.stringify({ kind: 'KubeprepResults', version: 1, profile: '../../etc/passwd', exportedAt: '2025-01-01T00:00:00Z', attempts: [] }));
  const r = reportCommand(['--merge', F('ana.json'), F('not-json.json'), F('broken-earned.json'), path, join(dir, 'missing.json'), dir], 'x');
  t.is(r.exitCode, 2);
  t.is(r.stdout, '');
  const lines = r.stderr.trim().split('\n');
  t.deepEqual(lines.map((l) => l.replace(/: .*/, '')), ['kubeprep', 'kubeprep', 'kubeprep', 'kubeprep', 'kubeprep', 'kubeprep']);
  t.regex(lines[0]!, /not-json\.json: not valid JSON/);
  t.regex(lines[1]!, /broken-earned\.json: attempts\[0\]\.tasks\[0\]\.earned is not a number from 0 to the weight/);
  t.regex(lines[2]!, /points-elsewhere\.json: "profile" is not a valid profile name/);
  t.regex(lines[3]!, /missing\.json: cannot read it \(ENOENT\)/);
  t.regex(lines[4]!, /: not a regular file/);
  t.regex(lines[5]!, /5 of 6 files cannot be merged; nothing was reported/);
});

const usage: Array<[string, string[], RegExp]> = [
  ['an unknown format', ['--format', 'xml'], /unsupported format "xml"/],
  ['--merge without files', ['--merge'], /--merge needs at least one export file/],
  ['a file without --merge', ['a.json'], /to merge exports, give --merge FILE/],
];
for (const [name, args, msg] of usage) {
  test(`usage: ${name} is exit 2`, (t) => {
    const r = reportCommand(args, 'x', { env: { KUBEPREP_HOME: tempHome() } });
    t.is(r.exitCode, 2);
    t.regex(r.stderr, msg);
  });
}

test('one learner with no exams: an empty export; --out writes it 0600', (t) => {
  const home = tempHome();
  const out = join(home, 'ana-export.json');
  writeFileSync(out, 'old', { mode: 0o644 });
  const r = reportCommand(['--format', 'json', '--out', out], 'ana', { env: { KUBEPREP_HOME: home }, now: () => new Date('2025-03-02T09:00:00Z') });
  t.is(r.exitCode, 0, r.stderr);
  t.is(statSync(out).mode & 0o777, 0o600);
  t.deepEqual(JSON.parse(readFileSync(out, 'utf8')), { kind: 'KubeprepResults', version: 1, profile: 'ana', exportedAt: '2025-03-02T09:00:00.000Z', attempts: [] });
});
