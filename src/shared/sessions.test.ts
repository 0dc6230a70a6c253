import { describe, expect, it } from 'vitest';
import { isPast, upcomingSessions } from './sessions.ts';

describe('sessions', () => {
  const now = new Date('2027-03-10T12:00:00Z');
  it('counts a session until the end of its day', () => {
    expect(isPast({ start: new Date('2027-03-10') }, now)).toBe(false);
    expect(isPast({ start: new Date('2027-03-09') }, now)).toBe(true);
    expect(isPast({ start: new Date('2027-03-01'), eind: new Date('2027-03-11') }, now)).toBe(false);
  });
  it('keeps only sessions still to come', () => {
    expect(upcomingSessions([{ start: new Date('2026-01-01') }, { start: new Date('2027-04-01') }], now)).toEqual([{ start: new Date('2027-04-01') }]);
  });
});
