// Byte counts: raw, gzip (level 9) and brotli (quality 11), as a static host would serve them.
import { readdirSync, statSync } from 'node:fs';
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

/** The search index proper (grows with the site), apart from Pagefind's UI and engine files. @param {string} dir a build's pagefind/ */
export function indexDataSize(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /^(index|fragment|filter)\/|^pagefind-entry\.json$/.test(file))
    .reduce((total, file) => total + statSync(join(dir, file)).size, 0);
}
