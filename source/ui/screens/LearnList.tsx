import React from 'react';
import { Box, Text } from 'ink';
import { ScrollList, type Row } from '../components/ScrollList.js';
import { useFooter } from '../footer.js';
import type { LessonView } from '../lesson-types.js';
import type { ProgressData } from '../../progress/schema.js';

// The order the course teaches in; lessons not named here (an instructor's) come after.
const CURRICULUM = ['services-why', 'service-types', 'services-without-selectors', 'troubleshooting-services', 'service-mesh', 'clusterip-nodeport', 'loadbalancer-externalname',
  'selectors-labels', 'ports', 'kube-proxy', 'dns', 'ingress', 'gateway-api', 'network-policy'];
const rank = (id: string) => { const i = CURRICULUM.indexOf(id); return i < 0 ? CURRICULUM.length : i; };

/** Lessons grouped by topic, topics in the order their first lesson is taught. */
export function lessonRows(lessons: LessonView[], progress: ProgressData): Row<string>[] {
  const byTopic = new Map<string, LessonView[]>();
  for (const l of [...lessons].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id))) byTopic.set(l.topic, [...(byTopic.get(l.topic) ?? []), l]);
  const topics = [...byTopic.keys()];
  return topics.flatMap((t) => [
    { kind: 'header' as const, text: t },
    ...byTopic.get(t)!.map((l) => {
      const p = progress.lessons[l.id];
      const mark = p?.quiz ? `✓ quiz ${p.quiz.score}/${p.quiz.total}` : p?.readAt ? '✓ read' : '';
      return { kind: 'item' as const, label: l.title, mark, value: l.id };
    }),
  ]);
}

export function LearnList({ lessons, problems, progress, height, initial, onOpen }: { lessons: LessonView[]; problems: string[]; progress: ProgressData; height: number; initial: string | undefined; onOpen: (id: string) => void }) {
  useFooter(['up', 'down', 'select', 'back']);
  const rows = lessonRows(lessons, progress);
  const items = rows.filter((r) => r.kind === 'item');
  const start = Math.max(0, items.findIndex((r) => r.kind === 'item' && r.value === initial));
  const done = lessons.filter((l) => progress.lessons[l.id]?.quiz).length;
  return (
    <Box flexDirection="column">
      <Text bold>Lessons <Text dimColor>· {done} of {lessons.length} quizzes done</Text></Text>
      {problems.length > 0 && <Text color="yellow" wrap="truncate-end">{problems.length} lesson file(s) could not be loaded: {problems[0]}</Text>}
      <Box marginTop={1}>
        {lessons.length === 0 ? <Text>No lessons found.</Text> : <ScrollList rows={rows} height={Math.max(3, height - 3)} initial={start} onSelect={onOpen} />}
      </Box>
    </Box>
  );
}
