import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHead } from './headers';

const dir = mkdtempSync(join(tmpdir(), 'headers-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading a built page for its CSP', () => {
  it('reads only the head of a long page', () => {
    const file = join(dir, 'long.html');
    writeFileSync(file, `<html><head><meta http-equiv="content-security-policy" content="x"></head><body>${'<p>é</p>'.repeat(20_000)}</body></html>`);
    expect(readHead(file)).toBe('<html><head><meta http-equiv="content-security-policy" content="x">');
  });

  it('reads the whole file when the head does not end early (so no <meta> is missed)', () => {
    const file = join(dir, 'big-head.html');
    const text = `<html><head>${'<link rel="x">'.repeat(2_000)}<meta http-equiv="content-security-policy" content="y"></head></html>`;
    writeFileSync(file, text);
    expect(readHead(file)).toBe(text);
  });
});
