// Stand-in content for the modules that read Astro's collections (navigation, the A–Z). Vitest has
// no content store, so tests mock `astro:content` with these: pages and glossary entries shaped as
// getCollection returns them.
import type { Page } from '../../features/chrome/navigation';
import type { TopicId } from '../../features/chrome/site';

export function fakePage(id: string, topic: TopicId, order: number, title: string, shortTitle?: string): Page {
  return { id, collection: 'pages', data: { title, topic, order, shortTitle, description: '', keywords: [], glossary: true } } as unknown as Page;
}

/** A small site: the home page, two topics with an overview each, and one about page. */
export const PAGES: Page[] = [
  fakePage('lupus-nephritis/treatment', 'lupus-nephritis', 3, 'Treatment for lupus nephritis', 'Treatment'),
  fakePage('index', 'stromal-cell-therapy', 0, 'Stromal cell therapy for lupus'),
  fakePage('lupus-nephritis/index', 'lupus-nephritis', 1, 'Lupus nephritis: an overview'),
  fakePage('trial-history/index', 'trial-history', 1, 'The history of the US trials'),
  fakePage('lupus-nephritis/symptoms', 'lupus-nephritis', 2, 'Symptoms and diagnosis'),
  fakePage('about/index', 'about', 1, 'About this site'),
  fakePage('trial-history/phase-1', 'trial-history', 2, 'The Phase I trial'),
];

export const GLOSSARY = [
  { id: 'lupus-nephritis', data: { id: 'lupus-nephritis', term: 'lupus nephritis', abbr: 'LN' } },
  { id: 'b-cell', data: { id: 'b-cell', term: 'B cell' } },
  { id: 'sri-4', data: { id: 'sri-4', term: '4-point SLE Responder Index' } },
];

/** Spanish translations (content/es/pages) of two of the pages: the nephritis overview and its treatment page. */
export const PAGES_ES = [
  {
    id: 'lupus-nephritis/index',
    collection: 'pagesEs',
    body: '',
    data: { title: 'Nefritis lúpica: resumen', description: '', summary: '', keywords: [], corrections: [], translatedFrom: new Date('2026-12-01') },
  },
  {
    id: 'lupus-nephritis/treatment',
    collection: 'pagesEs',
    body: '',
    data: {
      title: 'Tratamiento de la nefritis lúpica',
      shortTitle: 'Tratamiento',
      description: '',
      summary: '',
      keywords: [],
      corrections: [],
      translatedFrom: new Date('2026-12-01'),
    },
  },
];

export async function getCollection(name: string): Promise<unknown[]> {
  if (name === 'pages') return [...PAGES];
  if (name === 'pagesEs') return [...PAGES_ES];
  if (name === 'glossary') return [...GLOSSARY];
  throw new Error(`no stand-in for the collection "${name}"`);
}
