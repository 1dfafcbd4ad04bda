/**
 * The words the search code draws results with, per language: written here rather than in en.ts and
 * es.ts (which take them from here), so the search code the browser fetches carries these few words
 * and not the dictionaries, every word of the site in both languages (4 kB brotli of the first
 * search, issue 22). Plain data: browser code may import it.
 */
import type { Locale } from '../../shared/paths.ts';

const en = {
  glossary: 'Glossary',
  searchTopicHidden: 'Topic: ',
  sectionsOf: (title: string) => `Sections of ${title}`,
  sectionOf: (title: string) => ` (section of ${title})`,
  noResults: (query: string) => `No pages found for “${query}”. Try a different or shorter word.`,
  resultsFound: (count: number, query: string) => `${count} ${count === 1 ? 'page' : 'pages'} found for “${query}”`,
  searchFailed: 'Search could not be loaded. Check your connection and try again.',
} as const;

type SearchResultWords = { readonly [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

export const SEARCH_RESULT_WORDS_IN = {
  en,
  es: {
    glossary: 'Glosario',
    searchTopicHidden: 'Tema: ',
    sectionsOf: (title: string) => `Secciones de ${title}`,
    sectionOf: (title: string) => ` (sección de ${title})`,
    noResults: (query: string) => `No se encontraron páginas para “${query}”. Pruebe con otra palabra o una más corta.`,
    resultsFound: (count: number, query: string) => `${count} ${count === 1 ? 'página encontrada' : 'páginas encontradas'} para “${query}”`,
    searchFailed: 'No se pudo cargar la búsqueda. Revise su conexión e inténtelo de nuevo.',
  },
} as const satisfies Record<Locale, SearchResultWords>;
