// `npm run bench`: every speed and memory target of kubeprep, as medians of repeated runs.
// Figures are printed, not asserted: timed tests are flaky, trends in figures are not.
import { printFigures } from './lib.js';
import { startupFigures } from './startup.js';
import { simFigures } from './sim.js';
import { kubectlFigures } from './kubectl.js';
import { tuiFigures } from './tui.js';
import { gatewayFigures } from './gateway.js';

const only = process.argv[2];
const suites: Array<[string, () => Promise<import('./lib.js').Figure[]>]> = [
  ['startup (issue 3)', () => startupFigures()],
  ['simulator (issues 4 and 5)', () => simFigures()],
  ['kubectl and content (issues 6 and 7)', () => kubectlFigures()],
  ['scenario workspace (issue 8)', () => tuiFigures()],
  ['Gateway API (issue 11)', () => gatewayFigures()],
];
for (const [title, run] of suites) {
  if (only && !title.includes(only)) continue;
  printFigures(title, await run());
}
