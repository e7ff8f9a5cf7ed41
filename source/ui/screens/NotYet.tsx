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

/** A lesson or scenario asked for by id (kubeprep lesson ID, a saved "continue") that does not exist. */
export function Missing({ what }: { what: string }) {
  return (
    <Box flexDirection="column">
      <Text bold>There is no {what}</Text>
      <Box marginTop={1}><Text wrap="wrap">It may have been renamed or removed. Press Esc to go back to the list.</Text></Box>
    </Box>
  );
}
