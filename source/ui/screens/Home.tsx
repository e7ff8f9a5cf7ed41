import React from 'react';
import { Box, Text } from 'ink';
import { Menu } from '../components/Menu.js';

export type HomeChoice = 'learn' | 'practice' | 'exam' | 'progress' | 'quit';

export const homeItems: Array<{ label: string; value: HomeChoice; about: string }> = [
  { label: 'Learn', value: 'learn', about: 'lessons and quizzes on Services, Ingress, DNS and NetworkPolicy' },
  { label: 'Practice', value: 'practice', about: 'fix broken clusters with kubectl; the simulator grades you' },
  { label: 'Mock exam', value: 'exam', about: 'timed, weighted tasks with a pass mark' },
  { label: 'Progress', value: 'progress', about: 'what you have done and what is due for review' },
  { label: 'Quit', value: 'quit', about: 'leave kubeprep (your progress is saved)' },
];

export function Home({ onSelect, initialIndex, onHighlight }: { onSelect: (c: HomeChoice) => void; initialIndex: number; onHighlight: (i: number) => void }) {
  const [index, setIndex] = React.useState(initialIndex);
  return (
    <Box flexDirection="column">
      <Text bold>Services & Networking for CKAD/CKA</Text>
      <Text dimColor>Learn it, drill it on broken clusters, then sit a mock exam.</Text>
      <Box marginTop={1}>
        <Menu items={homeItems} initialIndex={initialIndex} onSelect={onSelect} onHighlight={(i) => { setIndex(i); onHighlight(i); }} />
      </Box>
      <Box marginTop={1}><Text dimColor wrap="truncate-end">{homeItems[index]?.about}</Text></Box>
    </Box>
  );
}
