// Print a page to PDF in Chromium and read it back as text with pdftotext (Debian's poppler-utils),
// so print tests assert on what a reader would actually get on paper.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export type PaperFormat = 'A4' | 'Letter';

/** Printable area in CSS px (96 per inch) with print.css's @page margins (18/20 mm top/bottom, 16 mm sides). */
export const PRINTABLE_PX: Record<PaperFormat, { width: number; height: number }> = {
  A4: { width: mm(210 - 32), height: mm(297 - 38) },
  Letter: { width: mm(215.9 - 32), height: mm(279.4 - 38) },
};

function mm(value: number): number {
  return Math.floor((value / 25.4) * 96);
}

export interface PrintedPdf {
  /** Text of each printed page, in order (pdftotext separates pages with form feeds). */
  pages: string[];
  /** The words of the last sheet with where they are, for measuring how full it is (sheetFill). */
  lastSheet: Sheet;
}

/** One printed sheet: its words, top to bottom as pdftotext reads them, in PDF points from the top edge. */
export interface Sheet {
  words: { text: string; top: number; bottom: number }[];
  /** The printable area between print.css's @page margins (18 mm top, 20 mm bottom). */
  top: number;
  bottom: number;
}

const POINTS_PER_MM = 72 / 25.4;

function sheetFromBbox(bbox: string): Sheet {
  const height = Number(/<page width="[\d.]+" height="([\d.]+)">/.exec(bbox)?.[1] ?? 0);
  const words = [...bbox.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(([, top, bottom, text]) => ({
    text: text!,
    top: Number(top),
    bottom: Number(bottom),
  }));
  return { words, top: 18 * POINTS_PER_MM, bottom: height - 20 * POINTS_PER_MM };
}

/**
 * How much of a sheet's printable height the text fills, from 0 to 1: the foot of its lowest word
 * inside the margins (the running page number is in the bottom margin). With `before`, only the
 * words above the first occurrence of that phrase count (the page's own text above its footer).
 */
export function sheetFill(sheet: Sheet, before?: string): number {
  let words = sheet.words.filter((word) => word.bottom <= sheet.bottom + 1);
  if (before) {
    const phrase = before.split(' ');
    const at = words.findIndex((_, i) => phrase.every((part, j) => words[i + j]?.text === part));
    if (at >= 0) words = words.filter((word) => word.bottom < words[at]!.top);
  }
  const lowest = Math.max(sheet.top, ...words.map((word) => word.bottom));
  return (lowest - sheet.top) / (sheet.bottom - sheet.top);
}

/** Prints the page as a reader would (print media, CSS @page rules honoured) and extracts its text. */
export async function printToText(page: Page, format: PaperFormat): Promise<PrintedPdf> {
  // Playwright's default is to ignore @page CSS; the reader's browser does not.
  const pdf = await page.pdf({ format, preferCSSPageSize: false, printBackground: false });
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const pages = text.split('\f');
    // pdftotext ends the last page with a form feed too.
    if (pages.at(-1)?.trim() === '') pages.pop();
    const last = String(pages.length);
    const bbox = execFileSync('pdftotext', ['-f', last, '-l', last, '-bbox', file, '-'], { encoding: 'utf8' });
    return { pages, lastSheet: sheetFromBbox(bbox) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Text with whitespace and hyphens removed, for comparing DOM text with PDF text: lines in a PDF
 * break anywhere, including inside URLs, and pdftotext joins a word hyphenated at a line end.
 */
export function squash(text: string): string {
  // U+2060 is the word joiner that keeps a citation marker with its word.
  return text.replace(/[\s\u00ad\u2060-]+/g, '');
}
