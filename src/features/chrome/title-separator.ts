/**
 * Separator between page title and site name in `<title>`: an en dash, as in the page shell spec.
 * A module of its own so the search page's code can use it without the dictionaries (site.ts reads them).
 */
export const TITLE_SEPARATOR = ' – ';
