import React from 'react';
import { Box, Text } from 'ink';
import type { ProgressData } from '../../progress/schema.js';
import { summarize } from '../../progress/summary.js';

const pad = (s: string, n: number) => (s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length));

export function Progress({ data, file, content, now }: { data: ProgressData; file: string; content: { lessons: Array<{ id: string; topic: string }>; scenarios: Array<{ id: string; topic: string }> }; now: Date }) {
  const s = summarize(data, content, now);
  const due = s.review.filter((r) => r.due <= now.toISOString());
  const later = s.review.filter((r) => r.due > now.toISOString());
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">Your progress <Text dimColor>· since {data.createdAt.slice(0, 10)} · {s.activeMinutes} min in scenarios · {s.finishedExams.length} mock exam(s) taken{s.exams > s.finishedExams.length ? ', 1 open' : ''}</Text></Text>
      <Box marginTop={1} flexDirection="column" flexShrink={0}>
        <Text dimColor wrap="truncate-end">{pad('topic', 16)}{pad('lessons read', 14)}{pad('quiz', 7)}scenarios solved</Text>
        {s.topics.map((t) => (
          <Text key={t.topic} wrap="truncate-end">{pad(t.topic, 16)}{pad(t.lessons ? `${t.lessonsRead}/${t.lessons}` : '-', 14)}{pad(t.quizPercent === undefined ? '-' : `${t.quizPercent}%`, 7)}{t.scenarios ? `${t.solved}/${t.scenarios}` : '-'}</Text>
        ))}
      </Box>
      <Box marginTop={1} flexDirection="column" flexShrink={0}>
        <Text bold>Due for review</Text>
        {due.length === 0 && <Text dimColor>Nothing due{later.length ? `; next: ${later[0]!.topic} on ${later[0]!.due.slice(0, 10)}` : ''}.</Text>}
        {due.slice(0, 4).map((r) => <Text key={r.topic} wrap="truncate-end">  {r.topic}: {r.reason}</Text>)}
      </Box>
      {s.finishedExams.length > 0 && (
        <Box marginTop={1} flexDirection="column" flexShrink={0}>
          <Text bold>Mock exams</Text>
          {s.finishedExams.slice(0, 3).map((e, i) => <Text key={i} wrap="truncate-end">  {e.finishedAt.slice(0, 10)}  {String(e.percent).padStart(3)}% {e.pass ? 'PASS' : 'FAIL'}  {e.title}</Text>)}
        </Box>
      )}
      <Box flexShrink={0}><Text dimColor wrap="truncate-middle">Saved in {file}</Text></Box>
    </Box>
  );
}
