// What each built page says, read from the build folder without a browser: every page once, parsed
// once (tests/helpers/built-page.ts) and shared by all the checks below, each a step of the page's
// test so a failure names the check. The tests run in file order in one worker, so each page is
// read and parsed once per build. What only a browser shows is in tests/*.spec.ts.
//
// Tagged @url-root: the checks whose result depends on where the site's URLs start; the
// built-site-root project runs them again against the build at the root.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { parse as parseYaml } from 'yaml';
import { isHash, parsePolicy, readMetaPolicy } from '../../src/features/chrome/csp.mjs';
import { builtFileOfPath, DEFAULT_LOCALE, LOCALE_NAMES, localizedPath, splitLocale, type Locale } from '../../src/shared/paths.ts';
import { DICTIONARIES } from '../../src/features/i18n/dictionary.ts';
import { staticImportsOf } from '../helpers/static-imports.ts';
import { en as ENGLISH_WORDS } from '../../src/features/i18n/en.ts';
import { textParts } from '../../src/features/typography/unbroken-names.ts';
import { test, expect, URL_ROOT } from '../helpers/test.ts';
import { builtPages, distDir, ownScriptOf, PROJECT_ROOT, type BuiltPage } from '../helpers/pages.ts';
import { attr, elements, rawText, text, type Element } from '../helpers/html.ts';
import { ancestry, childElements, closest, hasClass, parsed, parsedAt, type ParsedPage } from '../helpers/built-page.ts';
import { basePath, origin, publicSite, publicUrl, siteUrl, TITLE_SEPARATOR, toSitePath, withBase } from '../helpers/site.ts';
import { bulletList } from '../helpers/format.ts';
import { TRANSLATION_ALLOWANCE } from '../helpers/translation-allowance.ts';
import { frontmatter, listedYaml, pageTrials, STATUS_WORDS_IN, statusIsStale, trialsBuiltOn, type LdNode } from '../helpers/trials-data.ts';
import { readHeadersFile } from '../helpers/csp.ts';

test.describe.configure({ mode: 'default' });

const byTag = (doc: ParsedPage, tag: string) => doc.all.filter((el) => el.tagName === tag);
const find = (doc: ParsedPage, match: (el: Element) => boolean) => doc.all.find(match);
const noProblems = (problems: string[], what: string) => expect(problems, `${what}:\n${bulletList(problems)}`).toEqual([]);

// ---------------------------------------------------------------------------------------------
// URLs (formerly links-resolve.spec.ts and sub-path-urls-carry-the-base.spec.ts: one walk now)

/** Attributes holding one URL, by element, that must resolve. */
const RESOLVING: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
};
/** Attributes that may hold a site URL, on any element: each must stay under the base path. */
const UNDER_BASE = ['href', 'src', 'action', 'poster', 'data-url'];
const EXTERNAL_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** Site path -> the file the static host serves for it, or null. */
function fileFor(sitePath: string): string | null {
  const decoded = decodeURIComponent(sitePath);
  if (decoded.endsWith('/')) {
    const page = join(distDir(), builtFileOfPath(decoded));
    return existsSync(page) ? page : null;
  }
  const candidate = join(distDir(), decoded);
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
}

function unresolved(raw: string, page: BuiltPage): string | null {
  if (/\s/.test(raw)) return 'contains white space';
  if (raw === '' || raw === '#') return 'is empty';
  const pageUrl = siteUrl(page.path);
  let url: URL;
  try {
    url = new URL(raw, pageUrl);
  } catch {
    return 'is not a valid URL';
  }
  if (url.origin !== origin()) {
    if (!EXTERNAL_SCHEMES.has(url.protocol)) return `uses the scheme ${url.protocol}`;
    if (url.protocol.startsWith('http') && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname)) return 'has no valid host name';
    if (url.protocol === 'mailto:' && !/^[^@\s]+@[^@\s]+\.[a-z]+$/i.test(decodeURIComponent(url.pathname))) return 'is not an e-mail address';
    return null;
  }
  const sitePath = toSitePath(url.href);
  if (sitePath === null) return `points outside the base path ${basePath()}`;
  const target = url.pathname === new URL(pageUrl).pathname ? page.file : fileFor(sitePath);
  if (!target) return `points to ${url.pathname}, which the build does not contain`;
  if (url.hash) {
    const fragment = decodeURIComponent(url.hash.slice(1));
    const targetPage = target === page.file ? parsed(page) : builtPages().find((p) => p.file === target);
    const ids = targetPage ? ('ids' in targetPage ? targetPage.ids : parsed(targetPage).ids) : new Set<string>();
    if (!ids.has(fragment)) return `names #${fragment}, which is not an id on ${sitePath}`;
  }
  return null;
}

function urlProblems(doc: ParsedPage): { problems: string[]; checked: number } {
  const problems: string[] = [];
  let checked = 0;
  const publicBase = new URL(basePath(), publicSite()).href;
  const publicOrigin = new URL(publicSite()).origin;
  for (const el of doc.all) {
    for (const name of RESOLVING[el.tagName] ?? []) {
      const value = attr(el, name);
      if (value === undefined) continue;
      // The canonical URL names the public host, not the preview server: checked below.
      if (el.tagName === 'link' && attr(el, 'rel') === 'canonical') continue;
      checked++;
      const problem = unresolved(value, doc.page);
      if (problem) problems.push(`<${el.tagName} ${name}="${value}"> ${problem}`);
    }
    for (const name of UNDER_BASE) {
      const value = attr(el, name);
      if (!value) continue;
      if (value.startsWith('/') && !value.startsWith('//') && !value.startsWith(basePath()))
        problems.push(`<${el.tagName} ${name}="${value}"> is outside the base path ${basePath()}`);
      if (value.startsWith(publicOrigin) && !value.startsWith(publicBase)) problems.push(`<${el.tagName} ${name}="${value}"> is outside ${publicBase}`);
    }
    const content = el.tagName === 'meta' ? attr(el, 'content') : undefined;
    if (content?.startsWith(publicOrigin) && !content.startsWith(publicBase)) problems.push(`<meta content="${content}"> is outside ${publicBase}`);
  }
  return { problems, checked };
}

// The loops below name each test by the page's path; the page itself (its file) is looked up when the
// test runs, in the build of the test's project (tests/helpers/test.ts).
for (const { path } of builtPages()) {
  test(`${path}: every URL resolves and stays under the base path; one canonical URL on the public site`, { tag: URL_ROOT }, () => {
    const doc = parsedAt(path);
    const page = doc.page;
    const { problems, checked } = urlProblems(doc);
    expect(checked, `no links found on ${page.path}: is the page empty?`).toBeGreaterThan(0);
    noProblems(problems, `URLs on ${page.path}`);
    const canonicals = doc.all.filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical').map((el) => attr(el, 'href'));
    expect(canonicals, 'exactly one canonical URL: absolute, on the public site, under the base path').toEqual([publicUrl(page.path)]);
  });
}

// ---------------------------------------------------------------------------------------------
// Everything else a page says

const validator = new HtmlValidate(new FileSystemConfigLoader());
const formatText = formatterFactory('text');

/** Headings a reader meets: not inside hidden parts, closed dialogs, templates or print-only parts. */
function headings(doc: ParsedPage): { level: number; text: string }[] {
  return doc.all
    .filter((el) => /^h[1-6]$/.test(el.tagName) || attr(el, 'role') === 'heading')
    .filter(
      (el) =>
        !ancestry(el).some(
          (a) =>
            attr(a, 'hidden') !== undefined ||
            attr(a, 'aria-hidden') === 'true' ||
            (a.tagName === 'dialog' && attr(a, 'open') === undefined) ||
            a.tagName === 'template' ||
            hasClass(a, 'print-only'),
        ),
    )
    .map((el) => ({ level: attr(el, 'role') === 'heading' ? Number(attr(el, 'aria-level') ?? 2) : Number(el.tagName[1]), text: text(el) }));
}

