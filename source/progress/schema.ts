// The progress file's shape. schemaVersion goes up whenever a field changes meaning; an
// older file is migrated on load, a newer one is left untouched (see store.ts).

export const SCHEMA_VERSION = 1;

export interface LessonProgress { readAt?: string; quiz?: { score: number; total: number; at: string } }
export interface ScenarioProgress { status: 'started' | 'solved' | 'assisted'; updatedAt: string; [k: string]: unknown }

export interface ProgressData {
  schemaVersion: number;
  profile: string;
  createdAt: string;
  updatedAt: string;
  lessons: Record<string, LessonProgress>;
  scenarios: Record<string, ScenarioProgress>;
  exams: unknown[];
  review: Record<string, { due: string; interval: number }>;
  last?: { kind: 'lesson' | 'scenario' | 'exam'; id: string };
}

export function freshProgress(profile: string, now: Date): ProgressData {
  const t = now.toISOString();
  return { schemaVersion: SCHEMA_VERSION, profile, createdAt: t, updatedAt: t, lessons: {}, scenarios: {}, exams: [], review: {} };
}

/** Why a parsed value is not a progress file we can use, or undefined when it is. */
export function shapeProblem(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'it is not a JSON object';
  const o = v as Record<string, unknown>;
  if (typeof o.schemaVersion !== 'number' || !Number.isInteger(o.schemaVersion) || o.schemaVersion < 1) return 'it has no valid schemaVersion';
  for (const k of ['lessons', 'scenarios', 'review'] as const)
    if (typeof o[k] !== 'object' || o[k] === null || Array.isArray(o[k])) return `its "${k}" is not an object`;
  if (!Array.isArray(o.exams)) return 'its "exams" is not a list';
  return undefined;
}
