import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeFragment, indexProblems, readIndexedPages, type IndexedPage } from './search-index-check';

const page = (url: string, extra: Partial<IndexedPage> = {}): IndexedPage => ({
  url,
  meta: { title: 'A title', keywords: 'kidney, stem cell' },
  filters: { topic: ['Lupus nephritis'] },
  ...extra,
});
const expected = [{ path: '/lupus-nephritis/', source: 'content/pages/lupus-nephritis/index.mdx', keywords: ['kidney', 'Stem cell'] }];

describe('the search index check', () => {
  it('finds nothing wrong when every content page is indexed with its title, topic and keywords', () => {
    expect(indexProblems(expected, [page('/lupus-nephritis/')], 'keywords')).toEqual([]);
  });

  it('names a content page missing from the index and the attribute that puts it there', () => {
    expect(indexProblems(expected, [], 'keywords')).toEqual([
      '/lupus-nephritis/ (content/pages/lupus-nephritis/index.mdx) is not in the index: did the layout mark its article with data-pagefind-body?',
    ]);
  });

  it('names a page indexed without a title, without a topic or without a declared keyword', () => {
    const problems = indexProblems(expected, [page('/lupus-nephritis/', { meta: { keywords: 'kidney' }, filters: {} })], 'keywords');
    expect(problems).toEqual([
      '/lupus-nephritis/: indexed without a title (is the <h1> inside data-pagefind-body?).',
      '/lupus-nephritis/: no data-pagefind-filter="topic:…", so the topic filter would miss it.',
      '/lupus-nephritis/ (content/pages/lupus-nephritis/index.mdx) declares the keywords "Stem cell", but Pagefind did not store them: is data-pagefind-meta="keywords[content]" missing from <meta name="keywords">?',
    ]);
  });

  it('names a page in the index that is not a content page', () => {
    expect(indexProblems(expected, [page('/lupus-nephritis/'), page('/search/')], 'keywords')).toEqual([
      '/search/ is in the index but is not a content page: mark it data-pagefind-ignore or drop its data-pagefind-body.',
    ]);
  });

  it('refuses a fragment that is not in the format it knows, naming the file', () => {
    expect(() => decodeFragment(gzipSync('{"url":"/"}'), 'en_1.pf_fragment')).toThrow(/en_1\.pf_fragment does not start with "pagefind_dcd"/);
  });
});

describe('reading an index the pinned Pagefind writes', () => {
  const site = mkdtempSync(join(tmpdir(), 'search-index-check-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('reads back each indexed page with its URL, title, metadata and filters, and skips pages without data-pagefind-body', async () => {
    mkdirSync(join(site, 'kidneys'));
    writeFileSync(
      join(site, 'kidneys', 'index.html'),
      '<html lang="en"><head><meta name="keywords" content="kidney, nephritis" data-pagefind-meta="keywords[content]"></head>' +
        '<body><article data-pagefind-body data-pagefind-filter="topic:Lupus nephritis"><h1>Kidneys</h1><p>Lupus can harm the kidneys.</p></article></body></html>',
    );
    writeFileSync(join(site, 'search.html'), '<html lang="en"><body><h1>Search</h1><p>Type a word.</p></body></html>');
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    try {
      expect((await index!.addDirectory({ path: site })).errors).toEqual([]);
      expect((await index!.writeFiles({ outputPath: join(site, 'pagefind') })).errors).toEqual([]);
    } finally {
      await pagefind.close();
    }
    expect(readIndexedPages(join(site, 'pagefind'))).toEqual([
      { url: '/kidneys/', meta: { title: 'Kidneys', keywords: 'kidney, nephritis' }, filters: { topic: ['Lupus nephritis'] } },
    ]);
  });
});
