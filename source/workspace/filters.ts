// The text filters a candidate pipes kubectl into: grep (-i, -v, -E, -c, -A/-B N), head,
// tail (-n N, -N) and wc -l, applied to lines of text.

export type FilterResult = { ok: true; text: string } | { ok: false; error: string };

export function applyFilter(words: string[], text: string): FilterResult {
  const [name, ...args] = words;
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text ? text.split('\n') : [];
  const out = (ls: string[]): FilterResult => ({ ok: true, text: ls.length ? ls.join('\n') + '\n' : '' });
  switch (name) {
    case 'grep': case 'egrep': {
      let invert = false, ignore = false, count = false, extended = name === 'egrep', after = 0, before = 0;
      const rest: string[] = [];
      for (let i = 0; i < args.length; i++) {
        const a = args[i]!;
        if (/^-[ivcEF]+$/.test(a)) { for (const f of a.slice(1)) { if (f === 'i') ignore = true; if (f === 'v') invert = true; if (f === 'c') count = true; if (f === 'E') extended = true; } }
        else if (/^-[ABC]\d*$/.test(a)) {
          // -A 8 and -A8 alike: lines of context after (-A), before (-B) or both (-C)
          const raw = a.length > 2 ? a.slice(2) : args[++i];
          const n = Number(raw);
          if (!Number.isInteger(n) || n < 0) return { ok: false, error: `grep: ${raw ?? ''}: invalid context length argument` };
          if (a[1] !== 'B') after = n;
          if (a[1] !== 'A') before = n;
        }
        else rest.push(a);
      }
      if (rest.length !== 1) return { ok: false, error: 'grep: give one pattern (files are not read here: pipe into grep)' };
      let re: RegExp;
      try { re = new RegExp(extended ? rest[0]! : rest[0]!.replace(/[+?(){}|]/g, '\\$&'), ignore ? 'i' : ''); }
      catch { return { ok: false, error: `grep: invalid pattern ${rest[0]}` }; }
      const hit = lines.map((l) => re.test(l) !== invert);
      if (count) return { ok: true, text: `${hit.filter(Boolean).length}\n` };
      const keep = lines.map((_, i) => hit.slice(Math.max(0, i - after), i + 1).some(Boolean) || hit.slice(i, i + before + 1).some(Boolean));
      if (after === 0 && before === 0) return out(lines.filter((_, i) => keep[i]));
      // with context, GNU grep puts "--" between groups that are not adjacent
      const shown: string[] = [];
      lines.forEach((l, i) => { if (!keep[i]) return; if (shown.length && !keep[i - 1]) shown.push('--'); shown.push(l); });
      return out(shown);
    }
    case 'head': case 'tail': {
      let n = 10;
      for (let i = 0; i < args.length; i++) {
        const a = args[i]!;
        if (a === '-n') n = Number(args[++i]);
        else if (/^-\d+$/.test(a)) n = Number(a.slice(1));
        else if (/^-n\d+$/.test(a)) n = Number(a.slice(2));
        else return { ok: false, error: `${name}: unsupported argument ${a}` };
      }
      if (!Number.isInteger(n) || n < 0) return { ok: false, error: `${name}: invalid number of lines` };
      return out(name === 'head' ? lines.slice(0, n) : lines.slice(Math.max(0, lines.length - n)));
    }
    case 'wc':
      if (args.length === 1 && args[0] === '-l') return { ok: true, text: `${lines.length}\n` };
      return { ok: false, error: 'wc: only wc -l is supported here' };
    default:
      return { ok: false, error: `${name}: only grep, head, tail and wc -l can follow a | here` };
  }
}
