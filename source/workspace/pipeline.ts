// A prompt line as the workspace's small shell reads it: commands joined by unquoted `|`,
// and an optional `> FILE` / `>> FILE` at the end, each command split into words as a POSIX
// shell splits them (source/content/shell-words.ts). Nothing else of a shell is emulated.
import { splitShellWords } from '../content/shell-words.js';

export interface Pipeline { commands: string[][]; redirect?: { file: string; append: boolean } }

export function splitPipeline(line: string): { ok: true; pipeline: Pipeline } | { ok: false; error: string } {
  const parts: string[] = [];
  let current = '', quote: string | undefined, redirectAt = -1, append = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) { current += c; if (c === quote) quote = undefined; else if (c === '\\' && quote === '"') current += line[++i] ?? ''; continue; }
    if (c === '\\') { current += c + (line[i + 1] ?? ''); i++; continue; }
    if (c === "'" || c === '"') { quote = c; current += c; continue; }
    if (c === '|' && redirectAt < 0) { parts.push(current); current = ''; continue; }
    if (c === '>' && redirectAt < 0) {
      parts.push(current); current = '';
      redirectAt = parts.length;
      if (line[i + 1] === '>') { append = true; i++; }
      continue;
    }
    current += c;
  }
  if (quote) return { ok: false, error: `unterminated ${quote === "'" ? 'single' : 'double'} quote` };
  let redirect: Pipeline['redirect'];
  if (redirectAt >= 0) {
    const target = splitShellWords(current);
    if (!target.ok || target.words.length !== 1) return { ok: false, error: 'after > give one file name' };
    redirect = { file: target.words[0]!, append };
  } else parts.push(current);
  const commands: string[][] = [];
  for (const p of parts) {
    const w = splitShellWords(p);
    if (!w.ok) return { ok: false, error: w.error };
    if (w.words.length === 0) return { ok: false, error: 'syntax error near unexpected token `|\'' };
    commands.push(w.words);
  }
  return { ok: true, pipeline: { commands, redirect } };
}
