// Removing from the short lists of the hot path (tasks, tickets, agendas) without the array that
// splice and filter allocate; both keep the order of what remains.

/** Removes element i, shifting the rest down. */
export function removeAt<T>(list: T[], i: number): void {
  for (let k = i + 1; k < list.length; k++) list[k - 1] = list[k];
  list.pop();
}

/** Removes the members of `gone` in one pass. */
export function removeAll<T>(list: T[], gone: ReadonlySet<T>): void {
  let kept = 0;
  for (const item of list) if (!gone.has(item)) list[kept++] = item;
  list.length = kept;
}
