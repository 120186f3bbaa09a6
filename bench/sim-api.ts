// What the benchmarks use of the simulation library: its public entry only.
export { createStream, sampler, Simulation, RunningStats as RunningStatsForBench } from '../src/sim/index.js';
