import React from 'react';
import { Box, Text } from 'ink';

/** A screen whose capability has not landed yet says so, and where it is tracked. */
export function NotYet({ what, issue }: { what: string; issue: number }) {
  return (
    <Box flexDirection="column">
      <Text bold>{what}</Text>
      <Box marginTop={1}><Text wrap="wrap">This part of kubeprep is not built yet (tracked as issue {issue}). Nothing is lost by looking: press q or Esc to go back.</Text></Box>
    </Box>
  );
}
