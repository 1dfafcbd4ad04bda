import { AstroError } from 'astro/errors';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentError, readmeHint } from './content-errors';
import { warnContent } from './content-warnings';

describe('content errors and warnings', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('an error names the file and every problem, and its hint points to the README section', () => {
    const error = new ContentError('content/pages/example.mdx', ['line 3: first', 'line 9: second'], 'Cite a source');
    expect(error).toBeInstanceOf(AstroError);
    expect(error.name).toBe('ContentError');
    expect(error.message).toBe('Content problem in content/pages/example.mdx:\n  - line 3: first\n  - line 9: second');
    expect(error.hint).toBe('See "Cite a source" in README.md.');
    expect(readmeHint('Add a glossary term')).toBe('See "Add a glossary term" in README.md.');
  });

  it('a warning without the build logger goes to the console in the one format: [site-content] file: message', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnContent(`${process.cwd()}/content/pages/example.mdx`, 'line 4: <AsOf date="2023-12"> is older than the page\'s last review.');
    expect(warn).toHaveBeenCalledWith('[site-content] content/pages/example.mdx: line 4: <AsOf date="2023-12"> is older than the page\'s last review.');
  });
});
