/**
 * The speed of light for an M/M/c run in JavaScript: one hand-written loop, a typed-array heap
 * of departure times, an inline PRNG, no allocation per event. The engine is measured against it.
 */
export function mmcLimitLoop(options: { servers: number; meanInterarrival: number; meanService: number; customers: number; seed: number }): { events: number; meanSojourn: number } {
  const { servers, meanInterarrival, meanService, customers } = options;
  // Mulberry32: a tiny, fast 32-bit generator.
  let state = options.seed >>> 0;
  const rand = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const heap = new Float64Array(servers + 1); // departure times of customers in service
  const heapArrival = new Float64Array(servers + 1);
  let heapSize = 0;
  const queue = new Float64Array(1 << 20); // ring buffer of waiting arrival times
  let head = 0, tail = 0;
  const mask = queue.length - 1;
  let nextArrival = -meanInterarrival * Math.log(1 - rand());
  let arrived = 0, events = 0, sum = 0, done = 0;
  const push = (t: number, a: number) => {
    let i = heapSize++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p] <= t) break;
      heap[i] = heap[p];
      heapArrival[i] = heapArrival[p];
      i = p;
    }
    heap[i] = t;
    heapArrival[i] = a;
  };
  const popTop = () => {
    const t = heap[--heapSize], a = heapArrival[heapSize];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= heapSize) break;
      if (c + 1 < heapSize && heap[c + 1] < heap[c]) c++;
      if (t <= heap[c]) break;
      heap[i] = heap[c];
      heapArrival[i] = heapArrival[c];
      i = c;
    }
    heap[i] = t;
    heapArrival[i] = a;
  };
  while (done < customers) {
    events++;
    if (arrived < customers && (heapSize === 0 || nextArrival < heap[0])) {
      const now = nextArrival;
      arrived++;
      if (heapSize < servers) push(now - meanService * Math.log(1 - rand()), now);
      else queue[tail++ & mask] = now;
      nextArrival = now - meanInterarrival * Math.log(1 - rand());
    } else {
      const now = heap[0];
      sum += now - heapArrival[0];
      done++;
      popTop();
      if (head !== tail) push(now - meanService * Math.log(1 - rand()), queue[head++ & mask]);
    }
  }
  return { events, meanSojourn: sum / done };
}
