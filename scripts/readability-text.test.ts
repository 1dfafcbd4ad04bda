import { describe, expect, it } from 'vitest';
import { runningText } from './readability.mjs';

describe('the readability report reads the running text', () => {
  it('leaves out the parts marked .screen-only, but keeps a glossary definition that opens in place', () => {
    const html = `<main>
      <p>Kidney damage is common.</p>
      <p class="references__back screen-only">Back to the citation.</p>
      <div class="previous-next screen-only"><p>Next: treatment</p></div>
      <p>A flare<span class="glossary-definition screen-only" popover> (a time when symptoms get worse)</span> can come back.</p>
    </main>`;
    expect(runningText(html).join(' | ')).toBe('Kidney damage is common. | A flare (a time when symptoms get worse) can come back.');
  });
});
