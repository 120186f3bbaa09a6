/** Closed forms of queueing theory that the engine is validated against. */

/** Erlang C: probability an arrival waits in an M/M/c queue with offered load a = λ/μ. */
export function erlangC(c: number, a: number): number {
  const rho = a / c;
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const last = (term * a) / c / (1 - rho);
  return last / (sum + last);
}

/** Mean sojourn (wait + service) of M/M/c, in the unit of the mean service time. */
export function mmcSojourn(c: number, lambda: number, meanService: number): number {
  const a = lambda * meanService;
  const wq = (erlangC(c, a) * meanService) / (c - a);
  return wq + meanService;
}

/** Mean sojourn of M/D/1 (Pollaczek–Khinchine with zero service variance). */
export function md1Sojourn(lambda: number, service: number): number {
  const rho = lambda * service;
  return (rho * service) / (2 * (1 - rho)) + service;
}
