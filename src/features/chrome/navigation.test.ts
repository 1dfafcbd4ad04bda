import { describe, expect, it, vi } from 'vitest';
import { breadcrumbs, getPages, guideContents, linksIn, navLabel, pagePath, previousAndNext, topicPages } from './navigation';
import { PAGES, fakePage } from '../../shared/testing/collections';

// Only getCollection is replaced: the rest of astro:content stays real for other test files.
vi.mock('astro:content', async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import('../../shared/testing/collections')) }));

const byId = (id: string) => PAGES.find((page) => page.id === id)!;

describe('navigation', () => {
  it('orders pages by topic as the primary navigation does, then by order, then by title', async () => {
    expect((await getPages()).map((page) => page.id)).toEqual([
      'index',
      'trial-history/index',
      'trial-history/phase-1',
      'lupus-nephritis/index',
      'lupus-nephritis/symptoms',
      'lupus-nephritis/treatment',
      'about/index',
    ]);
  });

  it('derives a page URL from its file: index files give the folder URL', () => {
    expect(pagePath(byId('index'))).toBe('/');
    expect(pagePath(byId('lupus-nephritis/index'))).toBe('/lupus-nephritis/');
    expect(pagePath(byId('lupus-nephritis/treatment'))).toBe('/lupus-nephritis/treatment/');
  });

  it('names a topic overview after its topic, and other pages by their short title or title', () => {
    expect(navLabel(byId('lupus-nephritis/index'))).toBe('Lupus nephritis');
    expect(navLabel(byId('lupus-nephritis/treatment'))).toBe('Treatment');
    expect(navLabel(byId('lupus-nephritis/symptoms'))).toBe('Symptoms and diagnosis');
  });

  it('lists the pages of a topic without the home page', async () => {
    const pages = await getPages();
    expect(topicPages(pages, 'stromal-cell-therapy')).toEqual([]);
    expect(topicPages(pages, 'trial-history').map((page) => page.id)).toEqual(['trial-history/index', 'trial-history/phase-1']);
  });

  it('gives breadcrumbs Home › topic overview › page, and none on the home page', async () => {
    const pages = await getPages();
    expect(breadcrumbs(pages, byId('index'))).toEqual([]);
    expect(breadcrumbs(pages, byId('lupus-nephritis/treatment'))).toMatchObject([
      { label: 'Home', href: '/' },
      { label: 'Lupus nephritis', href: '/lupus-nephritis/' },
      { label: 'Treatment', href: '/lupus-nephritis/treatment/' },
    ]);
  });

  it('does not repeat the overview in its own breadcrumbs', async () => {
    expect(breadcrumbs(await getPages(), byId('lupus-nephritis/index'))).toMatchObject([
      { label: 'Home', href: '/' },
      { label: 'Lupus nephritis', href: '/lupus-nephritis/' },
    ]);
  });

  it('links previous and next pages within the topic, then leads from its last page to the next topic', async () => {
    const pages = await getPages();
    expect(previousAndNext(pages, byId('lupus-nephritis/symptoms'))).toMatchObject({
      previous: { label: 'Lupus nephritis', href: '/lupus-nephritis/' },
      next: { label: 'Treatment', href: '/lupus-nephritis/treatment/', nextTopic: false },
    });
    // The first page of a topic has no previous link, even though another topic comes before it.
    expect(previousAndNext(pages, byId('trial-history/index'))).toMatchObject({
      previous: undefined,
      next: { label: 'The Phase I trial', href: '/trial-history/phase-1/', nextTopic: false },
    });
    // A topic's last page is no dead end: "next" is the following topic's overview, marked as such.
    expect(previousAndNext(pages, byId('trial-history/phase-1'))).toMatchObject({
      previous: { label: 'History of the US trials', href: '/trial-history/' },
      next: { label: 'Lupus nephritis', href: '/lupus-nephritis/', nextTopic: true },
    });
    expect(previousAndNext(pages, byId('lupus-nephritis/treatment'))).toMatchObject({
      previous: { label: 'Symptoms and diagnosis', href: '/lupus-nephritis/symptoms/' },
      next: { label: 'About this site', href: '/about/', nextTopic: true },
    });
    // After the last topic it wraps to the first; here that topic has no overview page, so no link.
    expect(previousAndNext(pages, byId('about/index'))).toEqual({ previous: undefined, next: undefined });
  });

  it("lists the current topic's pages as guide contents by full title, marking the current one", async () => {
    const pages = await getPages();
    expect(guideContents(pages, byId('lupus-nephritis/symptoms'))).toMatchObject([
      { label: 'Lupus nephritis: an overview', href: '/lupus-nephritis/', current: false },
      { label: 'Symptoms and diagnosis', href: '/lupus-nephritis/symptoms/', current: true },
      { label: 'Treatment for lupus nephritis', href: '/lupus-nephritis/treatment/', current: false },
    ]);
    expect(guideContents(pages, byId('index'))).toEqual([]);
  });

  it('gives a page outside the list no neighbours', async () => {
    expect(previousAndNext(await getPages(), fakePage('index', 'about', 0, 'Home'))).toEqual({ previous: undefined, next: undefined });
  });

  it('sorts the pages once while the collection is unchanged, so every page of a build shares the order', async () => {
    expect(await getPages()).toBe(await getPages());
  });

  it('sorts again when a page is edited, added or removed, so astro dev never shows a stale order', async () => {
    const treatment = PAGES.findIndex((page) => page.id === 'lupus-nephritis/treatment');
    const original = PAGES[treatment]!;
    try {
      // An edit gives the entry new data, as Astro's store does when a file changes.
      PAGES[treatment] = fakePage('lupus-nephritis/treatment', 'lupus-nephritis', 0, 'Treatment for lupus nephritis', 'Treatment');
      expect(topicPages(await getPages(), 'lupus-nephritis').map((page) => page.id)[0]).toBe('lupus-nephritis/treatment');
      PAGES.push(fakePage('about/contact', 'about', 2, 'Contact'));
      expect(topicPages(await getPages(), 'about').map((page) => page.id)).toEqual(['about/index', 'about/contact']);
    } finally {
      PAGES[treatment] = original;
      PAGES.splice(
        PAGES.findIndex((page) => page.id === 'about/contact'),
        1,
      );
    }
    expect(topicPages(await getPages(), 'lupus-nephritis').map((page) => page.id)).toEqual([
      'lupus-nephritis/index',
      'lupus-nephritis/symptoms',
      'lupus-nephritis/treatment',
    ]);
    expect(topicPages(await getPages(), 'about').map((page) => page.id)).toEqual(['about/index']);
  });

  it('does not ask Astro for the pages again during a build, where they cannot change', async () => {
    const sorted = await getPages();
    vi.stubEnv('DEV', false);
    PAGES.push(fakePage('about/contact', 'about', 2, 'Contact'));
    try {
      expect(await getPages()).toBe(sorted);
    } finally {
      PAGES.pop();
      vi.unstubAllEnvs();
    }
  });
});

