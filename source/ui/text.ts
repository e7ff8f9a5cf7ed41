// Plain-text layout helpers for screens that scroll: wrapping to a width, so a screen knows
// how many rows its text takes before Ink draws it.

/** Word-wraps one paragraph line to `width`, keeping leading indentation (diagrams stay put). */
export function wrapLine(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const indent = /^\s*/.exec(line)![0];
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    let cut = rest.lastIndexOf(' ', width);
    if (cut <= indent.length) cut = width;
    out.push(rest.slice(0, cut).trimEnd());
    rest = indent + rest.slice(cut).trimStart();
  }
  out.push(rest);
  return out;
}

export function wrapText(text: string, width: number): string[] {
  return text.replace(/\s+$/, '').split('\n').flatMap((l) => wrapLine(l.replace(/\t/g, '  '), Math.max(10, width)));
}


export { reflow } from '../text/reflow.js';