function structureProblems(doc: ParsedPage): string[] {
  const out: string[] = [];
  const check = (ok: boolean, problem: string) => void (ok || out.push(problem));
  const html = byTag(doc, 'html')[0]!;
  check(attr(html, 'lang') === doc.page.lang, `<html lang="${attr(html, 'lang')}">, expected "${doc.page.lang}" (the manifest's lang)`);
  check(byTag(doc, 'main').length === 1, 'not exactly one <main>');
  const h1s = byTag(doc, 'h1');
  check(h1s.length === 1, `${h1s.length} h1 elements`);
  check(
    h1s.every((h) => closest(h, (a) => a.tagName === 'main')),
    'the h1 is not inside main',
  );
  check(
    h1s.every((h) => text(h) !== ''),
    'the h1 has no text',
  );
  const list = headings(doc);
  if (list[0]?.level !== 1) out.push(`first heading is h${list[0]?.level} "${list[0]?.text}", not the h1`);
  for (let i = 1; i < list.length; i++) {
    if (list[i]!.level > list[i - 1]!.level + 1) out.push(`h${list[i]!.level} "${list[i]!.text}" follows h${list[i - 1]!.level} "${list[i - 1]!.text}"`);
  }
  const titles = byTag(doc, 'title');
  check(titles.length === 1, 'not exactly one <title>');
  const title = titles[0] ? text(titles[0]) : '';
  const suffix = `${TITLE_SEPARATOR}${DICTIONARIES[doc.page.lang].siteName}`;
  check(title.endsWith(suffix) && title.slice(0, -suffix.length).trim() !== '', `title "${title}" should be "Page title${suffix}"`);
  const meta = (match: (el: Element) => boolean) => doc.all.filter((el) => el.tagName === 'meta' && match(el)).map((el) => attr(el, 'content') ?? '');
  const description = meta((el) => attr(el, 'name') === 'description');
  check(description.length === 1 && description[0]!.trim() !== '', 'no meta description');
  check((description[0] ?? '').length <= 160, `meta description is ${description[0]?.length} characters (at most 160)`);
  for (const property of ['og:title', 'og:description']) check((meta((el) => attr(el, 'property') === property)[0] ?? '').trim() !== '', `no ${property}`);
  const icons = doc.all.filter(
    (el) => el.tagName === 'link' && (attr(el, 'rel') ?? '').split(/\s+/).includes('icon') && (attr(el, 'href') ?? '').endsWith('.svg'),
  );
  check(icons.length === 1, 'not exactly one favicon link to an SVG');
  const iconPath = icons[0] && toSitePath(attr(icons[0], 'href')!, siteUrl(doc.page.path));
  check(!!iconPath && !!fileFor(iconPath), `the favicon ${icons[0] && attr(icons[0], 'href')} is not in the build`);
  return out;
}

const FOOTER_LINKS = ['/sources/', '/glossary/', '/about/', '/about/accessibility/', '/about/privacy/'];

function footerProblems(doc: ParsedPage): string[] {
  const out: string[] = [];
  const footer = byTag(doc, 'footer')[0];
  if (!footer) return ['the page has no footer'];
  const inFooter = elements(footer);
  const words = DICTIONARIES[doc.page.lang];
  const report = inFooter.filter((el) => el.tagName === 'a' && text(el) === words.reportProblem);
  if (report.length !== 1) out.push(`${report.length} "${words.reportProblem}" links in the footer`);
  const href = report[0] ? (attr(report[0], 'href') ?? '') : '';
  if (!/^(mailto:[^@\s]+@[^@\s]+|https:\/\/)/.test(href)) out.push(`the report link is not a mailto: or https:// address (${href})`);
  if (href.startsWith('mailto:')) {
    // Named by its title: the <title>'s, or the h1's when the tab shows a long title's short name (tabTitle).
    const subject = new URL(href).searchParams.get('subject') ?? '';
    const h1 = byTag(doc, 'h1')[0];
    const names = [text(byTag(doc, 'title')[0]!).split(TITLE_SEPARATOR)[0]!, ...(h1 ? [text(h1).replace(/\s+/g, ' ').trim()] : [])];
    const title = names.join('" or "');
    if (!names.some((name) => subject.includes(name))) out.push(`the report email does not name the page ("${title}")`);
  }
  const about = inFooter.find((el) => el.tagName === 'nav' && attr(el, 'aria-label') === words.footerAbout);
  if (!about) out.push(`no footer nav "${words.footerAbout}"`);
  const paths = about
    ? elements(about)
        .filter((el) => el.tagName === 'a')
        .map((a) => toSitePath(attr(a, 'href') ?? '', siteUrl(doc.page.path)))
    : [];
  // In another language, each link leads to the translation once it is built, else to the English page.
  const inLanguage = (path: string) => {
    const translated = localizedPath(path, doc.page.lang);
    return builtPages().some((p) => p.path === translated) ? translated : path;
  };
  for (const wanted of FOOTER_LINKS.map(inLanguage)) if (!paths.includes(wanted)) out.push(`the footer does not link to ${wanted}`);
  for (const wanted of FOOTER_LINKS) if (!builtPages().some((p) => p.path === wanted)) out.push(`the footer link ${wanted} is not built`);

  const dates = inFooter.filter((el) => hasClass(el, 'review-dates'));
  if (doc.page.kind !== 'content') {
    if (doc.all.some((el) => hasClass(el, 'review-dates'))) out.push('a page that is not content claims review dates');
    return out;
  }
  if (dates.length !== 1) return [...out, `${dates.length} review-date blocks in the footer`];
  const said = text(dates[0]!);
  const times = elements(dates[0]!).filter((el) => el.tagName === 'time' && attr(el, 'datetime') !== undefined);
  if (!(said.includes(words.lastReviewed) && said.includes(words.nextReviewDue) && said.indexOf(words.lastReviewed) < said.indexOf(words.nextReviewDue)))
    out.push(`the footer says "${said}", not "${words.lastReviewed} … ${words.nextReviewDue} …"`);
  if (times.length !== 2) return [...out, `${times.length} <time datetime> in the review dates, expected 2`];
  const [last, next] = times.map((el) => ({ datetime: attr(el, 'datetime')!, text: text(el) }));
  for (const t of [last!, next!]) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(t.datetime) || Number.isNaN(Date.parse(t.datetime))) out.push(`datetime "${t.datetime}" is not a YYYY-MM-DD date`);
    if (!t.text) out.push('a review date is not written out for readers');
  }
  if (!(Date.parse(next!.datetime) > Date.parse(last!.datetime))) out.push(`next review ${next!.datetime} is not after the last review ${last!.datetime}`);
  if (last!.datetime !== doc.page.lastReviewed) out.push(`last reviewed ${last!.datetime}, the page's frontmatter says ${doc.page.lastReviewed}`);
  return out;
}

