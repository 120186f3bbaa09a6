// The limit loop as a whole process, as `handoff run` is timed: `node dist/bench/mmc-limit-main.js
// SERVERS MEAN_INTERARRIVAL_MIN MEAN_SERVICE_MIN CUSTOMERS SEED` prints {events, meanSojourn} as JSON.
import { mmcLimitLoop } from './mmc-limit.js';

const [servers, meanInterarrival, meanService, customers, seed] = process.argv.slice(2).map(Number);
if (![servers, meanInterarrival, meanService, customers, seed].every(Number.isFinite)) {
  process.stderr.write('usage: mmc-limit-main.js SERVERS MEAN_INTERARRIVAL_MIN MEAN_SERVICE_MIN CUSTOMERS SEED\n');
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(mmcLimitLoop({ servers, meanInterarrival, meanService, customers, seed }))}\n`);
