/** A malformed working-hours, working-days or time-zone setting. */
export class CalendarInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarInputError';
  }
}
