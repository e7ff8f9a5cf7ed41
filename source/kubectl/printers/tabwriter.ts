// Go's text/tabwriter as kubectl configures it (cli-runtime printers/tabwriter.go:
// minwidth 6, tabwidth 4, padding 3, padchar ' ', flags RememberWidths — which only matters
// across flushes, and `kubectl get` resets it per resource type). A cell is text ended by a
// tab; the text after a line's last tab is not part of any column and is never padded.
// Columns are aligned per "column block": consecutive lines that have that cell
// (tabwriter.Writer.format).

export interface TabwriterOptions { minWidth: number; padding: number }

/** cli-runtime's printers.GetNewTabWriter: minwidth 6, padding 3. */
const TABLE: TabwriterOptions = { minWidth: 6, padding: 3 };

/**
 * Align tab-separated text as kubectl's tabwriter does. `text` ends with "\n" (or not).
 * Describers use `{ minWidth: 0, padding: 2 }` (describe.go tabbedString).
 */
export function tabwrite(text: string, opts: TabwriterOptions = TABLE): string {
  const endsWithNewline = text.endsWith('\n');
  const lines = (endsWithNewline ? text.slice(0, -1) : text).split('\n').map((l) => l.split('\t'));
  const out: string[] = new Array(lines.length);
  format(lines, out, [], 0, lines.length, opts);
  return out.join('\n') + (endsWithNewline ? '\n' : '');
}

const width = (s: string) => [...s].length;

function format(lines: string[][], out: string[], widths: number[], line0: number, line1: number, opts: TabwriterOptions): void {
  const column = widths.length;
  let start = line0;
  for (let i = line0; i < line1; i++) {
    if (column >= lines[i].length - 1) continue;
    writeLines(lines, out, widths, start, i);
    // column block begin
    let w = opts.minWidth;
    let j = i;
    for (; j < line1; j++) {
      if (column >= lines[j].length - 1) break;
      w = Math.max(w, width(lines[j][column]) + opts.padding);
    }
    format(lines, out, [...widths, w], i, j, opts);
    start = j;
    i = j - 1;
  }
  writeLines(lines, out, widths, start, line1);
}

function writeLines(lines: string[][], out: string[], widths: number[], line0: number, line1: number): void {
  for (let i = line0; i < line1; i++) {
    const cells = lines[i];
    let s = '';
    cells.forEach((cell, j) => {
      s += cell;
      if (j < cells.length - 1 && j < widths.length) s += ' '.repeat(widths[j] - width(cell));
    });
    out[i] = s;
  }
}