/** Primary navigation and breadcrumbs (formerly skip-link-and-navigation.spec.ts, one browser load per page). */
function navigationProblems(doc: ParsedPage, reference: string[]): string[] {
  const out: string[] = [];
  const path = doc.page.path;
  const words = DICTIONARIES[doc.page.lang];
  const home = localizedPath('/', doc.page.lang);
  const navs = doc.all.filter((el) => el.tagName === 'nav' && attr(el, 'aria-label') === words.mainNav && closest(el, (a) => a.tagName === 'header'));
  if (navs.length !== 1) return [`${navs.length} primary navigations in the header`];
  const links = elements(navs[0]!)
    .filter((el) => el.tagName === 'a' && attr(el, 'href') !== undefined)
    .map((a) => ({ text: text(a), path: toSitePath(attr(a, 'href')!, siteUrl(path)) ?? attr(a, 'href')!, current: attr(a, 'aria-current') ?? null }));
  if (!links.length) out.push('the primary navigation has no links');
  const summary = links.map((l) => `${l.text} -> ${l.path}`);
  if (JSON.stringify(summary) !== JSON.stringify(reference)) out.push(`the primary navigation differs from the home page's: [${summary.join(', ')}]`);
  for (const l of links) if (!builtPages().some((p) => p.path === l.path)) out.push(`the primary navigation links to ${l.path}, which is not built`);

  const crumbs = doc.all.filter((el) => el.tagName === 'nav' && attr(el, 'aria-label') === words.breadcrumb);
  let trail: string[] = [];
  if (path !== home) {
    if (crumbs.length !== 1) return [...out, 'no breadcrumbs (every page but home has them)'];
    const ol = childElements(crumbs[0]!).filter((el) => el.tagName === 'ol');
    if (ol.length !== 1) return [...out, 'the breadcrumbs are not an ordered list'];
    const items = childElements(ol[0]!).filter((el) => el.tagName === 'li');
    if (items.length < 2) out.push('the breadcrumbs lack home or this page');
    const last = items.at(-1);
    const currents = elements(crumbs[0]!).filter((el) => attr(el, 'aria-current') !== undefined);
    if (!last || !elements(last).some((el) => attr(el, 'aria-current') === 'page')) out.push('the last breadcrumb item lacks aria-current="page"');
    if (currents.length !== 1) out.push('a breadcrumb other than the last is marked current');
    trail = elements(crumbs[0]!)
      .filter((el) => el.tagName === 'a')
      .map((a) => toSitePath(attr(a, 'href')!, siteUrl(path)) ?? '');
  }
  // aria-current: "page" on the link to this very page; "true" on the link to its topic (the nearest
  // breadcrumb ancestor in the primary navigation, home excluded); nothing on every other link.
  const expected = new Map<string, string | null>(links.map((l) => [l.path, null]));
  if (expected.has(path)) expected.set(path, 'page');
  else {
    const topic = trail.filter((p) => p !== home && p !== path && expected.has(p)).at(-1);
    if (topic) expected.set(topic, 'true');
  }
  for (const l of links) {
    const wanted = expected.get(l.path) ?? null;
    if (l.current !== wanted) out.push(`aria-current on "${l.text}" (${l.path}) is ${l.current ?? 'none'}, expected ${wanted ?? 'none'}`);
  }
  return out;
}

/** The answer first and the guide (formerly the HTML half of answer-first-and-guides.spec.ts's per-page test). */
function guideProblems(doc: ParsedPage): string[] {
  const out: string[] = [];
  const path = doc.page.path;
  const main = byTag(doc, 'main')[0]!;
  const inMain = elements(main);
  const summaries = inMain.filter((el) => hasClass(el, 'page-summary'));
  if (summaries.length !== 1) return [`${summaries.length} page summaries in main`];
  const siblings = childElements(summaries[0]!.parentNode as Element);
  if (siblings[siblings.indexOf(summaries[0]!) - 1]?.tagName !== 'h1') out.push('the summary does not follow the h1 directly');
  if (text(summaries[0]!).length <= 20) out.push('the summary has no words');
  const words = DICTIONARIES[doc.page.lang];
  if (path === localizedPath('/', doc.page.lang)) return out;

  const guides = inMain.filter((el) => el.tagName === 'nav' && hasClass(el, 'guide-contents'));
  if (guides.length !== 1) return [...out, `${guides.length} guide contents in main`];
  const guide = guides[0]!;
  if (!(attr(guide, 'aria-label') ?? '').endsWith(words.guidePages(''))) out.push(`the guide contents are labelled "${attr(guide, 'aria-label')}"`);
  const entries = elements(guide).filter((el) => el.tagName === 'li');
  const current = entries.filter((li) => attr(li, 'aria-current') === 'page');
  if (current.length !== 1) return [...out, `${current.length} guide entries marked as the current page`];
  if (elements(current[0]!).some((el) => el.tagName === 'a')) out.push('the current guide entry links to itself');
  const position = childElements(current[0]!.parentNode as Element).indexOf(current[0]!) + 1;
  const says = words.guidePosition(position, entries.length).replace(/^: /, '');
  if (!text(guide).includes(says)) out.push(`the guide's title does not say "${says}"`);
  const others = entries.flatMap((li) => elements(li).filter((el) => el.tagName === 'a')).map((a) => toSitePath(attr(a, 'href')!, siteUrl(path)) ?? '');
  if (!others.length) out.push('the guide lists no other pages');
  const ownEntries = entries.map(text);
  // Compared with the pages of the same language (a translation's guide also lists English pages, marked).
  for (const other of others.filter((p) => builtPages().find((b) => b.path === p)?.lang === doc.page.lang)) {
    const there = parsedAt(other).all.find((el) => el.tagName === 'nav' && hasClass(el, 'guide-contents'));
    const theirs = there
      ? elements(there)
          .filter((el) => el.tagName === 'li')
          .map(text)
      : [];
    // The other page marks itself, so compare the entries' words, not their marks.
    if (JSON.stringify(theirs) !== JSON.stringify(ownEntries)) out.push(`the guide on ${other} lists other pages: [${theirs.join(' | ')}]`);
  }

  const previousNext = inMain.filter((el) => el.tagName === 'nav' && hasClass(el, 'previous-next'));
  if (previousNext.length !== 1) return [...out, 'no previous/next navigation'];
  const nav = previousNext[0]!;
  const navLinks = elements(nav).filter((el) => el.tagName === 'a');
  const next = navLinks.filter((a) => attr(a, 'rel') === 'next');
  if (next.length !== 1) return [...out, 'no "Next" link: a dead end'];
  if (![words.next, words.nextTopic].some((word) => new RegExp(`^${word}:?\\s`).test(text(next[0]!)))) out.push(`the next link says "${text(next[0]!)}"`);
  if (navLinks[0] !== next[0]) out.push('"Next" is not the first link after the content');
  const prose = inMain.find((el) => hasClass(el, 'prose'));
  const proseSiblings = prose ? childElements(prose.parentNode as Element) : [];
  if (!prose || proseSiblings[proseSiblings.indexOf(prose) + 1] !== nav) out.push('"Next" does not come straight after the page content');
  const references = inMain.find((el) => hasClass(el, 'references'));
  if (references && inMain.indexOf(references) < inMain.indexOf(nav)) out.push('the references come before previous/next');
  const target = toSitePath(attr(next[0]!, 'href')!, siteUrl(path));
  if (!builtPages().some((p) => p.path === target)) out.push(`"Next" (${target}) does not lead to a built page`);
  return out;
}

