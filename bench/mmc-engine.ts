import { createStream, RunningStatsForBench, sampler, Simulation } from './sim-api.js';

/** The same M/M/c model through the engine's public API: registered handlers, seeded streams, streaming statistics. */
export function mmcEngine(options: { servers: number; meanInterarrival: number; meanService: number; customers: number; seed: number }): { events: number; meanSojourn: number } {
  const { servers, customers } = options;
  const sim = new Simulation(1024);
  const arrivalRng = createStream(options.seed, 'arrivals');
  const serviceRng = createStream(options.seed, 'service');
  const gap = sampler({ kind: 'exponential', mean: options.meanInterarrival });
  const service = sampler({ kind: 'exponential', mean: options.meanService });
  const waiting = new Float64Array(1 << 20);
  const mask = waiting.length - 1;
  let head = 0, tail = 0, busy = 0, arrived = 0;
  const sojourn = new RunningStatsForBench();
  const departure = sim.register((arrivedAt, now) => {
    sojourn.add(now - arrivedAt);
    if (head !== tail) sim.schedule(service(serviceRng), departure, waiting[head++ & mask]);
    else busy--;
    if (sojourn.count >= customers) sim.stop();
  });
  const arrival = sim.register((_, now) => {
    if (busy < servers) {
      busy++;
      sim.schedule(service(serviceRng), departure, now);
    } else waiting[tail++ & mask] = now;
    if (++arrived < customers) sim.schedule(gap(arrivalRng), arrival);
  });
  sim.schedule(gap(arrivalRng), arrival);
  sim.run();
  return { events: sim.eventsProcessed, meanSojourn: sojourn.mean };
}
