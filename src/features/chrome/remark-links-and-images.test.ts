import type { Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { compile, compileError, sitePlugins } from '../../shared/testing/mdx';

/** The link targets after the plugin, with the site built for `base`. */
async function linksIn(source: string, base = '/'): Promise<string[]> {
  const { mdast } = await compile(source, { plugins: sitePlugins(base) });
  const urls: string[] = [];
  visit(mdast, 'link', (link: Link) => void urls.push(link.url));
  return urls;
}

describe('remarkLinksAndImages', () => {
  it('leaves internal links as written when the site is served from the root', async () => {
    expect(await linksIn('[a](/lupus-nephritis/) [b](/glossary/#lupus) [c](/search/)')).toEqual(['/lupus-nephritis/', '/glossary/#lupus', '/search/']);
  });

  it('adds the base path to internal links, keeping the fragment, under a sub-path build', async () => {
    expect(await linksIn('[a](/lupus-nephritis/) [b](/glossary/#lupus) [c](/)', '/lupus-msc/')).toEqual([
      '/lupus-msc/lupus-nephritis/',
      '/lupus-msc/glossary/#lupus',
      '/lupus-msc/',
    ]);
  });

  it('accepts a base path written without the final slash', async () => {
    expect(await linksIn('[a](/about/)', '/lupus-msc')).toEqual(['/lupus-msc/about/']);
  });

  it('adds the base path to links to files in public/', async () => {
    expect(await linksIn('[icon](/favicon.svg)', '/lupus-msc/')).toEqual(['/lupus-msc/favicon.svg']);
  });

  it('leaves full web addresses, mail links and in-page fragments alone', async () => {
    expect(await linksIn('[a](https://example.org/x) [b](mailto:someone@example.org) [c](#top)', '/lupus-msc/')).toEqual([
      'https://example.org/x',
      'mailto:someone@example.org',
      '#top',
    ]);
  });

  it('refuses a link to a page that does not exist, naming the file, the line and the link', async () => {
    const message = await compileError('Intro.\n\nThis [x](/no-such-page/) link goes nowhere.');
    expect(message).toContain('Content problem in content/pages/example.mdx');
    expect(message).toContain(
      'line 3: the link "/no-such-page/" does not match any page on this site. Check the spelling, or link to one of the pages in content/pages.',
    );
  });

  it('suggests the final slash when the link lacks only that', async () => {
    expect(await compileError('[x](/lupus-nephritis)')).toContain(
      'the link "/lupus-nephritis" does not match any page on this site. Add the final slash: /lupus-nephritis/',
    );
  });

  it('refuses a relative link and asks for a path from the site root', async () => {
    expect(await compileError('[x](treatment/)')).toContain(
      'line 1: the link "treatment/" is neither a full web address (https://…) nor a path from the site root (such as /lupus-nephritis/). Write internal links from the site root.',
    );
  });

  it('refuses a Markdown image without alt text and shows how to add it', async () => {
    expect(await compileError('Text.\n\n![](/favicon.svg)')).toContain(
      'line 3: the image "/favicon.svg" has no alt text. Describe what the image shows between the square brackets: ![what it shows](/favicon.svg)',
    );
  });

  it('refuses an <img> whose alt is missing or blank', async () => {
    expect(await compileError('<img src="/favicon.svg" />')).toContain('line 1: an <img> has no alt text. Add alt="what the image shows".');
    expect(await compileError('<img src="/favicon.svg" alt=" " />')).toContain('an <img> has no alt text');
  });

  it('accepts images with alt text', async () => {
    await expect(compile('![The site logo](/favicon.svg)\n\n<img src="/favicon.svg" alt="The site logo" />')).resolves.toBeDefined();
  });
});