/** Citations and the reference list (formerly the first per-page test of citations-link-to-references.spec.ts). */
function citationProblems(doc: ParsedPage): string[] {
  const citations = doc.all.filter((el) => el.tagName === 'a' && hasClass(el, 'citation'));
  if (!citations.length) return [];
  const out: string[] = [];
  const sections = doc.all.filter((el) => el.tagName === 'section' && hasClass(el, 'references'));
  if (sections.length !== 1) return [`${sections.length} section.references`];
  const labelledBy = attr(sections[0]!, 'aria-labelledby');
  const heading = labelledBy ? find(doc, (el) => attr(el, 'id') === labelledBy) : undefined;
  if (!heading || !/^h[1-6]$/.test(heading.tagName) || text(heading) !== DICTIONARIES[doc.page.lang].references)
    out.push(`section.references is not labelled by a "${DICTIONARIES[doc.page.lang].references}" heading`);

  const firstSeen: number[] = [];
  const occurrences = new Map<number, string[]>();
  for (const c of citations) {
    const href = attr(c, 'href') ?? '';
    const m = /^#ref-(\d+)-(\d+)$/.exec(href);
    if (!m) {
      out.push(`citation "${text(c)}" has href "${href}", not #ref-N-K`);
      continue;
    }
    const n = Number(m[1]);
    if (!occurrences.has(n)) {
      firstSeen.push(n);
      occurrences.set(n, []);
    }
    const ids = occurrences.get(n)!;
    ids.push(attr(c, 'id') ?? '');
    if (attr(c, 'id') !== `cite-${n}-${ids.length}`) out.push(`citation ${ids.length} of [${n}] has id "${attr(c, 'id')}", expected "cite-${n}-${ids.length}"`);
    if (href !== `#ref-${n}-${ids.length}`) out.push(`citation ${attr(c, 'id')} links to ${href}, expected its own arrival point #ref-${n}-${ids.length}`);
  }
  const expectedOrder = firstSeen.map((_, i) => i + 1);
  if (JSON.stringify(firstSeen) !== JSON.stringify(expectedOrder)) out.push(`reference numbers by first appearance are [${firstSeen.join(', ')}]`);

  const items = elements(sections[0]!).filter((el) => el.tagName === 'li' && (el.parentNode as Element).tagName === 'ol');
  const itemIds = items.map((li) => attr(li, 'id'));
  if (JSON.stringify(itemIds) !== JSON.stringify(expectedOrder.map((n) => `ref-${n}`))) out.push(`reference items are [${itemIds.join(', ')}]`);
  for (const [n, ids] of occurrences) {
    const item = items.find((li) => attr(li, 'id') === `ref-${n}`);
    if (!item) {
      out.push(`citation [${n}] points to #ref-${n}, which is not in the reference list`);
      continue;
    }
    const back = elements(item).filter((el) => el.tagName === 'a' && (attr(el, 'href') ?? '').startsWith('#cite-'));
    const hrefs = back.map((a) => attr(a, 'href')!);
    if (JSON.stringify([...hrefs].sort()) !== JSON.stringify(ids.map((id) => `#${id}`).sort())) out.push(`ref-${n} back-links [${hrefs.join(', ')}]`);
    for (const a of back) {
      const href = attr(a, 'href')!;
      // Each back-link sits inside the arrival point of the citation it returns to (ref-N-K around #cite-N-K).
      if (attr(closest(a, (e) => attr(e, 'id') !== undefined) ?? a, 'id') !== href.replace('#cite-', 'ref-'))
        out.push(`back-link ${href} is not inside the arrival point of that citation`);
      const targets = doc.all.filter((el) => attr(el, 'id') === href.slice(1)).length;
      if (targets !== 1) out.push(`back-link ${href} targets ${targets} elements`);
    }
  }
  return out;
}

/** What a screen reader needs from the markup (formerly the DOM half of screen-reader-every-page.spec.ts). */
function markupProblems(doc: ParsedPage): string[] {
  const out: string[] = [];
  const body = byTag(doc, 'body')[0]!;
  const byName = new Map<string, Set<string>>();
  for (const a of doc.all.filter((el) => el.tagName === 'a' && attr(el, 'href') !== undefined)) {
    const name = (attr(a, 'aria-label') ?? text(a)).replace(/\s+/g, ' ').trim();
    const n = name.toLowerCase();
    if (!n) out.push(`empty link to ${attr(a, 'href')}`);
    if (/^(click here|here|read more|more|link|this page|find out more)$/.test(n)) out.push(`link text "${name}" means nothing out of context`);
    // Every citation of reference N lands in the entry of reference N: one place for the reader.
    const target = new URL(attr(a, 'href')!, siteUrl(doc.page.path)).href.replace(/#ref-(\d+)-\d+$/, '#ref-$1');
    byName.set(n, (byName.get(n) ?? new Set()).add(target));
  }
  for (const [n, targets] of byName) if (targets.size > 1) out.push(`"${n}" links to ${targets.size} different places: ${[...targets].join(', ')}`);
  for (const table of byTag(doc, 'table')) {
    const caption = childElements(table).find((el) => el.tagName === 'caption');
    if (!caption || !text(caption)) out.push('a table without a caption');
    const head = childElements(table).find((el) => el.tagName === 'thead');
    const cols = head ? elements(head).filter((el) => el.tagName === 'th') : [];
    if (!cols.length) out.push(`table "${caption ? text(caption) : ''}" has no column headers`);
    if (cols.some((th) => attr(th, 'scope') !== 'col')) out.push(`table "${caption ? text(caption) : ''}" has a column header without scope="col"`);
    const body = childElements(table).find((el) => el.tagName === 'tbody');
    const rowHeads = body ? elements(body).filter((el) => el.tagName === 'th') : [];
    if (rowHeads.some((th) => attr(th, 'scope') !== 'row')) out.push(`table "${caption ? text(caption) : ''}" has a row header without scope="row"`);
  }
  for (const abbr of byTag(doc, 'abbr')) if (!(attr(abbr, 'title') ?? '').trim()) out.push(`abbreviation "${text(abbr)}" has no expansion (title)`);
  const pageLang = attr(byTag(doc, 'html')[0]!, 'lang') ?? '';
  const tag = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;
  if (!tag.test(pageLang)) out.push(`page language "${pageLang}" is not a language tag`);
  for (const el of elements(body).filter((e) => attr(e, 'lang') !== undefined)) {
    const lang = attr(el, 'lang')!;
    if (!tag.test(lang)) out.push(`lang="${lang}" is not a language tag`);
    else if (lang === pageLang) out.push(`lang="${lang}" repeats the page language on ${el.tagName}`);
  }
  for (const timeline of doc.all.filter((el) => hasClass(el, 'timeline'))) {
    if (timeline.tagName !== 'ol' || childElements(timeline).some((c) => c.tagName !== 'li')) out.push('a timeline that is not an ordered list of items');
    if (!attr(timeline, 'aria-label')) out.push('a timeline without a name');
  }
  for (const aside of doc.all.filter((el) => el.tagName === 'aside' && hasClass(el, 'callout')))
    if (!attr(aside, 'aria-label')) out.push('a callout without a name');
  // A scrolling table region is named after its table and reachable by keyboard.
  for (const region of doc.all.filter((el) => hasClass(el, 'table-region'))) {
    const caption = elements(region).find((el) => el.tagName === 'caption');
    const isRegion = attr(region, 'role') === 'region' || (region.tagName === 'section' && !!attr(region, 'aria-label'));
    if (!isRegion || attr(region, 'tabindex') !== '0' || !caption || attr(region, 'aria-label') !== text(caption))
      out.push(`the table region of "${caption ? text(caption) : ''}" is not a focusable region named by its caption`);
  }
  return out;
}

// Byte budgets (formerly the first test of page-weight-budgets.spec.ts; the request count is in
// tests/every-page-in-the-browser.spec.ts). Sizes and counts, never timings.
/** The page script, gzipped: 1.1 kB (December 2026); 1.8 kB with Vite's preload helper, which astro.config.mjs takes off. */
const JS_BUDGET = 1.25 * 1024;
/** The stylesheets a page links only when it shows what they style (src/features/chrome/page-stylesheets.ts), by file name: the classes that show it. */
const STYLESHEET_OF_COMPONENT: Record<string, string[]> = {
  urgency: ['urgency'],
  timeline: ['timeline'],
  trials: ['trial'],
  tables: ['table-region'],
  updates: ['updates-list', 'corrections-list'],
  evidence: ['evidence-table'],
};
/**
 * A reading page's HTML, CSS and script, gzipped: 21 kB, just above the largest (20.2 kB, December 2026,
 * after the stylesheets of rare components left the site-wide one), so a regression fails.
 */
const PAGE_BUDGET = 21 * 1024;
/**
 * The source list and the glossary grow with every source and term: reference lists get more room.
 * So does the trials page (December 2026): one card per trial, about 0.4 to 0.6 kB gzipped each, and
 * issue 19 takes it from 4 trials to about 16 (22.6 kB with 4, so about 29 kB with 16).
 */
const LIST_PAGE_BUDGET = 40 * 1024;
const LIST_PAGES = new Set(['/sources/', '/glossary/', '/stromal-cell-therapy/trials-open-now/']);
/**
 * Pages built around a large data table that a clinician scans: the evidence and comparison tables,
 * and (since December 2026) the medicine tables that carry each medicine's boxed warnings, the
 * pregnancy page's guideline table for clinicians, and the MiSLE details with the law on posting
 * its results.
 */
const DATA_TABLE_PAGE_BUDGET = 22.5 * 1024; // the largest is 21.2 kB (December 2026)
const DATA_TABLE_PAGES = new Set([
  '/stromal-cell-therapy/research-so-far/',
  '/stromal-cell-therapy/studies-in-detail/',
  '/stromal-cell-therapy/other-cell-therapies/',
  '/stromal-cell-therapy/car-t-and-transplants/',
  '/stromal-cell-therapy/hard-to-control-lupus/',
  '/stromal-cell-therapy/lupus-guidelines/',
  '/lupus-nephritis/treatment/',
  '/lupus-nephritis/treatment-guidelines/',
  '/lupus-nephritis/pregnancy-infections-and-urgent-help/',
  '/trial-history/misle-results-and-details/',
]);
/**
 * A translation is budgeted as its English page (by the English path: the Spanish sources page is a
 * list page, the Spanish treatment page a data-table page), times its language's measured allowance
 * (tests/helpers/translation-allowance.ts): the same content in longer text.
 */

/** A page's byte budget: its English page's kind of budget, times its language's allowance. */
function byteBudget(page: { path: string; lang: Locale }): number {
  const english = splitLocale(page.path).path;
  const base = LIST_PAGES.has(english) ? LIST_PAGE_BUDGET : DATA_TABLE_PAGES.has(english) ? DATA_TABLE_PAGE_BUDGET : PAGE_BUDGET;
  return Math.round(base * TRANSLATION_ALLOWANCE[page.lang]);
}
// ---------------------------------------------------------------------------------------------
// Line breaks in the running text (src/features/typography, remark-glossary's keep-together)

/** Text that names CAR-T or CAR-NK (the site's one list, unbroken-names.ts); each must sit in a span.unbroken. */
const namesUnbrokenName = (value: string) => textParts(value).some((part) => part.unbroken);
/** Punctuation a line must not start with. */
const CLOSING_PUNCTUATION = /^[.,;:!?)\]’”…]/;

