// Removing from the short lists of the hot path (tasks, tickets, agendas) without the array that
// splice and filter allocate; both keep the order of what remains.

/** Removes element i, shifting the rest down. */
export function removeAt<T>(list: T[], i: number): void {
  // The head (a first-in-first-out queue's pick): V8 moves the array's start instead of its elements.
  if (i === 0) {
    list.shift();
    return;
  }
  for (let k = i + 1; k < list.length; k++) list[k - 1] = list[k];
  list.pop();
}

/** Removes the members of `gone` in one pass. */
export function removeAll<T>(list: T[], gone: ReadonlySet<T>): void {
  let kept = 0;
  for (const item of list) if (!gone.has(item)) list[kept++] = item;
  truncate(list, kept);
}

/**
 * Shortens a list to its first `length` elements by popping the rest: writing `list.length` calls
 * into the runtime, even on an empty list, which costs more than popping the few elements of a
 * hot-path list (2.7% of an async run went to clearing tickets' empty timer lists).
 */
export function truncate<T>(list: T[], length = 0): void {
  while (list.length > length) list.pop();
}
