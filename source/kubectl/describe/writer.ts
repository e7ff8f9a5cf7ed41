// kubectl describe's output machinery (pkg/describe/describe.go): a PrefixWriter that indents
// by two spaces per level and escapes terminal characters, text aligned by a tabwriter with
// minwidth 0, padding 2 (tabbedString), and the helpers every describer shares.
import { tabwrite } from '../printers/tabwriter.js';
import { escapeTerminal } from '../printers/table.js';
import { humanDuration } from '../printers/duration.js';

export const LEVEL_0 = 0, LEVEL_1 = 1, LEVEL_2 = 2, LEVEL_3 = 3;

export class PrefixWriter {
  private parts: string[] = [];
  write(level: number, text: string): void { this.parts.push(escapeTerminal('  '.repeat(level) + text)); }
  writeLine(text = ''): void { this.parts.push(escapeTerminal(text + '\n')); }
  /** A Flush of the tabwriter: what was written so far is aligned on its own. */
  flush(): void { this.parts.push(FLUSH); }
  toString(): string {
    return this.parts.join('').split(FLUSH).map((chunk) => tabwrite(chunk, { minWidth: 0, padding: 2 })).join('');
  }
}
const FLUSH = '\u0000flush\u0000';

export function tabbedString(fn: (w: PrefixWriter) => void): string {
  const w = new PrefixWriter();
  fn(w);
  return w.toString();
}

/** printLabelsMultilineWithIndent: "Title:\tk=v" then one aligned "k=v" per line, sorted. */
export function printLabelsMultiline(w: PrefixWriter, title: string, labels: Record<string, string> | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) { w.writeLine('<none>'); return; }
  keys.forEach((k, i) => {
    if (i !== 0) { w.write(LEVEL_0, initialIndent); w.write(LEVEL_0, innerIndent); }
    w.write(LEVEL_0, `${k}=${labels![k]}\n`);
  });
}

const MAX_ANNOTATION_LEN = 140;
const SKIP_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

/** printAnnotationsMultiline: long or multi-line values on their own lines, cut at 140 characters. */
export function printAnnotationsMultiline(w: PrefixWriter, title: string, annotations: Record<string, string> | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  const keys = Object.keys(annotations ?? {}).filter((k) => !SKIP_ANNOTATIONS.has(k)).sort();
  if (keys.length === 0) { w.writeLine('<none>'); return; }
  const indent = '\t';
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, indent);
    const value = String(annotations![key]).replace(/\n$/, '');
    if (value.length + key.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(LEVEL_0, `${key}:\n`);
      for (const s of value.split('\n')) w.write(LEVEL_0, `${indent}  ${shorten(s, MAX_ANNOTATION_LEN - 2)}\n`);
    } else {
      w.write(LEVEL_0, `${key}: ${value}\n`);
    }
  });
}

function shorten(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) + '...' : s;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** time.RFC1123Z in UTC: "Wed, 01 Jan 2025 00:00:00 +0000". */
export function rfc1123z(ts: string | undefined): string {
  const t = ts ? new Date(ts) : new Date(0);
  if (!ts || Number.isNaN(t.getTime())) return 'Mon, 01 Jan 0001 00:00:00 +0000';
  return `${DAYS[t.getUTCDay()]}, ${p2(t.getUTCDate())} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()} ${p2(t.getUTCHours())}:${p2(t.getUTCMinutes())}:${p2(t.getUTCSeconds())} +0000`;
}

/** Go's time.Time.String() in UTC: "2025-01-01 00:00:00 +0000 UTC". */
export function goTimeString(ts: string | undefined): string {
  const t = ts ? new Date(ts) : new Date(NaN);
  if (Number.isNaN(t.getTime())) return '0001-01-01 00:00:00 +0000 UTC';
  return `${t.getUTCFullYear()}-${p2(t.getUTCMonth() + 1)}-${p2(t.getUTCDate())} ${p2(t.getUTCHours())}:${p2(t.getUTCMinutes())}:${p2(t.getUTCSeconds())} +0000 UTC`;
}

/** translateTimestampSince */
export function since(ts: string | undefined, now: Date): string {
  if (!ts) return '<unknown>';
  return humanDuration(now.getTime() - Date.parse(ts));
}

/** DescribeEvents for a cluster without events. */
export function describeNoEvents(w: PrefixWriter): void {
  w.write(LEVEL_0, 'Events:\t<none>\n');
}

export function stringOrNone(s: string): string {
  return s.length > 0 ? s : '<none>';
}