function lineBreakProblems(doc: ParsedPage): string[] {
  const out: string[] = [];
  for (const prose of doc.all.filter((el) => hasClass(el, 'prose'))) {
    const walk = (el: Element) => {
      for (const node of el.childNodes) {
        if ('tagName' in node) {
          if (!['script', 'style', 'code', 'pre'].includes(node.tagName)) walk(node);
          continue;
        }
        if (node.nodeName !== '#text' || !('value' in node)) continue;
        if (namesUnbrokenName(node.value) && !hasClass(el, 'unbroken')) out.push(`"${node.value.trim().slice(0, 60)}" can break inside CAR-T or CAR-NK`);
      }
      // A glossary term's button followed by its definition, then punctuation, all inside one span.keep-together.
      el.childNodes.forEach((node, index) => {
        if (!('tagName' in node) || !hasClass(node, 'glossary-term') || closest(node, (a) => hasClass(a, 'keep-together'))) return;
        const after = el.childNodes.slice(index + 1).find((n) => !('tagName' in n && hasClass(n, 'glossary-definition')));
        if (after && after.nodeName === '#text' && 'value' in after && CLOSING_PUNCTUATION.test(after.value))
          out.push(`the glossary term "${text(node)}" can be split from the "${after.value[0]}" after it`);
      });
    };
    walk(prose);
  }
  return out;
}

const gzipped = (bytes: Buffer | string) => gzipSync(bytes).length;

function weightProblems(doc: ParsedPage): string[] {
  const out: string[] = [];
  const asset = (url: string) => {
    const sitePath = toSitePath(url, siteUrl(doc.page.path));
    if (!sitePath) throw new Error(`${url} on ${doc.page.path} is not on this site`);
    return readFileSync(join(distDir(), sitePath));
  };
  const scripts = doc.all.filter((el) => el.tagName === 'script' && attr(el, 'type') !== 'application/ld+json');
  // A script is one request: a file it imports statically is another before it can run. Vite's
  // preload helper came that way once, shared by the page script and the search page's (astro.config.mjs).
  for (const el of scripts.filter((script) => attr(script, 'src')))
    for (const imported of staticImportsOf(asset(attr(el, 'src')!).toString('utf8'))) out.push(`${attr(el, 'src')} imports ${imported} before it can run`);
  // The search pages (one per language) exist to search, so they load Pagefind on arrival: tests/search-*.
  if (doc.page.kind === 'search') return out;
  const styles = doc.all.filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'stylesheet');
  const preloads = doc.all.filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'modulepreload');
  const jsBytes = scripts.map((el) => (attr(el, 'src') ? asset(attr(el, 'src')!) : Buffer.from(rawText(el)))).reduce((sum, b) => sum + gzipped(b), 0);
  const total = gzipped(doc.html) + styles.map((el) => asset(attr(el, 'href')!)).reduce((sum, b) => sum + gzipped(b), 0) + jsBytes;
  // A page with a script of its own (the trials page's finder) may load it too, within its own budget.
  const own = ownScriptOf(doc.page.path);
  const allowed = own ? 2 : 1;
  if (scripts.length > allowed) out.push(`${scripts.length} scripts (only the page script${own ? ` and ${own.what}` : ''} may run)`);
  if (scripts.some((el) => !attr(el, 'src'))) out.push('an inline script: every script is an external module');
  if (preloads.length) out.push('preloaded modules: more JavaScript than the loader');
  const jsBudget = JS_BUDGET + (own?.budget ?? 0);
  if (jsBytes >= jsBudget) out.push(`JavaScript is ${jsBytes} bytes gzipped; the budget is ${jsBudget}`);
  // The site's one stylesheet first, then only those of the components the page shows
  // (src/features/chrome/page-stylesheets.ts), each named by its file and known by a class it styles.
  const hrefs = styles.map((el) => attr(el, 'href') ?? '');
  if (!/\/global\.[\w-]+\.css$/.test(hrefs[0] ?? '')) out.push(`the site's stylesheet is not the first one linked (${hrefs.join(', ')})`);
  const linked = (name: string) => hrefs.some((href) => new RegExp(`/${name}\\.[\\w-]+\\.css$`).test(href));
  for (const [name, classNames] of Object.entries(STYLESHEET_OF_COMPONENT)) {
    const shown = doc.all.some((el) => classNames.some((className) => hasClass(el, className)));
    const styled = classNames.map((className) => `.${className}`).join(' or ');
    if (shown !== linked(name)) out.push(shown ? `shows ${styled} without linking ${name}.css` : `links ${name}.css, though nothing on it has ${styled}`);
  }
  const expected = 1 + Object.keys(STYLESHEET_OF_COMPONENT).filter(linked).length;
  if (styles.length !== expected) out.push(`${styles.length} stylesheets (${hrefs.join(', ')})`);
  const budget = byteBudget(doc.page);
  if (total >= budget) out.push(`${total} bytes gzipped in all; the budget is ${budget}`);
  return out;
}

