// `kubeprep report [--profile P] [--format md|csv|json] [--merge FILE...] [--out FILE]`:
// one learner's exam results (json is the export to hand in), or several exports merged
// into a class report. Every input is checked before anything is printed; a broken one is
// named with the reason (exit 2). Nothing inside an input is taken as a path. A file
// written with --out is created 0600, as the progress files are.
import { closeSync, fchmodSync, openSync, readSync, fstatSync, writeSync, constants } from 'node:fs';
import { openProgress } from '../progress/store.js';
import { classReportCsv, classReportMarkdown, exportResults, learnerCsv, learnerMarkdown, mergeExports, parseExport, type ResultsExport } from '../exam/report.js';
import { one, parseFlags } from './flags.js';
import { usageError, type CommandResult } from './io.js';

const USAGE = 'usage: kubeprep report [--profile P] [--format md|csv|json] [--merge FILE...] [--out FILE]';
const MAX_BYTES = 8 * 1024 * 1024;

export interface ReportDeps { env?: NodeJS.ProcessEnv; now?: () => Date }

export function reportCommand(args: string[], profile: string, deps: ReportDeps = {}): CommandResult {
  const now = deps.now ?? (() => new Date());
  const p = parseFlags(args, { '--format': { value: true }, '--merge': { value: false }, '--out': { value: true } });
  if ('error' in p) return usageError(`report: ${p.error} (${USAGE})`);
  const format = one(p, '--format') ?? 'md';
  if (format !== 'md' && format !== 'csv' && format !== 'json') return usageError(`report: unsupported format "${format}" (md, csv or json)`);
  const merge = p.bools.has('--merge');
  if (!merge && p.positional.length) return usageError(`report: unexpected argument "${p.positional[0]}"; to merge exports, give --merge FILE... (${USAGE})`);
  if (merge && p.positional.length === 0) return usageError(`report: --merge needs at least one export file (${USAGE})`);

  let text: string, stderr = '';
  if (merge) {
    const exports: ResultsExport[] = [];
    const broken: string[] = [];
    for (const file of p.positional) {
      const r = readExport(file);
      if ('reason' in r) broken.push(`kubeprep: report: ${file}: ${r.reason}\n`);
      else exports.push(r.value);
    }
    if (broken.length) return { stdout: '', stderr: broken.join('') + `kubeprep: report: ${broken.length} of ${p.positional.length} files cannot be merged; nothing was reported\n`, exitCode: 2 };
    const report = mergeExports(exports);
    text = format === 'md' ? classReportMarkdown(report) : format === 'csv' ? classReportCsv(report) : JSON.stringify(report, null, 2) + '\n';
  } else {
    const opened = openProgress(profile, { env: deps.env, now });
    if (!opened.ok) return usageError(opened.message);
    if (opened.notice) stderr = `kubeprep: ${opened.notice}\n`;
    const e = exportResults(profile, opened.store.data.exams, now());
    text = format === 'md' ? learnerMarkdown(e) : format === 'csv' ? learnerCsv(e) : JSON.stringify(e, null, 2) + '\n';
  }
  const out = one(p, '--out');
  if (out === undefined) return { stdout: text, stderr, exitCode: 0 };
  try { writePrivate(out, text); }
  catch (e) { return usageError(`report: cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`); }
  return { stdout: '', stderr: stderr + `kubeprep: wrote ${out}\n`, exitCode: 0 };
}

/** Reads one export: a regular file, at most 8 MB, UTF-8 JSON of the export's shape. */
function readExport(file: string): { value: ResultsExport } | { reason: string } {
  let fd: number;
  try { fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)); }
  catch (e) { return { reason: `cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` }; }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { reason: 'not a regular file' };
    if (st.size > MAX_BYTES) return { reason: `larger than ${MAX_BYTES / 1024 / 1024} MB; an export is small` };
    const buf = Buffer.alloc(st.size);
    let at = 0;
    while (at < st.size) { const n = readSync(fd, buf, at, st.size - at, at); if (n === 0) break; at += n; }
    let text: string;
    try { text = new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, at)); } catch { return { reason: 'not valid UTF-8' }; }
    const r = parseExport(text);
    return r.ok ? { value: r.value } : { reason: r.reason };
  } finally { closeSync(fd); }
}

/** Writes a file readable by its owner only, even when it existed with a wider mode. */
export function writePrivate(file: string, text: string): void {
  const fd = openSync(file, 'w', 0o600);
  try { fchmodSync(fd, 0o600); writeSync(fd, text); }
  finally { closeSync(fd); }
}
