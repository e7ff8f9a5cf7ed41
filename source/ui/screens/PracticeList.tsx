import React from 'react';
import { Box, Text } from 'ink';
import { ScrollList, type Row } from '../components/ScrollList.js';
import { useFooter } from '../footer.js';
import type { ProgressData } from '../../progress/schema.js';
import { byTopicOrder } from '../../content/types.js';

export interface ScenarioSummary { id: string; title: string; topic: string; difficulty: number }

const stars = (n: number) => '★'.repeat(n) + '☆'.repeat(Math.max(0, 5 - n));

export function statusMark(p: ProgressData['scenarios'][string] | undefined): string {
  if (!p) return '';
  return p.status === 'solved' ? '✓ solved' : p.status === 'assisted' ? '✓ assisted' : '… started';
}

/** Scenarios grouped by topic, easiest first, with their status. */
export function scenarioRows(scenarios: ScenarioSummary[], progress: ProgressData): Row<string>[] {
  const topics = [...new Set(scenarios.map((s) => s.topic))].sort(byTopicOrder);
  return topics.flatMap((t) => {
    const list = scenarios.filter((s) => s.topic === t).sort((a, b) => a.difficulty - b.difficulty || a.id.localeCompare(b.id));
    const solved = list.filter((s) => progress.scenarios[s.id]?.status === 'solved').length;
    return [
      { kind: 'header' as const, text: `${t} (${solved}/${list.length})` },
      ...list.map((s) => ({ kind: 'item' as const, label: `${stars(s.difficulty)} ${s.title}`, mark: statusMark(progress.scenarios[s.id]), value: s.id })),
    ];
  });
}

export function PracticeList({ scenarios, problems, progress, height, initial, onOpen }: { scenarios: ScenarioSummary[]; problems: string[]; progress: ProgressData; height: number; initial?: string; onOpen: (id: string) => void }) {
  useFooter(['up', 'down', 'select', 'back']);
  const rows = scenarioRows(scenarios, progress);
  const items = rows.filter((r) => r.kind === 'item');
  const start = Math.max(0, items.findIndex((r) => r.kind === 'item' && r.value === initial));
  // As Progress counts them: solved on your own; with the solution shown counts apart.
  const done = scenarios.filter((s) => progress.scenarios[s.id]?.status === 'solved').length;
  const assisted = scenarios.filter((s) => progress.scenarios[s.id]?.status === 'assisted').length;
  return (
    <Box flexDirection="column">
      <Text bold>Scenarios <Text dimColor>· {done} of {scenarios.length} solved{assisted ? ` (+${assisted} with the solution)` : ''} · fix a broken cluster with kubectl</Text></Text>
      {problems.length > 0 && <Text color="yellow" wrap="truncate-end">{problems.length} scenario file(s) could not be loaded: {problems[0]}</Text>}
      <Box marginTop={1}>
        {scenarios.length === 0 ? <Text>No scenarios found.</Text> : <ScrollList rows={rows} height={Math.max(3, height - 3)} initial={start} onSelect={onOpen} />}
      </Box>
    </Box>
  );
}