/** A strict CSP <meta>, and the _headers policy covering it (formerly security-csp-and-headers.spec.ts). */
function cspProblems(doc: ParsedPage, header: Map<string, Set<string>>): string[] {
  const out: string[] = [];
  const meta = readMetaPolicy(doc.html);
  if (!meta) return ['no CSP <meta>'];
  const policy = parsePolicy(meta);
  const exactly = (name: string, value: string) => {
    const got = [...(policy.get(name) ?? [])].join(' ');
    if (got !== value) out.push(`${name} is "${got}", expected "${value}"`);
  };
  exactly('default-src', "'none'");
  exactly('base-uri', "'none'");
  for (const name of ['script-src', 'style-src']) {
    const loose = [...(policy.get(name) ?? [])].filter((t) => !isHash(t) && t !== "'self'" && t !== "'wasm-unsafe-eval'");
    if (loose.length) out.push(`${name} allows ${loose.join(' ')}`);
  }
  for (const [name, tokens] of policy) {
    for (const t of tokens) if (t === '*' || (/^(https?:|data:|blob:)/.test(t) && name !== 'img-src')) out.push(`${name} allows ${t}`);
  }
  if (byTag(doc, 'base').length) out.push('a <base> element');
  // Each hash allows an inline script or style of this page (Astro lists the whole site's; headers.ts trims them).
  const inline = [...byTag(doc, 'script').filter((s) => !attr(s, 'src') && attr(s, 'type') !== 'application/ld+json'), ...byTag(doc, 'style')].map(rawText);
  for (const tokens of policy.values())
    for (const t of [...tokens].filter(isHash)) {
      const [, algorithm, value] = /^'(sha\d+)-(.+)'$/.exec(t) ?? [];
      if (!inline.some((body) => algorithm && createHash(algorithm).update(body).digest('base64') === value)) out.push(`${t} allows nothing on the page`);
    }
  for (const [name, tokens] of policy) {
    const sent = header.get(name) ?? new Set<string>();
    for (const t of tokens) if (!sent.has(t)) out.push(`${name} ${t} is missing from the _headers policy`);
    for (const t of sent) if (!isHash(t) && !tokens.has(t)) out.push(`the _headers policy adds ${name} ${t}`);
  }
  for (const name of header.keys()) if (name !== 'frame-ancestors' && !policy.has(name)) out.push(`the _headers policy adds the directive ${name}`);
  return out;
}

// Structured data (formerly structured-data-matches-the-page.spec.ts): the JSON-LD says what the
// page says, compared with the frontmatter (read here with the yaml package, not the site's code)
// and with what a reader sees.
const isoDay = (value: string | Date) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const types = (node: LdNode) => [node['@type']].flat();

