// The helpers that turn site paths into URLs, with and without a base path. withBase() reads the
// base Astro was configured with (import.meta.env.BASE_URL), so its sub-path cases stub that value.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { basePath } from '../features/chrome/built-site.mjs';
import {
  builtFileOfPath,
  joinBase,
  linkInLocale,
  localeOfContentFile,
  localizedPath,
  pageIdFromFile,
  pagePathFromId,
  pagesDirOf,
  splitLocale,
  stripBase,
} from './paths';
import { pagefindUrl, searchPageUrl } from '../features/search/search';
import { sourceHref } from '../features/citations/sources';
import { withBase } from '../features/chrome/urls';

afterEach(() => vi.unstubAllEnvs());

describe('basePath (BASE_PATH as astro.config.mjs reads it)', () => {
  it('is "/" when unset or empty', () => {
    expect(basePath()).toBe('/');
    expect(basePath('')).toBe('/');
    expect(basePath(' / ')).toBe('/');
  });

  it('has exactly one slash at each end, however it is written', () => {
    for (const raw of ['lupus-msc', '/lupus-msc', 'lupus-msc/', '//lupus-msc//']) expect(basePath(raw)).toBe('/lupus-msc/');
  });
});

describe('withBase', () => {
  it('leaves site paths as they are at the root', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(withBase('/glossary/')).toBe('/glossary/');
    expect(withBase('/')).toBe('/');
  });

  it('puts the base path in front under a sub-path', () => {
    vi.stubEnv('BASE_URL', '/lupus-msc/');
    expect(withBase('/glossary/')).toBe('/lupus-msc/glossary/');
    expect(withBase('/')).toBe('/lupus-msc/');
  });

  it('accepts a base without its final slash', () => {
    vi.stubEnv('BASE_URL', '/lupus-msc');
    expect(withBase('/about/')).toBe('/lupus-msc/about/');
  });
});

describe('search addresses', () => {
  it('puts the query in the search page address, encoded, and leaves it out when blank', () => {
    vi.stubEnv('BASE_URL', '/lupus-msc/');
    expect(searchPageUrl('  kidney biopsy ')).toBe('/lupus-msc/search/?q=kidney+biopsy');
    expect(searchPageUrl('a&b')).toBe('/lupus-msc/search/?q=a%26b');
    expect(searchPageUrl('   ')).toBe('/lupus-msc/search/');
  });

  it('serves Pagefind from /pagefind/ under the base', () => {
    vi.stubEnv('BASE_URL', '/lupus-msc/');
    expect(pagefindUrl('pagefind.js')).toBe('/lupus-msc/pagefind/pagefind.js');
  });
});

describe('pagePathFromId', () => {
  it('maps a content file to its URL: index files give the folder', () => {
    expect(pagePathFromId('index')).toBe('/');
    expect(pagePathFromId('about/index')).toBe('/about/');
    expect(pagePathFromId('about/privacy')).toBe('/about/privacy/');
    expect(pagePathFromId('trial-history/phase-1-trial')).toBe('/trial-history/phase-1-trial/');
  });

  it('does not mistake a page whose name ends in "index" for an index page', () => {
    expect(pagePathFromId('reference-index')).toBe('/reference-index/');
  });
});

describe('joinBase and stripBase', () => {
  it('puts a site path under the base, with one slash between them', () => {
    expect(joinBase('/', '/about/')).toBe('/about/');
    expect(joinBase('lupus-msc', '/about/')).toBe('/lupus-msc/about/');
    expect(joinBase('/lupus-msc/', '//about/')).toBe('/lupus-msc/about/');
  });

  it('takes the base off a served path, and refuses a path outside the base', () => {
    expect(stripBase('/lupus-msc/', '/lupus-msc/about/')).toBe('/about/');
    expect(stripBase('/lupus-msc/', '/lupus-msc/')).toBe('/');
    expect(stripBase('/lupus-msc/', '/about/')).toBeNull();
    expect(stripBase('/', '/about/')).toBe('/about/');
  });
});

describe('pageIdFromFile and builtFileOfPath', () => {
  it('makes a content id from a file path in content/pages, on any operating system', () => {
    expect(pageIdFromFile('about/privacy.mdx')).toBe('about/privacy');
    expect(pageIdFromFile('about\\index.mdx')).toBe('about/index');
    expect(pagePathFromId(pageIdFromFile('about\\index.mdx'))).toBe('/about/');
  });

  it('finds the HTML file Astro writes for a site path', () => {
    expect(builtFileOfPath('/')).toBe('index.html');
    expect(builtFileOfPath('/about/privacy/')).toBe('about/privacy/index.html');
    expect(builtFileOfPath('/404.html')).toBe('404.html');
  });
});

describe('sourceHref', () => {
  it('prefers the source URL, then its DOI, then its registry record, and gives none otherwise', () => {
    expect(sourceHref({ url: 'https://example.org/a', doi: '10.1/x', registry: 'NCT02633163' })).toBe('https://example.org/a');
    expect(sourceHref({ doi: '10.1136/lupus-2022-000704', registry: 'NCT02633163' })).toBe('https://doi.org/10.1136/lupus-2022-000704');
    expect(sourceHref({ registry: 'NCT02633163' })).toBe('https://clinicaltrials.gov/study/NCT02633163');
    expect(sourceHref({})).toBeUndefined();
  });
});

describe('languages (LOCALES)', () => {
  it('serves English at the root and Spanish under /es/, and splits a path back', () => {
    expect(localizedPath('/about/', 'en')).toBe('/about/');
    expect(localizedPath('/about/', 'es')).toBe('/es/about/');
    expect(localizedPath('/', 'es')).toBe('/es/');
    expect(splitLocale('/es/about/')).toEqual({ locale: 'es', path: '/about/' });
    expect(splitLocale('/es/')).toEqual({ locale: 'es', path: '/' });
    expect(splitLocale('/essays/')).toEqual({ locale: 'en', path: '/essays/' });
    expect(joinBase('/lupus-msc/', localizedPath('/urgent-help/', 'es'))).toBe('/lupus-msc/es/urgent-help/');
  });

  it("finds a content file's language from its folder", () => {
    expect(localeOfContentFile('/work/site/content/es/pages/urgent-help.mdx')).toBe('es');
    expect(localeOfContentFile('content/pages/urgent-help.mdx')).toBe('en');
    expect(pagesDirOf('es')).toBe('content/es/pages');
  });

  it("points a translation's link at the translated page, the search page of its language, or the English page", () => {
    const translated = new Set(['/urgent-help/']);
    expect(linkInLocale('/urgent-help/#por-qué', 'es', translated)).toEqual({ path: '/es/urgent-help/#por-qué', locale: 'es' });
    expect(linkInLocale('/search/', 'es', translated)).toEqual({ path: '/es/search/', locale: 'es' });
    expect(linkInLocale('/lupus-nephritis/#signs', 'es', translated)).toEqual({ path: '/lupus-nephritis/#signs', locale: 'en' });
    expect(linkInLocale('/lupus-nephritis/', 'en', translated)).toEqual({ path: '/lupus-nephritis/', locale: 'en' });
  });
});
