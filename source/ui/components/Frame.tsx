import React from 'react';
import { Box, Text } from 'ink';

export const MIN_COLUMNS = 80;
export const MIN_ROWS = 24;

interface Props {
  /** Where the learner is: ['Home'] or ['Home', 'Learn'], shown in the header. */
  crumbs: string[];
  /** The keys that work on this screen (from keys.ts). */
  footer: string;
  profile: string;
  columns: number;
  rows: number;
  children: React.ReactNode;
}

/**
 * The frame every screen is drawn in: header (where you are), body, footer (keys that work
 * here). It is one row shorter than the terminal: Ink clears the whole screen on every
 * frame once its output fills the terminal, which flickers.
 */
export function Frame({ crumbs, footer, profile, columns, rows, children }: Props) {
  const height = Math.max(rows - 1, 3);
  const width = columns;
  const right = `profile: ${profile}`;
  const left = ` kubeprep › ${crumbs.join(' › ')}`;
  const gap = Math.max(1, width - left.length - right.length - 1);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text inverse>{(left + ' '.repeat(gap) + right + ' ').slice(0, width)}</Text>
      <Box flexDirection="column" flexGrow={1} paddingX={1} paddingY={1} overflow="hidden">
        {children}
      </Box>
      <Text dimColor wrap="truncate-end">{' ' + footer}</Text>
    </Box>
  );
}

export function TooSmall({ columns, rows }: { columns: number; rows: number }) {
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">Terminal is {columns}x{rows}; kubeprep needs {MIN_COLUMNS}x{MIN_ROWS}.</Text>
      <Text wrap="truncate-end">Enlarge the window · Ctrl-C quit</Text>
    </Box>
  );
}
