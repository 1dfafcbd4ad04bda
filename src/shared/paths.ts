/**
 * The one place that maps between a page's content id, its MDX file, its URL path, its built HTML
 * file and the address it is served at (SITE_URL and BASE_PATH). Everything else imports these:
 * astro.config.mjs, the remark plugins, the build integrations, the scripts and the tests.
 *
 * Plain functions with no imports, so Node runs this file as it is (`node scripts/….mjs` imports
 * it directly) and Vite, Astro and Playwright load it unchanged.
 *
 * Terms: a "site path" is a URL path as the site sees it, without the base ("/about/",
 * "/404.html"); a "served path" has the base in front ("/lupus-msc/about/").
 */

/** Where the MDX pages live, from the project root. */
export const PAGES_DIR = 'content/pages';

/** The public origin canonical URLs and the sitemap use: SITE_URL, or a placeholder until deployed. */
/** The placeholder origin used until the publisher sets SITE_URL; a production build warns about it. */
export const PLACEHOLDER_SITE_URL = 'https://lupus-msc.example.org';
/** An empty SITE_URL counts as unset. */
export const SITE_URL: string = globalThis.process?.env.SITE_URL || PLACEHOLDER_SITE_URL;
/**
 * Whether the publisher set SITE_URL. Without it, printouts name no address (a made-up domain on
 * paper would mislead) and no updates feed is written (a feed needs the real address).
 */
export const SITE_URL_CONFIGURED: boolean = Boolean(globalThis.process?.env.SITE_URL);

/** "/", or the base path with one leading and one trailing slash: BASE_PATH as astro.config.mjs reads it. */
export function basePath(raw: string | undefined = globalThis.process?.env.BASE_PATH): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Site path ("/about/") → served path ("/lupus-msc/about/" under the base "/lupus-msc/"). */
export function joinBase(base: string, sitePath: string): string {
  return basePath(base) + sitePath.replace(/^\/+/, '');
}

/** Served path → site path, or null when it lies outside the base. */
export function stripBase(base: string, servedPath: string): string | null {
  const prefix = basePath(base);
  return servedPath.startsWith(prefix) ? `/${servedPath.slice(prefix.length)}` : null;
}

/** A content id (the MDX file's path inside content/pages, without ".mdx") from that file path. */
export function pageIdFromFile(fileInPagesDir: string): string {
  return fileInPagesDir
    .split('\\')
    .join('/')
    .replace(/\.mdx$/, '');
}

/**
 * The site path of a content page from its id:
 * `index` → `/`, `about/index` (or `about`) → `/about/`, `about/privacy` → `/about/privacy/`.
 */
export function pagePathFromId(id: string): string {
  const withoutIndex = id.replace(/(^|\/)index$/, '');
  return withoutIndex ? `/${withoutIndex}/` : '/';
}

/** Site path → the HTML file Astro writes for it (build.format "directory"), relative to dist/. */
export function builtFileOfPath(sitePath: string): string {
  if (sitePath.endsWith('.html')) return sitePath.slice(1);
  return `${sitePath.slice(1)}index.html`;
}

/** What a built page is: one written in content/pages, or one made by code in src/pages. */
export type PageKind = 'content' | 'search' | 'not-found';

/** Pages made by code rather than content (src/pages), by site path. */
export const CODE_PAGES: Readonly<Record<string, Exclude<PageKind, 'content'>>> = {
  '/search/': 'search',
  // One search page per language; one 404 page for the whole site (hosts serve a single one).
  '/es/search/': 'search',
  '/404.html': 'not-found',
};

