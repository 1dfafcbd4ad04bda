import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, describe, expect, it } from 'vitest';
import GuideContents from '../chrome/GuideContents.astro';
import { withoutGuideContents, writeIndexInput, writeIndexInputCopy } from './search-index-input';

const guide = (items: string, attributes = '') =>
  `<nav class="guide-contents screen-only" aria-label="Lupus: pages in this guide" data-pagefind-ignore${attributes}><p>Lupus</p><details><summary>Lupus</summary><ol>${items}</ol></details></nav>`;
const page = (inside: string) =>
  `<html lang="en"><head><title>A page</title></head><body><main><article data-pagefind-body><h1>A page</h1>${inside}<p>Words readers search for.</p><nav class="toc">On this page</nav></article></main></body></html>`;
const text = (html: string) => withoutGuideContents(Buffer.from(html)).toString('utf8');

describe('the pages Pagefind reads', () => {
  it('leave out the guide contents and keep everything around them', () => {
    const items = '<li><a href="/lupus/">Lupus — an overview</a></li><li aria-current="page"><span>Symptoms</span></li>';
    expect(text(page(guide(items)))).toBe(page(''));
  });

  it('leave out the guide contents as the site writes them (GuideContents.astro), so a change to their markup cannot switch the cut off unseen', async () => {
    const container = await AstroContainer.create();
    const entries = [
      { id: 'lupus', label: 'Lupus — an overview', href: '/lupus/' },
      { id: 'lupus/symptoms', label: 'Symptoms', href: '/lupus/symptoms/' },
    ];
    const rendered = await container.renderToString(GuideContents, { props: { topicLabel: 'Lupus', guide: { entries, current: 1 } } });
    expect(rendered, 'the site wrote guide contents').toContain('Lupus — an overview');
    expect(text(page(rendered))).toBe(page(''));
  });

  it('are the page as it is when it has no guide contents', () => {
    const html = page('<nav class="toc">On this page</nav>');
    expect(text(html)).toBe(html);
  });

  it('keep guide contents that carry a Pagefind attribute, which Pagefind reads even in an ignored element', () => {
    const html = page(guide('<li><span data-pagefind-meta="topic:Lupus">Lupus</span></li>'));
    expect(text(html)).toBe(html);
  });

  it('keep guide contents whose own tag carries a Pagefind filter or metadata', () => {
    const html = page(guide('<li>Lupus</li>', ' data-pagefind-filter="topic:Lupus"'));
    expect(text(html)).toBe(html);
  });

  it('keep guide contents that hold another nav, where the first </nav> is not theirs', () => {
    const html = page(guide('<li><nav>inner</nav></li>'));
    expect(text(html)).toBe(html);
  });

  it('keep a page whose guide contents are not closed', () => {
    const html = page('<nav class="guide-contents screen-only" data-pagefind-ignore><ol><li>Lupus</li></ol>');
    expect(text(html)).toBe(html);
  });

  describe('as a folder', () => {
    let dir = '';
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('holds every HTML page at its own path, without its guide contents, and nothing else', () => {
      dir = mkdtempSync(join(tmpdir(), 'search-index-input-test-'));
      const [dist, copy] = [join(dir, 'dist'), join(dir, 'copy')];
      mkdirSync(join(dist, 'es', 'lupus'), { recursive: true });
      writeFileSync(join(dist, 'index.html'), page(''));
      writeFileSync(join(dist, 'es', 'lupus', 'index.html'), page(guide('<li>Lupus</li>')));
      writeFileSync(join(dist, 'site.css'), 'body{}');
      writeIndexInput(dist, copy);
      expect(
        readdirSync(copy, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.html'))
          .sort(),
      ).toEqual(['es/lupus/index.html', 'index.html']);
      expect(readdirSync(copy)).not.toContain('site.css');
      expect(readFileSync(join(copy, 'es', 'lupus', 'index.html'), 'utf8')).toBe(page(''));
    });

    it('is written in the first place that takes it, and in the next when one fails', () => {
      dir = mkdtempSync(join(tmpdir(), 'search-index-input-test-'));
      const [dist, memory, disk] = [join(dir, 'dist'), join(dir, 'memory'), join(dir, 'disk')];
      mkdirSync(dist);
      mkdirSync(disk);
      writeFileSync(join(dist, 'index.html'), page(guide('<li>Lupus</li>')));
      const copy = writeIndexInputCopy(dist, [memory, disk]); // no `memory` folder: that place fails
      expect(copy.startsWith(join(disk, 'search-index-input-'))).toBe(true);
      expect(readFileSync(join(copy, 'index.html'), 'utf8')).toBe(page(''));
      mkdirSync(memory);
      expect(writeIndexInputCopy(dist, [memory, disk]).startsWith(join(memory, 'search-index-input-'))).toBe(true);
    });

    it('fails naming the places when none takes it', () => {
      dir = mkdtempSync(join(tmpdir(), 'search-index-input-test-'));
      mkdirSync(join(dir, 'dist'));
      expect(() => writeIndexInputCopy(join(dir, 'dist'), [join(dir, 'a'), join(dir, 'b')])).toThrow(`in ${join(dir, 'a')} or ${join(dir, 'b')}`);
    });
  });
});
