/** An event-log activity read apart: what was done, whether it began or ended, and the detail its text carries. */
export interface Activity {
  /** The activity without lifecycle or detail: design, review, submitted, changes requested, review meeting… */
  name: string;
  /** XES lifecycle transition: `start` for a task begun, `complete` for everything that is done or instant. */
  transition: 'start' | 'complete';
  /** The detail in the text (a send-back cause, a route, a meeting's slot, where an item was discussed); '' when none. */
  detail: string;
  /** What the detail is: reason, route, slot, moved, venue; '' when none. */
  detailName: string;
  /** The text without its detail: `start design`, `changes requested`, `review meeting starts`. */
  label: string;
}

const RULES: Array<[RegExp, (m: RegExpExecArray) => Omit<Activity, 'label'>, (m: RegExpExecArray) => string]> = [
  [/^start (.+)$/, (m) => ({ name: m[1], transition: 'start', detail: '', detailName: '' }), (m) => m[0]],
  [/^finish (.+)$/, (m) => ({ name: m[1], transition: 'complete', detail: '', detailName: '' }), (m) => m[0]],
  [/^changes requested \((.+)\)$/, (m) => ({ name: 'changes requested', transition: 'complete', detail: m[1], detailName: 'reason' }), () => 'changes requested'],
  [/^submitted to (.+)$/, (m) => ({ name: 'submitted', transition: 'complete', detail: m[1], detailName: 'route' }), () => 'submitted'],
  [/^(.+) starts \(slot (.+)\)$/, (m) => ({ name: m[1], transition: 'start', detail: m[2], detailName: 'slot' }), (m) => `${m[1]} starts`],
  [/^discussed in (.+)$/, (m) => ({ name: 'discussed', transition: 'complete', detail: m[1], detailName: 'venue' }), () => 'discussed'],
  [/^meeting moved (.+)$/, (m) => ({ name: 'meeting moved', transition: 'complete', detail: m[1], detailName: 'moved' }), () => 'meeting moved'],
];

/**
 * Reads the text of an event-log row (`start design`, `changes requested (defect)`, `review
 * meeting starts (slot 45m)`). Text of a kind not listed here (a new event kind of the model) reads
 * as itself, complete, with no detail, so every writer carries it through unchanged.
 */
export function readActivity(text: string): Activity {
  for (const [re, make, label] of RULES) {
    const m = re.exec(text);
    if (m) return { ...make(m), label: label(m) };
  }
  return { name: text, transition: 'complete', detail: '', detailName: '', label: text };
}