/** One row of the page manifest (dist/page-manifest.json): every HTML page of a build. */
export interface ManifestPage {
  /** Site path, without the base: "/", "/about/", "/404.html". */
  path: string;
  /** The HTML file, relative to dist/. */
  file: string;
  kind: PageKind;
  /** The page's language (its <html lang>). */
  lang: Locale;
  /** The page in each language it is written in, by site path, this page included (only when there is more than one). */
  alternates?: Partial<Record<Locale, string>>;
  /** Content pages only: the content id ("about" for content/pages/about/index.mdx). */
  id?: string;
  /** Content pages only: the MDX file, from the project root, as the collection read it. */
  source?: string;
  title?: string;
  topic?: string;
  /** ISO dates (YYYY-MM-DD), content pages only. */
  lastReviewed?: string;
  nextReview?: string;
  /** Content pages only: the frontmatter's search keywords (src/features/search/search.ts ranks them higher). */
  keywords?: string[];
}

/** The page manifest, written with every build (see src/pages/page-manifest.json.ts). */
export interface PageManifest {
  base: string;
  /** The public origin the build was made for (SITE_URL, or the placeholder): canonical URLs start with it. */
  site: string;
  /** Site path of the updates feed, when the build wrote one (only with SITE_URL set). */
  feed?: string;
  /** Site path of each language's updates feed ("/updates.xml", "/es/updates.xml"), when written. */
  feeds?: Partial<Record<Locale, string>>;
  pages: ManifestPage[];
}

/** Its file name inside the build output. */
export const PAGE_MANIFEST_FILE = 'page-manifest.json';

/**
 * The site's languages. English is the source and stays at the root; every other language is a
 * folder of translations (content/<locale>/pages, same paths as content/pages) served under
 * /<locale>/. Adding a language is a line here, a content folder and a dictionary
 * (src/features/i18n/).
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** A language's name in that language, for the link to the page in it ("English", "Español"). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', es: 'Español' };

/** Whether a string is one of the site's locales. */
export const isLocale = (value: string | undefined): value is Locale => (LOCALES as readonly string[]).includes(value ?? '');

/** A page's language from Astro.currentLocale or <html lang> (undefined or unknown → English). */
export const localeOf = (current: string | undefined): Locale => (isLocale(current) ? current : DEFAULT_LOCALE);

/** Where a language's MDX pages live, from the project root: content/pages for English, content/es/pages for Spanish. */
export function pagesDirOf(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? PAGES_DIR : `content/${locale}/pages`;
}

/** The language of a content file (absolute or from the project root): content/es/pages/… → "es". */
export function localeOfContentFile(file: string): Locale {
  const match = /(?:^|[\\/])content[\\/]([a-z]{2})[\\/]pages[\\/]/.exec(file);
  return match && isLocale(match[1]) ? match[1] : DEFAULT_LOCALE;
}

/** An English site path in a language: ("/about/", "es") → "/es/about/"; English paths are unchanged. */
export function localizedPath(sitePath: string, locale: Locale): string {
  return locale === DEFAULT_LOCALE ? sitePath : `/${locale}${sitePath}`;
}

/** A site path's language and its English path: "/es/about/" → { locale: "es", path: "/about/" }. */
export function splitLocale(sitePath: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(\/.*)$/.exec(sitePath);
  if (match && isLocale(match[1]) && match[1] !== DEFAULT_LOCALE) return { locale: match[1], path: match[2]! };
  return { locale: DEFAULT_LOCALE, path: sitePath };
}

/**
 * Where a link written with an English site path goes on a page in `locale`: the translation when
 * `translated` (the language's English paths that have a translation) has it, or the search page
 * (there is one per language); else the English page, and `locale` says it is English, so the link
 * is marked (hreflang="en", "(en inglés)"). The fragment is kept.
 */
export function linkInLocale(url: string, locale: Locale, translated: ReadonlySet<string>): { path: string; locale: Locale } {
  const [path = '', ...fragment] = url.split('#');
  const hash = fragment.length > 0 ? `#${fragment.join('#')}` : '';
  if (locale === DEFAULT_LOCALE) return { path: url, locale };
  if (translated.has(path) || CODE_PAGES[localizedPath(path, locale)] === 'search') return { path: `${localizedPath(path, locale)}${hash}`, locale };
  return { path: url, locale: DEFAULT_LOCALE };
}
