import React, { useEffect, useRef, useState } from 'react';
import { Box, Text, useInput } from 'ink';
import { eachKey, matchKey } from '../keys.js';

export type Row<V> = { kind: 'header'; text: string } | { kind: 'item'; label: string; mark?: string; value: V };

/**
 * A list with section headers that scrolls within `height` rows; ↑/↓ (k/j) move over the
 * items only, Enter chooses. The cursor lives in a ref as well as in state, so keys that
 * arrive faster than frames each count.
 */
export function ScrollList<V>({ rows, height, initial = 0, onSelect, onMove }: { rows: Row<V>[]; height: number; initial?: number; onSelect: (v: V) => void; onMove?: (v: V) => void }) {
  const items = rows.map((r, i) => (r.kind === 'item' ? i : -1)).filter((i) => i >= 0);
  const [cursor, setCursor] = useState(Math.min(Math.max(initial, 0), Math.max(items.length - 1, 0)));
  const latest = useRef(cursor);
  useEffect(() => { const r = rows[items[cursor]!]; if (r?.kind === 'item') onMove?.(r.value); }, [cursor]);
  useInput((raw, rawKey) => {
    let c = latest.current;
    for (const [input, key] of eachKey(raw, rawKey)) {
      const a = matchKey(['up', 'down', 'select'], input, key);
      if (a === 'up') c = (c - 1 + items.length) % items.length;
      else if (a === 'down') c = (c + 1) % items.length;
      else if (a === 'select') { const r = rows[items[c]!]; latest.current = c; setCursor(c); if (r?.kind === 'item') onSelect(r.value); return; }
    }
    latest.current = c;
    setCursor(c);
  });
  const at = items[cursor] ?? 0;
  // Keep the cursor's row (and the header above it, when there is room) in view.
  const top = Math.max(0, Math.min(at - Math.floor(height / 2), rows.length - height));
  const visible = rows.slice(top, top + height);
  return (
    <Box flexDirection="column">
      {visible.map((r, i) => {
        const idx = top + i;
        if (r.kind === 'header') return <Text key={idx} bold dimColor>{r.text}</Text>;
        const on = idx === at;
        return (
          <Text key={idx} wrap="truncate-end" color={on ? 'cyan' : undefined} bold={on}>
            {on ? '❯ ' : '  '}{r.label}{r.mark ? '  ' + r.mark : ''}
          </Text>
        );
      })}
      {rows.length > height && <Text dimColor>{'  ' + [top + height < rows.length ? `↓ ${rows.length - top - height} more` : '', top > 0 ? `↑ ${top} more above` : ''].filter(Boolean).join(' · ')}</Text>}
    </Box>
  );
}
