// Node-only: the public address and the contact are the two settings a deployment must give.
// A production build without them warns loudly (astro.config.mjs prints deploymentWarnings), and
// a malformed contact stops the build with a message naming SITE_CONTACT and how to fix it.
import { test, expect } from '@playwright/test';
import { deploymentWarnings, PLACEHOLDER_CONTACT, siteContact } from '../src/features/chrome/built-site.mjs';

test('a build without SITE_URL or SITE_CONTACT is warned about, naming each setting and how to set it', () => {
  const text = deploymentWarnings({}).join('\n');
  expect(text).toContain('SITE_URL is not set');
  expect(text).toContain('SITE_URL=https://');
  expect(text).toContain('SITE_CONTACT is not set');
  expect(text).toContain('SITE_CONTACT=mailto:');
  expect(text).toContain('printed page');
});

test('a build with both settings given has nothing to warn about', () => {
  expect(deploymentWarnings({ SITE_URL: 'https://lupus.example.net', SITE_CONTACT: 'https://lupus.example.net/report' })).toEqual([]);
});

test('the contact accepts a mailto: address or an https:// page, and falls back to a marked placeholder', () => {
  expect(siteContact('mailto:editors@lupus.example.net')).toEqual({ href: 'mailto:editors@lupus.example.net', kind: 'email', placeholder: false });
  expect(siteContact('https://lupus.example.net/report')).toEqual({ href: 'https://lupus.example.net/report', kind: 'web', placeholder: false });
  expect(siteContact(undefined)).toEqual({ href: PLACEHOLDER_CONTACT, kind: 'email', placeholder: true });
});

for (const bad of ['editors@lupus.example.net', 'mailto:editors', 'http://lupus.example.net/report', 'lupus.example.net']) {
  test(`a malformed contact ("${bad}") is refused with a message naming SITE_CONTACT and an example`, () => {
    expect(() => siteContact(bad)).toThrow(/SITE_CONTACT is "[^"]+".*for example SITE_CONTACT=mailto:/);
  });
}
