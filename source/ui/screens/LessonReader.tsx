import React, { useRef, useState } from 'react';
import { Box, Text, useInput } from 'ink';
import { eachKey, matchKey, type Action } from '../keys.js';
import { useFooter } from '../footer.js';
import { wrapText } from '../text.js';
import type { LessonView } from '../lesson-types.js';

/**
 * One section per page. ←/→ (p/n) turn pages, ↑/↓ (k/j) scroll a section taller than the
 * screen, Enter on the last page starts the quiz. Reaching the last page marks it read.
 */
export function LessonReader({ lesson, width, height, onQuiz, onRead }: { lesson: LessonView; width: number; height: number; onQuiz: () => void; onRead: () => void }) {
  const [pos, setPos] = useState({ page: 0, scroll: 0 });
  const latest = useRef(pos);
  const pages = lesson.sections.length;
  // rows: lesson title, page heading, a gap, the body, the status line
  const bodyHeight = Math.max(3, height - 5);
  const lines = wrapText(lesson.sections[pos.page]?.body ?? '', width - 2);
  const maxScroll = Math.max(0, lines.length - bodyHeight);
  const last = pos.page === pages - 1;
  const linesOf = (pg: number) => wrapText(lesson.sections[pg]?.body ?? '', width - 2).length;
  // Computed from a position, not from this render: a key may arrive before the next render.
  const actionsAt = (at: { page: number }): Action[] => [...(at.page > 0 ? (['prev'] as Action[]) : []), ...(at.page < pages - 1 ? (['next'] as Action[]) : []), ...(linesOf(at.page) > bodyHeight ? (['up', 'down'] as Action[]) : []), ...(at.page === pages - 1 && lesson.quiz.length ? (['startQuiz'] as Action[]) : []), 'back'];
  useFooter(actionsAt(pos), []);

  useInput((raw, rawKey) => {
    let p = latest.current;
    for (const [input, key] of eachKey(raw, rawKey)) {
      const a = matchKey(actionsAt(p), input, key);
      if (a === 'next' && p.page < pages - 1) p = { page: p.page + 1, scroll: 0 };
      else if (a === 'prev' && p.page > 0) p = { page: p.page - 1, scroll: 0 };
      else if (a === 'down') p = { ...p, scroll: Math.min(p.scroll + 1, Math.max(0, linesOf(p.page) - bodyHeight)) };
      else if (a === 'up') p = { ...p, scroll: Math.max(0, p.scroll - 1) };
      else if (a === 'startQuiz' && p.page === pages - 1) { onQuiz(); return; }
    }
    if (p.page === pages - 1 && latest.current.page !== pages - 1) onRead();
    latest.current = p;
    setPos(p);
  });
  React.useEffect(() => { if (pages <= 1) onRead(); }, []);

  const section = lesson.sections[pos.page];
  return (
    <Box flexDirection="column">
      <Text dimColor wrap="truncate-end">{lesson.title}</Text>
      <Text bold wrap="truncate-end">{pos.page + 1}/{pages} {section?.heading}</Text>
      <Box flexDirection="column" marginTop={1} height={bodyHeight}>
        {lines.slice(pos.scroll, pos.scroll + bodyHeight).map((l, i) => <Text key={i}>{l || ' '}</Text>)}
      </Box>
      <Text dimColor wrap="truncate-end">
        {maxScroll > 0 && pos.scroll < maxScroll ? '↓ more below · ' : ''}
        {last ? (lesson.quiz.length ? `End of lesson: Enter starts the quiz (${lesson.quiz.length} questions)` : 'End of lesson') : `Next: ${lesson.sections[pos.page + 1]?.heading}`}
      </Text>
    </Box>
  );
}
