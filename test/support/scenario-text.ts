/** A stream-and-pool scenario in YAML for validation runs (no designers, nothing sent back). */
export function queueScenario(options: {
  servers: number;
  interarrival: string;
  service: string;
  horizon?: string;
  warmup?: string;
  replications?: number;
  seed?: number;
}): string {
  return `
name: validation c=${options.servers}
start: 2026-01-05T00:00:00Z
horizon: ${options.horizon ?? '40w'}
warmup: ${options.warmup ?? '2w'}
replications: ${options.replications ?? 20}
seed: ${options.seed ?? 11}
model: async
team:
  reviewers: { role: reviewer, count: ${options.servers}, hours: 24/7 }
work:
  stream:
    interarrival: ${options.interarrival}
effort:
  review: ${options.service}
quality:
  rework: none
async:
  assignment: pull
  order: fifo
`;
}
