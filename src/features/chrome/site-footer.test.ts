// The footer and the printout's letterhead of a build without a publisher's settings (issue 20.8):
// no made-up domain on paper and no contact link to nowhere. Rendered with Astro's container API,
// once without SITE_URL and SITE_CONTACT and once with them; the settings are read when the modules
// load, so each case loads them afresh.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLACEHOLDER_SITE_URL } from '../../shared/paths.ts';

async function render(env: Record<string, string | undefined>): Promise<{ footer: string; letterhead: string }> {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value as string);
  const { default: SiteFooter } = await import('./SiteFooter.astro');
  const { default: PrintedFrom } = await import('./PrintedFrom.astro');
  const container = await AstroContainer.create();
  // What BaseLayout passes: the canonical address, which falls back to the placeholder domain.
  const url = `${env['SITE_URL'] ?? PLACEHOLDER_SITE_URL}/lupus-nephritis/`;
  const review = { lastReviewed: new Date('2026-11-03'), nextReview: new Date('2027-05-03') };
  return {
    footer: await container.renderToString(SiteFooter, { props: { url, title: 'Lupus nephritis', review } }),
    letterhead: await container.renderToString(PrintedFrom, { props: { url, review } }),
  };
}

afterEach(() => vi.unstubAllEnvs());

describe('the footer and the printed letterhead', () => {
  it('without SITE_URL and SITE_CONTACT, name the site on paper and show no made-up domain or contact link', async () => {
    const { footer, letterhead } = await render({ SITE_URL: '', SITE_CONTACT: '' });
    expect(footer + letterhead).not.toContain('example.org');
    expect(letterhead).toContain('Printed from Lupus and Stromal Cell Therapy');
    expect(footer).not.toContain('Report a problem with this page');
  });

  it('with them, print the page address and link the report to the configured contact', async () => {
    const { footer, letterhead } = await render({ SITE_URL: 'https://lupus.example.net', SITE_CONTACT: 'mailto:editors@lupus.example.net' });
    expect(letterhead).toContain('Printed from https://lupus.example.net/lupus-nephritis/');
    expect(footer).toMatch(/<a href="mailto:editors@lupus\.example\.net\?subject=[^"]+">Report a problem with this page<\/a>/);
  });

  it('print the review dates in the letterhead and leave the footer to the screen', async () => {
    const { footer, letterhead } = await render({ SITE_URL: 'https://lupus.example.net', SITE_CONTACT: 'mailto:editors@lupus.example.net' });
    expect(letterhead).toMatch(/class="print-only printed-from"/);
    expect(letterhead).toMatch(/Last reviewed <time datetime="2026-11-03">/);
    expect(footer).toMatch(/<footer class="site-footer screen-only"/);
    expect(footer).toMatch(/Last reviewed <time datetime="2026-11-03">/);
  });
});
