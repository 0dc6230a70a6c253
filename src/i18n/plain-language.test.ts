import { describe, expect, it } from 'vitest';
import strings from './nl.json' with { type: 'json' };
import { longSentences, PLAIN_SENTENCE_WORDS } from '../build/content-check.ts';

describe('resident texts in the interface', () => {
  it(`keep every sentence of the help finder, help bar and home help text at ${PLAIN_SENTENCE_WORDS} words or fewer`, () => {
    const residentKeys = Object.keys(strings).filter((k) => /^(situatie\.|hulp\.|help\.|exit\.|home\.hulp)/.test(k));
    expect(residentKeys.length).toBeGreaterThan(20);
    const long = residentKeys.flatMap((k) => longSentences((strings as Record<string, string>)[k]!).map((s) => `${k}: ${s}`));
    expect(long).toEqual([]);
  });
});
