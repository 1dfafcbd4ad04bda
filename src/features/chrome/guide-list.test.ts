import { describe, expect, it, vi } from 'vitest';
import { getPages, guideContents, guideOf } from './navigation';
import { guideListHtml } from './guide-list';
import { PAGES } from '../../shared/testing/collections';

vi.mock('astro:content', async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import('../../shared/testing/collections')) }));

const byId = (id: string) => PAGES.find((page) => page.id === id)!;
const withBase = (path: string) => `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;

describe('the guide contents list', () => {
  it('links every page of the topic in order and marks the current one, unlinked', async () => {
    const pages = await getPages();
    const guide = guideOf(pages, byId('lupus-nephritis/symptoms'));
    expect(guideListHtml(guide, 'en')).toBe(
      `<li><a href="${withBase('/lupus-nephritis/')}">Lupus nephritis: an overview</a></li>` +
        '<li aria-current="page"><span class="guide-contents__current">Symptoms and diagnosis</span></li>' +
        `<li><a href="${withBase('/lupus-nephritis/treatment/')}">Treatment for lupus nephritis</a></li>`,
    );
  });

  it('says the same as the list of entries navigation gives, for every page of the topic', async () => {
    const pages = await getPages();
    for (const id of ['lupus-nephritis/index', 'lupus-nephritis/symptoms', 'lupus-nephritis/treatment']) {
      const html = guideListHtml(guideOf(pages, byId(id)), 'en');
      const entries = guideContents(pages, byId(id));
      expect(html.match(/<li[^>]*>/g)).toHaveLength(entries.length);
      expect(html.match(/<li aria-current="page">/g)).toHaveLength(1);
      expect(html).toContain(`<span class="guide-contents__current">${entries.find((entry) => entry.current)!.label}</span>`);
    }
  });

  it('shares one list between the pages of a topic, so the items are written once', async () => {
    const pages = await getPages();
    expect(guideOf(pages, byId('lupus-nephritis/index')).entries).toBe(guideOf(pages, byId('lupus-nephritis/treatment')).entries);
    expect(guideOf(pages, byId('index'))).toEqual({ entries: [], current: -1 });
  });

  it('marks, in the Spanish guide, an English page with its language and "(en inglés)"', async () => {
    const pages = await getPages('es');
    const treatment = pages.find((page) => page.id === 'lupus-nephritis/treatment')!;
    const html = guideListHtml(guideOf(pages, treatment), 'es');
    expect(html).toContain(
      `<li><a href="${withBase('/lupus-nephritis/symptoms/')}" hreflang="en"><span lang="en">Symptoms and diagnosis</span> <span class="other-language">(en inglés)</span></a></li>`,
    );
    expect(html).toContain(`<li><a href="${withBase('/es/lupus-nephritis/')}">`);
    expect(html).toMatch(/<li aria-current="page"><span class="guide-contents__current">[^<]+<\/span><\/li>$/);
  });
});
