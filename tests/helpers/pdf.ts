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
    return { pages };
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
