// The footer of a build without a publisher's settings (issue 20.8): no made-up domain on paper and
// no contact link to nowhere. Rendered with Astro's container API, once without SITE_URL and
// SITE_CONTACT and once with them; the settings are read when the modules load, so each case loads
// them afresh.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLACEHOLDER_SITE_URL } from '../../shared/paths.ts';

async function renderFooter(env: Record<string, string | undefined>): Promise<string> {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value as string);
  const { default: SiteFooter } = await import('./SiteFooter.astro');
  const container = await AstroContainer.create();
  // What BaseLayout passes: the canonical address, which falls back to the placeholder domain.
  const url = `${env['SITE_URL'] ?? PLACEHOLDER_SITE_URL}/lupus-nephritis/`;
  return container.renderToString(SiteFooter, { props: { url, title: 'Lupus nephritis' } });
}

afterEach(() => vi.unstubAllEnvs());

describe('the footer', () => {
  it('without SITE_URL and SITE_CONTACT, names the site on paper and shows no made-up domain or contact link', async () => {
    const html = await renderFooter({ SITE_URL: '', SITE_CONTACT: '' });
    expect(html).not.toContain('example.org');
    expect(html).toContain('Printed from Lupus and Stromal Cell Therapy');
    expect(html).not.toContain('Report a problem with this page');
  });

  it('with them, prints the page address and links the report to the configured contact', async () => {
    const html = await renderFooter({ SITE_URL: 'https://lupus.example.net', SITE_CONTACT: 'mailto:editors@lupus.example.net' });
    expect(html).toContain('Printed from https://lupus.example.net/lupus-nephritis/');
    expect(html).toMatch(/<a href="mailto:editors@lupus\.example\.net\?subject=[^"]+">Report a problem with this page<\/a>/);
  });
});
