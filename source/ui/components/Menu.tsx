import React, { useState } from 'react';
import { Box, Text, useInput } from 'ink';
import { eachKey, matchKey } from '../keys.js';

export interface MenuItem<V> { label: string; value: V; about?: string }

/**
 * A vertical menu: ↑/k and ↓/j move (wrapping), Enter chooses. The cursor is kept in a
 * ref, not read from the render's closure, so keys that arrive faster than frames
 * (a held key, tmux send-keys) each move it (ink-select-input loses all but the first).
 */
export function Menu<V>({ items, initialIndex = 0, onSelect, onHighlight }: { items: MenuItem<V>[]; initialIndex?: number; onSelect: (v: V) => void; onHighlight?: (i: number) => void }) {
  const n = items.length;
  const [index, setIndex] = useState(Math.min(Math.max(initialIndex, 0), n - 1));
  // The cursor as of the last key, ahead of the last render.
  const latest = React.useRef(index);
  React.useEffect(() => { onHighlight?.(index); }, [index]);
  useInput((raw, rawKey) => {
    let i = latest.current;
    for (const [input, key] of eachKey(raw, rawKey)) {
      const action = matchKey(['up', 'down', 'select'], input, key);
      if (action === 'up') i = (i - 1 + n) % n;
      else if (action === 'down') i = (i + 1) % n;
      else if (action === 'select') { latest.current = i; setIndex(i); onSelect(items[i]!.value); return; }
    }
    latest.current = i;
    setIndex(i);
  });
  return (
    <Box flexDirection="column">
      {items.map((item, i) => (
        <Text key={String(item.value)} color={i === index ? 'cyan' : undefined} bold={i === index}>
          {i === index ? '❯ ' : '  '}{item.label}
        </Text>
      ))}
    </Box>
  );
}
