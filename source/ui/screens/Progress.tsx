import React from 'react';
import { Box, Text } from 'ink';
import type { ProgressData } from '../../progress/schema.js';

export function Progress({ data, file }: { data: ProgressData; file: string }) {
  const lessons = Object.keys(data.lessons).length;
  const solved = Object.values(data.scenarios).filter((s) => s.status === 'solved').length;
  const started = Object.keys(data.scenarios).length;
  return (
    <Box flexDirection="column">
      <Text bold>Your progress</Text>
      <Box marginTop={1} flexDirection="column">
        <Text>Lessons read:       {lessons}</Text>
        <Text>Scenarios solved:   {solved} of {started} started</Text>
        <Text>Mock exams taken:   {data.exams.length}</Text>
      </Box>
      <Box marginTop={1} flexDirection="column">
        <Text dimColor wrap="truncate-middle">Saved in {file}</Text>
        <Text dimColor>Since {data.createdAt.slice(0, 10)}</Text>
      </Box>
    </Box>
  );
}
