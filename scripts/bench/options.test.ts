import { describe, expect, it } from 'vitest';
import { benchOptions } from './options.mjs';

describe("npm run bench's options", () => {
  it('runs every entry but the test suite when none is named, with scale runs at +250 and +1000 pages', () => {
    expect(benchOptions([])).toEqual({ entries: ['build', 'pages', 'search', 'lighthouse', 'scale'], scale: [250, 1000], compareStarlight: false });
  });

  it('leaves out the entries given as --no-<entry>', () => {
    expect(benchOptions(['--no-lighthouse', '--no-scale']).entries).toEqual(['build', 'pages', 'search']);
  });

  it('runs only the entries named, in the bench’s order, whatever order they are given in', () => {
    expect(benchOptions(['--test-suite']).entries).toEqual(['test-suite']);
    expect(benchOptions(['--scale', '--build', '--compare-starlight'])).toEqual({ entries: ['build', 'scale'], scale: [250, 1000], compareStarlight: true });
  });

  it('takes --scale=<pages> as the scale runs’ sizes without narrowing the entries', () => {
    expect(benchOptions(['--no-lighthouse', '--scale=50'])).toMatchObject({ entries: ['build', 'pages', 'search', 'scale'], scale: [50] });
  });

  it('refuses an option it does not know, naming the ones it does', () => {
    expect(() => benchOptions(['--scale-only'])).toThrow(/Unknown option '--scale-only'.*entries: build, pages, search, lighthouse, scale, test-suite/);
    expect(() => benchOptions(['--no-scale=50'])).toThrow(/npm run bench: .*--scale/);
  });
});
