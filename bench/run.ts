// `npm run bench`: every speed and memory target of kubeprep, as medians of repeated runs.
// Figures are printed, not asserted: timed tests are flaky, trends in figures are not.
import { printFigures } from './lib.js';
import { startupFigures } from './startup.js';

const only = process.argv[2];
const suites: Array<[string, () => Promise<import('./lib.js').Figure[]>]> = [
  ['startup (issue 3)', () => startupFigures()],
];
for (const [title, run] of suites) {
  if (only && !title.includes(only)) continue;
  printFigures(title, await run());
}
