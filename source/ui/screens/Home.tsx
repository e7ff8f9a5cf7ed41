import React from 'react';
import { Box, Text } from 'ink';
import { Menu } from '../components/Menu.js';

export type HomeChoice = 'profiles' | 'continue' | 'learn' | 'practice' | 'exam' | 'progress' | 'quit';

export const homeItems: Array<{ label: string; value: HomeChoice; about: string }> = [
  { label: 'Learn', value: 'learn', about: 'lessons and quizzes on Services, Ingress, DNS and NetworkPolicy' },
  { label: 'Practice', value: 'practice', about: 'fix broken clusters with kubectl; the simulator grades you' },
  { label: 'Mock exam', value: 'exam', about: 'timed, weighted tasks with a pass mark' },
  { label: 'Progress', value: 'progress', about: 'what you have done and what is due for review' },
  { label: 'Switch profile', value: 'profiles', about: 'whose progress to use; each learner on this machine has their own' },
  { label: 'Quit', value: 'quit', about: 'leave kubeprep (your progress is saved)' },
];

/** The home menu; with something in progress, "Continue" comes first. */
export function Home({ onSelect, initial, onHighlight, resume, examLeft }: { onSelect: (c: HomeChoice) => void; initial: HomeChoice | undefined; onHighlight: (c: HomeChoice) => void; resume?: string; examLeft?: string }) {
  const base = examLeft ? homeItems.map((h) => (h.value === 'exam' ? { ...h, label: `Mock exam (in progress, ${examLeft} left)`, about: 'resume the exam: its clock kept running while you were away' } : h)) : homeItems;
  const items = resume ? [{ label: 'Continue where I left off', value: 'continue' as const, about: resume }, ...base] : base;
  const initialIndex = Math.max(0, items.findIndex((i) => i.value === initial));
  const [index, setIndex] = React.useState(initialIndex);
  return (
    <Box flexDirection="column">
      <Text bold>Services & Networking for CKAD/CKA</Text>
      <Text dimColor>Learn it, drill it on broken clusters, then sit a mock exam.</Text>
      <Box marginTop={1}>
        <Menu items={items} initialIndex={initialIndex} onSelect={onSelect} onHighlight={(i) => { setIndex(i); onHighlight(items[i]!.value); }} />
      </Box>
      <Box marginTop={1}><Text dimColor wrap="truncate-end">{items[index]?.about}</Text></Box>
    </Box>
  );
}
