import React, { useRef, useState } from 'react';
import { Box, Text, useInput, type Key } from 'ink';

export interface Completion { line: string; candidates: string[] }

interface Props {
  prefix?: string;
  history: string[];
  width: number;
  active?: boolean;
  onSubmit: (line: string) => void;
  complete?: (line: string) => Completion;
  onCandidates?: (c: string[]) => void;
  /** Keys the prompt does not take (Esc, PgUp/PgDn) go to the screen. */
  onOtherKey?: (input: string, key: Key) => void;
  /** Keep the half-typed line under this key while the prompt is not on screen. */
  persistKey?: string;
}

interface Line { text: string; cursor: number; hist: number /* index into history; history.length = the new line */; draft: string }

// Half-typed lines by prompt, so a prompt that is unmounted and drawn again (the terminal
// made too small and back, say) keeps what the learner was typing.
const drafts = new Map<string, Line>();

/**
 * A one-line editor like a shell's: ←/→, Home/End (Ctrl-A/E), Backspace/Delete, Ctrl-U,
 * Ctrl-W, ↑/↓ through history, Tab to complete, Enter to run. State is kept in a ref as
 * well, so a paste or fast typing (several characters in one read) loses nothing.
 */
export function Prompt({ prefix = '$ ', history, width, active = true, onSubmit, complete, onCandidates, onOtherKey, persistKey }: Props) {
  const [line, setLine] = useState<Line>(() => (persistKey && drafts.get(persistKey)) || { text: '', cursor: 0, hist: history.length, draft: '' });
  const ref = useRef(line);
  const set = (l: Line) => { ref.current = l; setLine(l); if (persistKey) drafts.set(persistKey, l); };

  // Enter and Tab, whether pressed alone or met inside a chunk of typed text.
  const submit = (l: Line): Line => {
    const next = { text: '', cursor: 0, hist: history.length + (l.text.trim() ? 1 : 0), draft: '' };
    set(next);
    onSubmit(l.text);
    return next;
  };
  const completeAt = (l: Line): Line => {
    if (!complete) return l;
    const c = complete(l.text.slice(0, l.cursor));
    onCandidates?.(c.candidates);
    return { ...l, text: c.line + l.text.slice(l.cursor), cursor: c.line.length };
  };

  useInput((input, key) => {
    let l = ref.current;
    if (key.return) { submit(l); return; }
    if (key.upArrow || key.downArrow) {
      const hist = Math.max(0, Math.min(history.length, l.hist + (key.upArrow ? -1 : 1)));
      if (hist === l.hist) return;
      const draft = l.hist === history.length ? l.text : l.draft;
      const text = hist === history.length ? draft : history[hist]!;
      set({ text, cursor: text.length, hist, draft });
      return;
    }
    if (key.tab) { if (complete) set(completeAt(l)); return; }
    if (key.leftArrow) { set({ ...l, cursor: Math.max(0, l.cursor - 1) }); return; }
    if (key.rightArrow) { set({ ...l, cursor: Math.min(l.text.length, l.cursor + 1) }); return; }
    if (key.home || (key.ctrl && input === 'a')) { set({ ...l, cursor: 0 }); return; }
    if (key.end || (key.ctrl && input === 'e')) { set({ ...l, cursor: l.text.length }); return; }
    if (key.ctrl && input === 'u') { set({ ...l, text: l.text.slice(l.cursor), cursor: 0 }); return; }
    if (key.ctrl && input === 'w') {
      const before = l.text.slice(0, l.cursor).replace(/\S+\s*$/, '');
      set({ ...l, text: before + l.text.slice(l.cursor), cursor: before.length });
      return;
    }
    if (key.backspace || (key.delete && !key.meta && input === '')) {
      // Terminals send DEL (0x7f) for Backspace, which Ink reports as delete.
      if (l.cursor === 0) return;
      set({ ...l, text: l.text.slice(0, l.cursor - 1) + l.text.slice(l.cursor), cursor: l.cursor - 1 });
      return;
    }
    if (key.escape || key.pageUp || key.pageDown || key.ctrl || key.meta) { onOtherKey?.(input, key); return; }
    if (!input) return;
    // Printable text, possibly several characters in one read (fast typing, a paste, tmux):
    // a carriage return inside it runs the line so far and a tab completes, as in a shell.
    const pieces = input.split(/(\r\n?|\n|\t)/);
    for (const piece of pieces) {
      if (piece === '\t') l = completeAt(l);
      else if (/^(\r\n?|\n)$/.test(piece)) l = submit(l);
      else {
        const clean = piece.replace(/[\x00-\x1f\x7f]/g, '');
        l = { ...l, text: l.text.slice(0, l.cursor) + clean + l.text.slice(l.cursor), cursor: l.cursor + clean.length };
      }
    }
    set(l);
  }, { isActive: active });

  // Keep the cursor in view on a line wider than the pane.
  const room = Math.max(10, width - prefix.length - 1);
  const start = Math.max(0, line.cursor - room + 1);
  const shown = line.text.slice(start, start + room);
  const at = line.cursor - start;
  return (
    <Box>
      <Text color="green">{prefix}</Text>
      <Text>{shown.slice(0, at)}</Text>
      <Text inverse>{shown[at] ?? ' '}</Text>
      <Text>{shown.slice(at + 1)}</Text>
    </Box>
  );
}
