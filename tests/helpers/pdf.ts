// Print a page to PDF in Chromium and read it back with pdftotext (Debian's poppler-utils), so print
// tests assert on what a reader would actually get on paper. One pdftotext call per PDF: its
// -bbox-layout output gives every sheet's lines in reading order with where they are, from which
// the parsing below (pure, unit-tested in pdf.test.ts) takes both the text and how full a sheet is.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';

export type PaperFormat = 'A4' | 'Letter';

/** print.css's @page margins, in mm: what lies outside them is the margin boxes' text. */
export const PAGE_MARGIN_MM = { top: 18, right: 16, bottom: 20, left: 16 } as const;

/** Printable area in CSS px (96 per inch) inside print.css's @page margins. */
export const PRINTABLE_PX: Record<PaperFormat, { width: number; height: number }> = {
  A4: { width: mm(210 - PAGE_MARGIN_MM.left - PAGE_MARGIN_MM.right), height: mm(297 - PAGE_MARGIN_MM.top - PAGE_MARGIN_MM.bottom) },
  Letter: { width: mm(215.9 - PAGE_MARGIN_MM.left - PAGE_MARGIN_MM.right), height: mm(279.4 - PAGE_MARGIN_MM.top - PAGE_MARGIN_MM.bottom) },
};

function mm(value: number): number {
  return Math.floor((value / 25.4) * 96);
}

const POINTS_PER_MM = 72 / 25.4;

/** One line of a sheet as pdftotext reads it, in PDF points from the top edge. */
export interface Line {
  text: string;
  top: number;
  bottom: number;
}

/** One printed sheet. */
export interface Sheet {
  /** The page's text inside the margins: lines joined by a newline, text blocks by an empty line. */
  text: string;
  /** The lines inside the margins, top to bottom in reading order. */
  lines: Line[];
  /** The text of the margin boxes (print.css: the disclaimer and "Page N of M"), one line each. */
  margin: string[];
  /** The printable area between the top and bottom @page margins, in points from the top edge. */
  top: number;
  bottom: number;
}

export interface PrintedPdf {
  /** Each sheet's text inside the margins, in order. */
  pages: string[];
  sheets: Sheet[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function unescapeXml(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * The sheets of `pdftotext -bbox-layout` output: per page, its blocks and their lines, in the
 * reading order pdftotext's text output uses. A line lies in the margin when it is above the top
 * margin or below the bottom one (with 1 pt to spare for rounding).
 */
export function parseBboxLayout(xhtml: string): Sheet[] {
  return [...xhtml.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, height, body]) => {
    const top = PAGE_MARGIN_MM.top * POINTS_PER_MM;
    const bottom = Number(height) - PAGE_MARGIN_MM.bottom * POINTS_PER_MM;
    const blocks = [...body!.matchAll(/<block [^>]*>([\s\S]*?)<\/block>/g)].map(([, block]) =>
      [...block!.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map(([, yMin, yMax, words]): Line => ({
        text: [...words!.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map(([, word]) => unescapeXml(word!)).join(' '),
        top: Number(yMin),
        bottom: Number(yMax),
      })),
    );
    const inside = (line: Line) => line.top >= top - 1 && line.bottom <= bottom + 1;
    const bodyBlocks = blocks.map((lines) => lines.filter(inside)).filter((lines) => lines.length > 0);
    return {
      text: bodyBlocks.map((lines) => lines.map((line) => line.text).join('\n')).join('\n\n'),
      lines: bodyBlocks.flat(),
      margin: blocks
        .flat()
        .filter((line) => !inside(line))
        .map((line) => line.text),
      top,
      bottom,
    };
  });
}

/**
 * How much of a sheet's printable height its text fills, from 0 to 1: down to the foot of its
 * lowest line inside the margins (the margin boxes' text does not count).
 */
export function sheetFill(sheet: Sheet): number {
  const lowest = Math.max(sheet.top, ...sheet.lines.map((line) => line.bottom));
  return (lowest - sheet.top) / (sheet.bottom - sheet.top);
}

const run = promisify(execFile);

/** Prints the page as a reader would: print media, CSS @page rules honoured. */
export function printPdf(page: Page, format: PaperFormat): Promise<Buffer> {
  // Playwright's default is to ignore @page CSS; the reader's browser does not.
  return page.pdf({ format, preferCSSPageSize: false, printBackground: false });
}

/** Reads a printed PDF back: one pdftotext call, in a child process (so a test can print meanwhile). */
export async function readPdf(pdf: Buffer): Promise<PrintedPdf> {
  const dir = await mkdtemp(join(tmpdir(), 'print-'));
  try {
    const file = join(dir, 'page.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const sheets = parseBboxLayout(stdout);
    return { pages: sheets.map((sheet) => sheet.text), sheets };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Prints the page and reads it back, for a test that prints once. */
export async function printToText(page: Page, format: PaperFormat): Promise<PrintedPdf> {
  return readPdf(await printPdf(page, format));
}

/**
 * Text with whitespace and hyphens removed, for comparing DOM text with PDF text: lines in a PDF
 * break anywhere, including inside URLs, and pdftotext joins a word hyphenated at a line end.
 */
export function squash(text: string): string {
  // U+2060 is the word joiner that keeps a citation marker with its word.
  return text.replace(/[\s\u00ad\u2060-]+/g, '');
}