function structuredDataMatches(doc: ParsedPage): void {
  const fm = frontmatter(doc.page);
  const blocks = doc.all.filter((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json');
  expect(blocks, 'exactly one JSON-LD block').toHaveLength(1);
  const data = JSON.parse(rawText(blocks[0]!)) as LdNode;
  expect(data['@context']).toBe('https://schema.org');
  const graph = data['@graph'] as LdNode[];
  const ofType = (type: string) => graph.filter((n) => types(n).includes(type));
  const isHealth = doc.page.path === localizedPath('/', doc.page.lang) || fm.topic !== 'about';
  const webPages = [...ofType('MedicalWebPage'), ...ofType('WebPage')];
  expect(webPages).toHaveLength(1);
  const webPage = webPages[0]!;
  expect(webPage['@type']).toBe(isHealth ? 'MedicalWebPage' : 'WebPage');
  expect(webPage.name).toBe(fm.title);
  expect(text(byTag(doc, 'h1')[0]!)).toBe(fm.title);
  expect(webPage.description).toBe(fm.description);
  expect(
    attr(
      find(doc, (el) => el.tagName === 'meta' && attr(el, 'name') === 'description')!,
      'content',
    ),
  ).toBe(fm.description);
  expect(webPage.url).toBe(publicUrl(doc.page.path));
  expect(webPage.lastReviewed).toBe(isoDay(fm.lastReviewed));
  expect(
    byTag(doc, 'time').map((el) => attr(el, 'datetime')),
    'the footer shows the same review date',
  ).toContain(isoDay(fm.lastReviewed));

  const words = DICTIONARIES[doc.page.lang];
  const nav = find(doc, (el) => el.tagName === 'nav' && attr(el, 'aria-label') === words.breadcrumb);
  // A crumb to a page in another language says so ("(en inglés)"); its name in the data is the page's.
  const crumbName = (a: Element) => (attr(a, 'hreflang') ? text(a).replace(` ${words.inEnglish}`, '') : text(a));
  const visibleTrail = nav
    ? elements(nav)
        .filter((el) => el.tagName === 'a')
        .map((a) => ({ name: crumbName(a), item: new URL(attr(a, 'href')!, publicSite()).href }))
    : [];
  const lists = ofType('BreadcrumbList');
  if (visibleTrail.length === 0) expect(lists).toHaveLength(0);
  else {
    expect(lists).toHaveLength(1);
    const items = (lists[0]!.itemListElement as LdNode[]).map((i, index) => {
      expect(i.position).toBe(index + 1);
      return { name: i.name, item: i.item };
    });
    expect(items).toEqual(visibleTrail);
    expect(webPage.breadcrumb).toEqual({ '@id': lists[0]!['@id'] });
  }

  const about = (webPage.about as LdNode[] | undefined) ?? [];
  const mainText = text(byTag(doc, 'main')[0]!).toLowerCase();
  const conditions = about.filter((n) => types(n).includes('MedicalCondition'));
  if (fm.topic === 'lupus-nephritis') {
    expect(conditions.map((c) => c.name)).toEqual(['Lupus nephritis']);
    expect(mainText).toContain('lupus nephritis');
  } else expect(conditions).toEqual([]);

  const trials = about.filter((n) => types(n).includes('MedicalTrial'));
  const statusWords = STATUS_WORDS_IN[doc.page.lang]!;
  // A listed trial whose record is more than three months older than the build has no status in the
  // structured data: nothing may claim "Recruiting" from an old record.
  const builtOn = trialsBuiltOn(doc);
  if (fm.showsTrialsTable) expect(builtOn, 'the trials list states the day the page was built').toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const expected = pageTrials(fm).map((t) => (t.statusDate && statusIsStale(t.statusDate, builtOn!) ? { ...t, status: [] } : t));
  const ldById = new Map(trials.map((t) => [String((t.identifier as LdNode).value), t]));
  expect([...ldById.keys()].sort()).toEqual(expected.map((t) => t.identifier).sort());
  for (const trial of expected) {
    const ld = ldById.get(trial.identifier)!;
    expect(ld.phase, "the phase in the page's language").toBe(DICTIONARIES[doc.page.lang as Locale].trialPhase(trial.phase));
    expect(ld.sponsor).toEqual({ '@type': 'Organization', name: trial.sponsor });
    expect(ld.name).toBe(trial.name ?? fm.title);
    expect(ld.url).toBe(`https://clinicaltrials.gov/study/${trial.identifier}`);
    if (trial.status.length === 0) expect(ld, `${trial.identifier}: no status from a record older than three months`).not.toHaveProperty('status');
    else if (trial.status.length === 1) expect(ld.status).toBe(`https://schema.org/${trial.status[0]}`);
    else {
      // Conflicting sources: the structured data must not pick one.
      expect(String(ld.status)).toMatch(statusWords.disagree);
      for (const s of trial.status) expect(String(ld.status)).toContain(statusWords.words[s] ?? s);
    }
    for (const fact of [
      trial.identifier,
      DICTIONARIES[doc.page.lang as Locale].trialPhase(trial.phase),
      trial.sponsor,
      ...trial.status.map((s) => statusWords.words[s] ?? s),
    ]) {
      expect(mainText, `"${fact}" (trial ${trial.identifier}) is in the structured data but not on the page`).toContain(fact.toLowerCase());
    }
  }
}

/**
 * The editors' working notes, as the first 30 characters the HTML would carry: on sources
 * (content/sources.yaml editorNote) and on trials, where the record was read (content/trials.yaml seenAt).
 */
const editorNotes = [
  ...[...readFileSync(join(PROJECT_ROOT, 'content', 'sources.yaml'), 'utf8').matchAll(/^\s+editorNote:\s*"(.+)"\s*$/gm)].map((m) => m[1]!.replace(/\\"/g, '"')),
  ...listedYaml.map((trial) => trial.seenAt),
].map((note) => note.slice(0, 30).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));

/**
 * The page's translations (the manifest's alternates): a <link rel="alternate" hreflang> for each
 * language and x-default (the English page) in the head, a visible link to each other language
 * named in that language with hreflang and lang; none on a page in one language only; the
 * structured data's inLanguage is the page's.
 */
function languageProblems(doc: ParsedPage): string[] {
  const out: string[] = [];
  const page = doc.page;
  const alternates = Object.entries(page.alternates ?? {}) as [Locale, string][];
  const heads = doc.all.filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate' && attr(el, 'hreflang') !== undefined);
  const got = heads.map((el) => `${attr(el, 'hreflang')} ${attr(el, 'href')}`).sort();
  const expected =
    alternates.length > 1 ? [...alternates.map(([lang, path]) => `${lang} ${publicUrl(path)}`), `x-default ${publicUrl(page.alternates!.en!)}`].sort() : [];
  if (got.join('\n') !== expected.join('\n')) out.push(`head alternates ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
  const switchers = doc.all.filter((el) => el.tagName === 'a' && closest(el, (e) => hasClass(e, 'language-link')));
  const others = alternates.filter(([lang]) => lang !== page.lang);
  for (const [lang, path] of others) {
    const link = switchers.find((a) => attr(a, 'hreflang') === lang);
    if (!link) out.push(`no link to the ${lang} page`);
    else {
      if (text(link) !== LOCALE_NAMES[lang] || attr(link, 'lang') !== lang)
        out.push(`the ${lang} link says "${text(link)}" in lang="${attr(link, 'lang')}", not "${LOCALE_NAMES[lang]}"`);
      if (toSitePath(attr(link, 'href')!, siteUrl(page.path)) !== path) out.push(`the ${lang} link leads to ${attr(link, 'href')}, not ${path}`);
    }
  }
  if (others.length === 0 && switchers.length > 0) out.push('a language link on a page with no translation');
  // On a translation, a link to a page of the site leads to its translation when there is one, and
  // a link to an English page says so (hreflang="en"; the words "(en inglés)" are LinkLabel's and the links plugin's).
  if (page.lang !== DEFAULT_LOCALE) {
    for (const a of doc.all.filter((el) => el.tagName === 'a' && attr(el, 'href') && !switchers.includes(el))) {
      const target = (toSitePath(attr(a, 'href')!, siteUrl(page.path)) ?? '').replace(/#.*/, '');
      const to = builtPages().find((p) => p.path === target);
      if (!to || to.path === page.path) continue;
      if (to.lang !== page.lang && to.alternates?.[page.lang]) out.push(`a link to ${to.path}, which has a translation at ${to.alternates[page.lang]}`);
      if (to.lang !== page.lang && attr(a, 'hreflang') !== to.lang)
        out.push(`a link to the ${to.lang} page ${to.path} ("${text(a)}") without hreflang="${to.lang}"`);
    }
  }
  for (const node of doc.all.filter((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json')) {
    const graph = (JSON.parse(rawText(node)) as { '@graph'?: Array<{ '@type': string; inLanguage?: string }> })['@graph'] ?? [];
    for (const item of graph.filter((n) => /WebPage$/.test(n['@type']))) {
      if (item.inLanguage !== page.lang) out.push(`${item['@type']} inLanguage "${item.inLanguage}", expected "${page.lang}"`);
    }
  }
  return out;
}

/**
 * Interface words left in English on a page in another language: the English dictionary's words
 * (src/features/i18n/en.ts, the one list) found in the page's text outside anything marked
 * lang="en" (English page titles, source titles, the language link), scripts and templates.
 */
// Words of at least four letters: "on" or " of " would also match English names in Spanish text (Lupus Foundation of America).
// Words Spanish writes the same way are not a sign of English ("Placebo" begins Spanish sentences too).
const SAME_IN_SPANISH = new Set(['Placebo']);
const ENGLISH_INTERFACE = (Object.values(ENGLISH_WORDS) as unknown[]).filter(
  (value): value is string => typeof value === 'string' && value.trim().length >= 4 && !SAME_IN_SPANISH.has(value),
);
function englishWordProblems(doc: ParsedPage): string[] {
  const body = byTag(doc, 'body')[0]!;
  const visible: string[] = [];
  const walk = (node: Element) => {
    for (const child of node.childNodes) {
      if ('tagName' in child) {
        const el = child as Element;
        if (attr(el, 'lang') === 'en' || ['script', 'style', 'template'].includes(el.tagName)) continue;
        walk(el);
      } else if ('value' in child) visible.push(String((child as { value: string }).value));
    }
  };
  walk(body);
  const words = ` ${visible.join(' ').replace(/\s+/g, ' ')} `;
  return ENGLISH_INTERFACE.filter((value) => new RegExp(`(?<![\\p{L}])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(words)).map(
    (value) => `English interface words on a ${doc.page.lang} page: "${value}"`,
  );
}

/** The primary navigation of a language's home page: every page in that language has the same. */
const homeNavigation = (lang: Locale) => {
  const path = localizedPath('/', lang);
  const home = parsedAt(path);
  const nav = home.all.find((el) => el.tagName === 'nav' && attr(el, 'aria-label') === DICTIONARIES[lang].mainNav)!;
  return elements(nav)
    .filter((el) => el.tagName === 'a' && attr(el, 'href') !== undefined)
    .map((a) => `${text(a)} -> ${toSitePath(attr(a, 'href')!, siteUrl(path)) ?? attr(a, 'href')}`);
};

for (const { path } of builtPages()) {
  test(`${path}: what the built page says (structure, valid HTML, footer, navigation, guide, citations, markup, budgets, CSP, structured data)`, async () => {
    const doc = parsedAt(path);
    const page = doc.page;
    await test.step('one h1 in main, ordered headings, lang, title, description, Open Graph, favicon', () => noProblems(structureProblems(doc), page.path));
    await test.step('valid HTML (html-validate, .htmlvalidate.json)', async () => {
      const report = await validator.validateString(doc.html, page.file);
      const errors = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
      expect(errors.length, `html-validate errors in ${page.path}:\n${formatText(report.results)}`).toBe(0);
    });
    await test.step('footer: report-a-problem link, About links, review dates from the frontmatter', () => noProblems(footerProblems(doc), page.path));
    await test.step('primary navigation the same everywhere, current page or topic marked, breadcrumbs end on the page', () =>
      noProblems(navigationProblems(doc, homeNavigation(page.lang)), page.path));
    if (page.kind === 'content')
      await test.step('the summary follows the h1; the guide marks this page and leads on', () => noProblems(guideProblems(doc), page.path));
    await test.step('citations numbered in order, linked both ways with the references', () => noProblems(citationProblems(doc), page.path));
    await test.step('links make sense out of context; tables, abbreviations, languages, timelines, callouts and table regions marked up', () =>
      noProblems(markupProblems(doc), page.path));
    await test.step('no line break inside CAR-T or CAR-NK, nor between a glossary term and the punctuation after it', () =>
      noProblems(lineBreakProblems(doc), page.path));
    await test.step('within its byte budgets', () => noProblems(weightProblems(doc), page.path));
    await test.step('a strict CSP <meta>, covered exactly by the _headers policy', () => {
      const all = readHeadersFile()[`${basePath()}*`];
      expect(all, `no "${basePath()}*" rule in _headers`).toBeDefined();
      noProblems(cspProblems(doc, parsePolicy(all!['content-security-policy'] ?? '')), page.path);
    });
    if (page.kind === 'content') await test.step('structured data matches the frontmatter and the visible content', () => structuredDataMatches(doc));
    await test.step('languages: the page says its language, pairs each translation in the head and links to it by name', () =>
      noProblems(languageProblems(doc), page.path));
    if (page.lang !== DEFAULT_LOCALE)
      await test.step('no English interface words outside text marked lang="en"', () => noProblems(englishWordProblems(doc), page.path));
    await test.step("no part of an editor's note on a source or a trial reaches readers", () => {
      expect(editorNotes.length, 'editorNote and seenAt entries in content/ (the check would be empty without them)').toBeGreaterThan(0);
      expect(editorNotes.filter((note) => doc.html.includes(note))).toEqual([]);
    });
  });
}

test('every page has a distinct title, and the site cites sources and explains terms somewhere', () => {
  const byTitle = new Map<string, string[]>();
  for (const page of builtPages()) {
    const title = text(byTag(parsed(page), 'title')[0]!);
    byTitle.set(title, [...(byTitle.get(title) ?? []), page.path]);
  }
  const duplicates = [...byTitle].filter(([, paths]) => paths.length > 1).map(([t, paths]) => `"${t}": ${paths.join(', ')}`);
  expect(duplicates, `titles shared by more than one page:\n${bulletList(duplicates)}`).toEqual([]);
  // A fully sourced site with no citation at all means citations stopped rendering.
  expect(builtPages().filter((p) => parsed(p).all.some((el) => el.tagName === 'a' && hasClass(el, 'citation'))).length, 'pages with citations').toBeGreaterThan(
    0,
  );
  expect(builtPages().filter((p) => parsed(p).all.some((el) => hasClass(el, 'glossary-term'))).length, 'pages with glossary terms').toBeGreaterThan(5);
});

// One search page per language, each listing that language's pages and glossary terms.
for (const lang of [...new Set(builtPages().map((p) => p.lang))]) {
  test(
    `the ${lang} search page lists every ${lang} content page and glossary term A to Z, in alphabetical order, for readers without JavaScript`,
    { tag: URL_ROOT },
    () => {
      const searchPath = localizedPath('/search/', lang);
      const doc = parsedAt(searchPath);
      const links = doc.all.filter((el) => el.tagName === 'a' && closest(el, (e) => hasClass(e, 'search-az__list')));
      expect(links.length, 'the A–Z has links').toBeGreaterThan(0);
      const hrefs = links.map((a) => attr(a, 'href') ?? '');
      const listed = new Set(hrefs.map((href) => toSitePath(href, siteUrl(searchPath))).map((p) => (p ?? '').replace(/#.*/, '')));
      expect(
        builtPages()
          .filter((p) => p.kind === 'content' && p.lang === lang)
          .map((p) => p.path)
          .filter((p) => !listed.has(p)),
        'pages missing from the A–Z',
      ).toEqual([]);
      const glossaryFile = join(PROJECT_ROOT, lang === DEFAULT_LOCALE ? 'content/glossary.yaml' : `content/${lang}/glossary.yaml`);
      const hasGlossaryPage = builtPages().some((p) => p.path === localizedPath('/glossary/', lang));
      const glossary = hasGlossaryPage && existsSync(glossaryFile) ? (parseYaml(readFileSync(glossaryFile, 'utf8')) as Array<{ id: string }>) : [];
      const anchors = new Set(hrefs.filter((h) => h.includes('#')).map((h) => h.split('#')[1]));
      expect(
        glossary.filter((g) => !anchors.has(g.id)).map((g) => g.id),
        'glossary terms missing from the A–Z',
      ).toEqual([]);
      const key = (s: string) => s.replace(/^(the|a|an|el|la|los|las|un|una)\s+/i, '').toLocaleLowerCase(lang);
      const labels = links.map((a) => key(text(a)));
      expect(labels, 'the list is in alphabetical order').toEqual([...labels].sort((a, b) => a.localeCompare(b, lang, { sensitivity: 'base' })));
    },
  );
}

// The site's files for hosts and crawlers: depend on the base path, so run against both builds.
test.describe('files for hosts and crawlers', { tag: URL_ROOT }, () => {
  const values = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}>([^<]+)</${tag}>`, 'g'))].map((m) => m[1]!);
  const file = (sitePath: string) => {
    const path = fileFor(sitePath);
    expect(path, `${withBase(sitePath)} is in the build`).not.toBeNull();
    return readFileSync(path!, 'utf8');
  };

  test('the sitemap lists every content page, and nothing else, at its canonical URL with the day it was last reviewed', () => {
    const index = file('/sitemap-index.xml');
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const sitemaps = values(index, 'loc');
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed: string[] = [];
    const lastmods: string[] = [];
    for (const sitemapUrl of sitemaps) {
      expect(sitemapUrl.startsWith(publicUrl('/')), `${sitemapUrl} is under ${publicUrl('/')}`).toBe(true);
      const xml = file('/' + sitemapUrl.slice(publicUrl('/').length));
      expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
      listed.push(...values(xml, 'loc'));
      lastmods.push(...values(xml, 'lastmod'));
    }
    const content = builtPages().filter((p) => p.kind === 'content');
    expect(listed.sort()).toEqual(content.map((p) => publicUrl(p.path)).sort());
    expect(lastmods.map((date) => date.slice(0, 10)).sort()).toEqual(content.map((p) => p.lastReviewed).sort());
  });

  test('the sitemap pairs each translated page with its other languages (xhtml:link alternates)', () => {
    const xml = values(file('/sitemap-index.xml'), 'loc')
      .map((sitemapUrl) => file('/' + sitemapUrl.slice(publicUrl('/').length)))
      .join('\n');
    const urls = [...xml.matchAll(/<url>(.*?)<\/url>/gs)].map((m) => m[1]!);
    const translated = builtPages().filter((p) => p.kind === 'content' && p.alternates);
    expect(translated.length, 'translated pages').toBeGreaterThan(0);
    for (const page of translated) {
      const entry = urls.find((u) => u.includes(`<loc>${publicUrl(page.path)}</loc>`));
      expect(entry, `${page.path} in the sitemap`).toBeDefined();
      const alternates = [...entry!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`).sort();
      expect(alternates, page.path).toEqual(
        Object.entries(page.alternates!)
          .map(([lang, path]) => `${lang} ${publicUrl(path)}`)
          .sort(),
      );
    }
  });

  test('robots.txt allows crawling and names the sitemap', () => {
    const body = file('/robots.txt');
    expect(body).toMatch(/^User-agent: \*$/m);
    expect(body).not.toMatch(/^Disallow: \/\s*$/m);
    expect(body.split('\n')).toContain(`Sitemap: ${publicUrl('/sitemap-index.xml')}`);
  });

  test('_headers sends, for every page, frame-ancestors and the other security headers, and caches hashed assets for good', () => {
    const rules = readHeadersFile();
    const all = rules[`${basePath()}*`];
    expect(all, `no "${basePath()}*" rule in _headers`).toBeDefined();
    expect([...(parsePolicy(all!['content-security-policy'] ?? '').get('frame-ancestors') ?? [])]).toEqual(["'none'"]);
    expect(all!['x-content-type-options']).toBe('nosniff');
    expect(all!['referrer-policy']).toBe('no-referrer');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) {
      expect(all!['permissions-policy'] ?? '', `Permissions-Policy must deny ${feature}`).toMatch(new RegExp(`(^|, )${feature}=\\(\\)(,|$)`));
    }
    expect(rules[`${basePath()}_astro/*`]?.['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
