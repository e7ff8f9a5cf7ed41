// The review schedule fed by an exam: a simple spaced schedule by topic. A topic where
// points were lost is due tomorrow (interval 1 day); one answered in full has its interval
// doubled (up to 60 days) and is due that much later.
import type { ExamResult } from './types.js';

export type Review = Record<string, { due: string; interval: number }>;

const DAY = 86_400_000;

export function scheduleReview(review: Review, result: Pick<ExamResult, 'tasks' | 'weakTopics'>, now: Date): Review {
  const out: Review = { ...review };
  const weak = new Set<string>(result.weakTopics);
  for (const topic of new Set(result.tasks.map((t) => t.topic))) {
    const interval = weak.has(topic) ? 1 : Math.min(60, Math.max(2, (review[topic]?.interval ?? 1) * 2));
    out[topic] = { due: new Date(now.getTime() + interval * DAY).toISOString(), interval };
  }
  return out;
}
