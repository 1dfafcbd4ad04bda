// The public address and the contact are the two settings a deployment must give. A production
// build without them warns loudly (astro.config.mjs prints deploymentWarnings), and a malformed
// contact stops the build with a message naming SITE_CONTACT and how to fix it.
// (Moved from tests/public-address-and-contact.spec.ts, which ran these in Playwright.)
import { describe, expect, it } from 'vitest';
import { deploymentWarnings, PLACEHOLDER_CONTACT, siteContact } from './built-site.mjs';

describe('deployment settings', () => {
  it('warns about a build without SITE_URL or SITE_CONTACT, naming each setting and how to set it', () => {
    const text = deploymentWarnings({}).join('\n');
    expect(text).toContain('SITE_URL is not set');
    expect(text).toContain('SITE_URL=https://');
    expect(text).toContain('SITE_CONTACT is not set');
    expect(text).toContain('SITE_CONTACT=mailto:');
    expect(text).toContain('printed pages show no address');
    expect(text).toContain('no updates feed (updates.xml) is written');
    expect(text).toContain('no "Report a problem with this page" link');
    expect(text, 'names no made-up address for the contact').not.toContain(PLACEHOLDER_CONTACT);
  });

  it('has nothing to warn about when both settings are given', () => {
    expect(deploymentWarnings({ SITE_URL: 'https://lupus.example.net', SITE_CONTACT: 'https://lupus.example.net/report' })).toEqual([]);
  });

  it('accepts a mailto: address or an https:// page as the contact, and falls back to a marked placeholder', () => {
    expect(siteContact('mailto:editors@lupus.example.net')).toEqual({ href: 'mailto:editors@lupus.example.net', kind: 'email', placeholder: false });
    expect(siteContact('https://lupus.example.net/report')).toEqual({ href: 'https://lupus.example.net/report', kind: 'web', placeholder: false });
    expect(siteContact(undefined)).toEqual({ href: PLACEHOLDER_CONTACT, kind: 'email', placeholder: true });
  });

  it.each(['editors@lupus.example.net', 'mailto:editors', 'http://lupus.example.net/report', 'lupus.example.net'])(
    'refuses a malformed contact ("%s") with a message naming SITE_CONTACT and an example',
    (bad) => {
      expect(() => siteContact(bad)).toThrow(/SITE_CONTACT is "[^"]+".*for example SITE_CONTACT=mailto:/);
    },
  );
});