describe('navigation in Spanish', () => {
  it('lists each page as its translation where there is one, else as the English page marked English', async () => {
    const pages = await getPages('es');
    expect(pages.map((page) => [page.id, page.locale ?? 'en'])).toEqual([
      ['index', 'en'],
      ['trial-history/index', 'en'],
      ['trial-history/phase-1', 'en'],
      ['lupus-nephritis/index', 'es'],
      ['lupus-nephritis/symptoms', 'en'],
      ['lupus-nephritis/treatment', 'es'],
      ['about/index', 'en'],
    ]);
    const treatment = pages.find((page) => page.id === 'lupus-nephritis/treatment')!;
    expect(pagePath(treatment)).toBe('/es/lupus-nephritis/treatment/');
    // Topic and order come from the English page; the words from the translation.
    expect(treatment.data).toMatchObject({ title: 'Tratamiento de la nefritis lúpica', topic: 'lupus-nephritis', order: 3 });
  });

  it('gives Spanish breadcrumbs, guide and previous/next with each link in its language', async () => {
    const pages = await getPages('es');
    const treatment = pages.find((page) => page.id === 'lupus-nephritis/treatment')!;
    expect(breadcrumbs(pages, treatment)).toEqual([
      { label: 'Inicio', href: '/', locale: 'en' },
      { label: 'Nefritis lúpica', href: '/es/lupus-nephritis/', locale: 'es' },
      { label: 'Tratamiento', href: '/es/lupus-nephritis/treatment/', locale: 'es' },
    ]);
    expect(guideContents(pages, treatment).map(({ href, locale }) => [href, locale])).toEqual([
      ['/es/lupus-nephritis/', 'es'],
      ['/lupus-nephritis/symptoms/', 'en'],
      ['/es/lupus-nephritis/treatment/', 'es'],
    ]);
    expect(previousAndNext(pages, treatment).previous).toEqual({ label: 'Symptoms and diagnosis', href: '/lupus-nephritis/symptoms/', locale: 'en' });
  });

  it('points links written with English paths at the translation, or at the English page', async () => {
    const links = await linksIn([{ href: '/lupus-nephritis/' }, { href: '/about/' }, { href: '/search/' }], 'es');
    expect(links).toEqual([
      { href: '/es/lupus-nephritis/', locale: 'es' },
      { href: '/about/', locale: 'en' },
      { href: '/es/search/', locale: 'es' },
    ]);
    expect(await linksIn([{ href: '/about/' }], undefined)).toEqual([{ href: '/about/', locale: 'en' }]);
  });
});
