// Where the Learn screens get lessons: the built-in lessons/ folder beside the program
// (dist/kubeprep.js → ../lessons; source/ui/*.ts under tsx → ../../lessons).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { LessonView } from './lesson-types.js';

export function builtinDir(name: 'lessons' | 'scenarios'): string {
  for (const up of ['../', '../../']) {
    const dir = fileURLToPath(new URL(up + name, import.meta.url));
    if (existsSync(dir)) return dir;
  }
  return fileURLToPath(new URL('../' + name, import.meta.url));
}

export function loadLessons(dir = builtinDir('lessons')): { lessons: LessonView[]; problems: string[] } {
  const lessons: LessonView[] = [], problems: string[] = [];
  let files: string[] = [];
  try { files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort(); }
  catch (e) { return { lessons, problems: [`cannot read ${dir}: ${(e as Error).message}`] }; }
  for (const f of files) {
    try {
      const doc = parse(readFileSync(join(dir, f), 'utf8'));
      if (doc?.kind !== 'Lesson' || !Array.isArray(doc.sections)) { problems.push(`${f}: not a lesson`); continue; }
      lessons.push({ ...doc, quiz: doc.quiz ?? [] });
    } catch (e) { problems.push(`${f}: ${(e as Error).message.split('\n')[0]}`); }
  }
  return { lessons, problems };
}
