// A solution line split into words as a POSIX shell splits it (Shell Command Language, 2.2
// Quoting and 2.3 Token Recognition): blanks separate words, '…' keeps everything literally,
// "…" keeps everything but \$ \` \" \\ and a backslash-newline, an unquoted backslash keeps
// the next character. What a shell would expand or redirect is refused rather than guessed:
// a solution is data, one kubectl command per line.

export type ShellWords = { ok: true; words: string[] } | { ok: false; error: string; offset: number };

const OPERATORS = '|&;<>()';

export function splitShellWords(line: string): ShellWords {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  const refuse = (offset: number, error: string): ShellWords => ({ ok: false, error, offset });
  const end = () => { if (inWord) words.push(word); word = ''; inWord = false; };

  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\n') { end(); continue; }
    if (c === '#' && !inWord) break; // a comment runs to the end of the line
    if (c === '\\') {
      const next = line[i + 1];
      if (next === undefined) return refuse(i, 'a backslash at the end of the line escapes nothing');
      i++;
      if (next === '\n') continue; // line continuation
      word += next; inWord = true;
      continue;
    }
    if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) return refuse(i, 'unterminated single quote');
      word += line.slice(i + 1, close); inWord = true;
      i = close;
      continue;
    }
    if (c === '"') {
      inWord = true;
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        const d = line[j]!;
        if (d === '\\' && j + 1 < line.length && '$`"\\\n'.includes(line[j + 1]!)) {
          j++;
          if (line[j] !== '\n') word += line[j];
          continue;
        }
        if (d === '`' || (d === '$' && /[A-Za-z_{(0-9@*#?$!-]/.test(line[j + 1] ?? ''))) return refuse(j, 'variables and command substitution are not supported in a solution line; write the value itself');
        word += d;
      }
      if (j >= line.length) return refuse(i, 'unterminated double quote');
      i = j;
      continue;
    }
    if (c === '`' || (c === '$' && /[A-Za-z_{(0-9@*#?$!-]/.test(line[i + 1] ?? ''))) return refuse(i, 'variables and command substitution are not supported in a solution line; write the value itself');
    if (OPERATORS.includes(c)) return refuse(i, `the shell operator "${c}" is not supported in a solution line; write one kubectl command per line`);
    word += c; inWord = true;
  }
  end();
  return { ok: true, words };
}
