// Byte counts: raw, gzip (level 9) and brotli (quality 11), as a static host would serve them.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @param {Buffer} bytes */
export function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Total bytes of the files under a folder. @param {string} dir */
export function dirSize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    total += entry.isDirectory() ? dirSize(full) : statSync(full).size;
  }
  return total;
}

/** The search index proper (grows with the site), apart from Pagefind's UI and engine files. @param {string} dir */
export function indexDataSize(dir) {
  return ['index', 'fragment', 'filter', 'pagefind-entry.json']
    .map((name) => join(dir, name))
    .filter((path) => existsSync(path))
    .reduce((total, path) => total + (statSync(path).isDirectory() ? dirSize(path) : statSync(path).size), 0);
}
