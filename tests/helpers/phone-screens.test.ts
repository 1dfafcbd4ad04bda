import { describe, expect, it } from 'vitest';
import { isReferencePage } from './phone-screens.ts';

describe('isReferencePage', () => {
  it('is true for a page that renders the whole glossary or the whole source list', () => {
    expect(isReferencePage('<section class="glossary-section" aria-labelledby="letter-a">')).toBe(true);
    expect(isReferencePage('<section class="source-group" aria-labelledby="kind-journal-article">')).toBe(true);
  });
  it('is false for a reading page, even one with glossary terms and references', () => {
    expect(isReferencePage('<a class="glossary-term" href="/glossary/#msc">MSC</a><section class="references">')).toBe(false);
  });
});
