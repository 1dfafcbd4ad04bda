// src/shared/content-files.ts: every page's plugins ask for the same content files, so each is read
// once and read again only when it changes (`astro dev` must never serve stale data). These tests
// hand the module a throwaway project folder of their own (never process.chdir: the working
// directory belongs to the whole process).
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdContentFiles, readPagePaths as readPagePathsIn, readSourceIds as readSourceIdsIn, readYamlList as readYamlListIn } from './content-files';

/** Each test's own project folder: the caches are per folder, so no test sees another's files. */
let dir: string;
const readYamlList = (file: string) => readYamlListIn(file, dir);
const readSourceIds = () => readSourceIdsIn(dir);
const readPagePaths = () => readPagePathsIn(dir);

/** Sets a file's or folder's times well in the past, so the next change is certain to move them. */
const age = (path: string) => utimesSync(path, new Date('2020-01-01'), new Date('2020-01-01'));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'content-files-'));
  mkdirSync(join(dir, 'content', 'pages', 'about'), { recursive: true });
  writeFileSync(join(dir, 'content', 'glossary.yaml'), '- id: lupus\n  term: lupus\n  definition: An illness.\n');
  writeFileSync(join(dir, 'content', 'sources.yaml'), '- id: kamen-2022\n');
  writeFileSync(join(dir, 'content', 'pages', 'index.mdx'), '');
  writeFileSync(join(dir, 'content', 'pages', 'about', 'index.mdx'), '');
  for (const folder of [join(dir, 'content', 'pages'), join(dir, 'content', 'pages', 'about')]) age(folder);
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('content files', () => {
  it('reads a YAML file once while it is unchanged, and again as soon as it changes', () => {
    const first = readYamlList('glossary.yaml');
    expect(readYamlList('glossary.yaml')).toBe(first);
    writeFileSync(join(dir, 'content', 'glossary.yaml'), '- id: lupus-nephritis\n  term: lupus nephritis\n  definition: Kidney inflammation.\n');
    expect(readYamlList('glossary.yaml').map((entry) => entry.id)).toEqual(['lupus-nephritis']);
  });

  it('keeps the set of source ids while sources.yaml is unchanged, and sees a new source', () => {
    const first = readSourceIds();
    expect(readSourceIds()).toBe(first);
    writeFileSync(join(dir, 'content', 'sources.yaml'), '- id: kamen-2022\n- id: wang-2017\n');
    expect([...readSourceIds()]).toEqual(['kamen-2022', 'wang-2017']);
  });

  it('lists page paths from content/pages and sees a page added to a sub-folder', () => {
    const first = readPagePaths();
    expect([...first].sort()).toEqual(['/', '/about/']);
    expect(readPagePaths()).toBe(first);
    writeFileSync(join(dir, 'content', 'pages', 'about', 'privacy.mdx'), '');
    expect([...readPagePaths()].sort()).toEqual(['/', '/about/', '/about/privacy/']);
  });

  it('stops checking the files once a build holds them, since they cannot change during a build', () => {
    const glossary = readYamlList('glossary.yaml');
    const paths = readPagePaths();
    holdContentFiles();
    try {
      writeFileSync(join(dir, 'content', 'glossary.yaml'), '- id: lupus-nephritis\n  term: lupus nephritis\n  definition: Kidney inflammation.\n');
      writeFileSync(join(dir, 'content', 'pages', 'about', 'privacy.mdx'), '');
      expect(readYamlList('glossary.yaml')).toBe(glossary);
      expect(readPagePaths()).toBe(paths);
    } finally {
      // The hold is module state: later tests of this file check their files again.
      holdContentFiles(false);
    }
    expect([...readPagePaths()].sort()).toEqual(['/', '/about/', '/about/privacy/']);
  });
});
