// The tutor's content: the built-in lessons and scenarios, loaded once on first use (not at
// start-up, so the home menu stays fast), with any broken file listed, not fatal.
import { loadBuiltinContent } from '../content/builtin.js';
import { formatProblem, type ContentSet } from '../content/types.js';

export interface LoadedContent { set: ContentSet; problems: string[] }

let cached: LoadedContent | undefined;
export function builtinContent(): LoadedContent {
  if (!cached) {
    const set = loadBuiltinContent();
    cached = { set, problems: set.problems.filter((p) => p.severity !== 'warning').map(formatProblem) };
  }
  return cached;
}
