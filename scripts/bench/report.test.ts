import { describe, expect, it } from 'vitest';
import { mergeLatest } from './report.mjs';

describe('bench-results/latest.json after a run', () => {
  const earlier = { date: 'monday', build: { seconds: 7 }, pages: [{ path: '/' }], measured: { build: 'monday', pages: 'monday' } };

  it('keeps the figures of the entries a partial run left out, and dates each entry', () => {
    const merged = mergeLatest(earlier, { date: 'tuesday', 'test-suite': { ratio: 55 } }, ['test-suite']);
    expect(merged).toMatchObject({ date: 'tuesday', build: { seconds: 7 }, pages: [{ path: '/' }], 'test-suite': { ratio: 55 } });
    expect(merged.measured).toEqual({ build: 'monday', pages: 'monday', 'test-suite': 'tuesday' });
  });

  it('replaces the figures of the entries that ran', () => {
    expect(mergeLatest(earlier, { date: 'tuesday', build: { seconds: 6 } }, ['build'])).toMatchObject({
      build: { seconds: 6 },
      measured: { build: 'tuesday' },
    });
  });

  it('starts from nothing on the first run', () => {
    expect(mergeLatest({}, { date: 'monday', build: { seconds: 7 } }, ['build']).measured).toEqual({ build: 'monday' });
  });
});
