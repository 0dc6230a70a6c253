/**
 * Which training sessions are still planned. A session counts until the end of its last day, so one that
 * runs today is still listed. Pages and the .ics export use this, so a past date is never announced.
 */
export interface Session {
  start: Date;
  eind?: Date | undefined;
}

const DAY = 86_400_000;

/** When this build runs: the moment "past" is measured from, and the .ics DTSTAMP (when the file was made). */
export const BUILD_TIME = new Date();

export function isPast(session: Session, now: Date = BUILD_TIME): boolean {
  const last = session.eind ?? session.start;
  return last.getTime() + DAY <= now.getTime();
}

export function upcomingSessions<S extends Session>(sessions: readonly S[], now: Date = BUILD_TIME): S[] {
  return sessions.filter((s) => !isPast(s, now));
}
