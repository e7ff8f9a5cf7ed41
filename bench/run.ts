// `npm run bench`: every speed and memory target of kubeprep, as medians of repeated runs.
// Figures are printed, not asserted: timed tests are flaky, trends in figures are not.
import { printFigures } from './lib.js';
import { startupFigures } from './startup.js';
import { simFigures } from './sim.js';

const only = process.argv[2];
const suites: Array<[string, () => Promise<import('./lib.js').Figure[]>]> = [
  ['startup (issue 3)', () => startupFigures()],
  ['simulator (issues 4 and 5)', () => simFigures()],
];
for (const [title, run] of suites) {
  if (only && !title.includes(only)) continue;
  printFigures(title, await run());
}
