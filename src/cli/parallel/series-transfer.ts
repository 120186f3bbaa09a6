import type { ReplicationResult } from '../../sim/index.js';

/** A replication's time series in one typed array, as a worker posts it (copied as one block, not number by number). */
export interface PackedSeries {
  names: string[];
  length: number;
  data: Float64Array;
}

type Series = ReplicationResult['series'];

/** The result with its series packed (the `series` key keeps its place, so the unpacked result reads the same). */
export function packSeries(result: ReplicationResult): Omit<ReplicationResult, 'series'> & { series: PackedSeries } {
  const names = Object.keys(result.series);
  const columns = Object.values(result.series) as number[][];
  const length = columns[0]?.length ?? 0;
  const data = new Float64Array(names.length * length);
  columns.forEach((column, i) => data.set(column, i * length));
  return { ...result, series: { names, length, data } };
}

/** Puts a packed result's series back as plain arrays, in place. */
export function unpackSeries(result: Omit<ReplicationResult, 'series'> & { series: PackedSeries }): ReplicationResult {
  const { names, length, data } = result.series;
  const series: Record<string, number[]> = {};
  // A counted loop of pushes (a packed array, as the series was made): Array.from over a typed
  // array goes through its iterator, which made unpacking (in the main thread, for every result a
  // worker sends) slower than the structured clone that brought the result.
  for (let i = 0; i < names.length; i++) {
    const column: number[] = [];
    for (let at = i * length, end = at + length; at < end; at++) column.push(data[at]);
    series[names[i]] = column;
  }
  (result as unknown as ReplicationResult).series = series as unknown as Series;
  return result as unknown as ReplicationResult;
}
