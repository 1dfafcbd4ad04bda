import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADVICE, describeHit, findCopies, fingerprintText, referenceOf, tokens, words } from './lib/own-words.mjs';
import { contentFiles, references, SOURCES_FILE } from './own-words.mjs';

const root = join(import.meta.dirname, '..');

// A made-up "source", fingerprinted here as `node scripts/own-words.mjs --add` would: its text is ours.
const SOURCE = `La nefritis lúpica es una inflamación de los riñones que aparece en algunas personas con lupus.
El médico pide análisis de orina y de sangre para saber cómo trabajan los riñones.`;
const source = referenceOf('"A made-up source" (https://example.invalid/fuente)', fingerprintText(SOURCE));

describe('own words in Spanish: words and fingerprints', () => {
  it('reads a word as a run of Unicode letters and digits, lowercased, with its accents, and also folded', () => {
    expect(words('La Nefritis lúpica: riñón, 3 de cada 10.000')).toEqual(['la', 'nefritis', 'lúpica', 'riñón', '3', 'de', 'cada', '10', '000']);
    expect(tokens('Riñón LÚPICA').map((t) => t.folded)).toEqual(['rinon', 'lupica']);
    // The same word typed with a combining accent is the same word.
    expect(words('lu\u0301pica')).toEqual(['lúpica']);
  });

  it('fingerprints every run of 8 words with and without accents, as 12 hex digits, and keeps no word of the text', () => {
    const { words: count, kept, folded } = fingerprintText(SOURCE);
    expect(count).toBe(tokens(SOURCE).length);
    expect(kept.length).toBe(count - 7);
    expect([...kept, ...folded].every((f) => /^[0-9a-f]{12}$/.test(f))).toBe(true);
  });
});

describe('own words in Spanish: the check', () => {
  it('finds a sentence copied from a source, through a citation marker, and names the file, the line and the passage', () => {
    const page = `---\ntitle: 'Prueba'\n---\n\nEsto es nuestro.\nEl médico pide análisis de orina y de sangre <Cite id="x" at="Tabla 2" /> para saber cómo trabajan los riñones.\n`;
    const [hit, ...more] = findCopies(page, [source]);
    expect(more).toEqual([]);
    expect(hit).toMatchObject({ line: 6, words: 15, accents: 'kept' });
    expect(describeHit('content/es/pages/prueba.mdx', hit!)).toBe(
      'content/es/pages/prueba.mdx:6: 15 words as in "A made-up source" (https://example.invalid/fuente): "El médico pide análisis de orina y de sangre <Cite id="x" at="Tabla 2" /> para saber cómo trabajan los riñones"',
    );
    expect(ADVICE).toBe('keep the facts, write the sentence anew');
  });

  it('finds a copy that lost its accents, and says so', () => {
    const [hit] = findCopies('summary: "La nefritis lupica es una inflamacion de los rinones."', [source]);
    expect(hit).toMatchObject({ line: 1, words: 9, accents: 'folded' });
    expect(describeHit('content/es/glossary.yaml', hit!)).toContain('(apart from accents)');
  });

  it('leaves alone the same facts in other words, and fewer than 8 words in a row', () => {
    expect(findCopies('Algunas personas con lupus tienen los riñones inflamados: es la nefritis lúpica.', [source])).toEqual([]);
    expect(findCopies('La nefritis lúpica es una inflamación grave.', [source])).toEqual([]);
  });

  it('does not count a set phrase, such as an agency’s official name, as a copied sentence', () => {
    const name = referenceOf(
      'an agency',
      fingerprintText('la Administración de Alimentos y Medicamentos de los Estados Unidos (FDA, por sus siglas en inglés)'),
    );
    const text = 'Lo aprobó la Administración de Alimentos y Medicamentos de los Estados Unidos (FDA, por sus siglas en inglés).';
    expect(findCopies(text, [name])).toHaveLength(1);
    expect(findCopies(text, [name], ['Administración de Alimentos y Medicamentos', 'por sus siglas en inglés'])).toEqual([]);
  });
});

describe('own words in Spanish: the committed sources and the content', () => {
  const data = JSON.parse(readFileSync(join(root, SOURCES_FILE), 'utf8')) as {
    setPhrases: string[];
    sources: { title: string; url: string; read: string; covers: string; words: number; kept: string; folded: string }[];
  };

  it('holds, for each Spanish source, its title, address, the day it was read, how much of it is covered, and fingerprints only', () => {
    expect(data.sources.length).toBeGreaterThanOrEqual(4);
    for (const s of data.sources) {
      expect(s.title.length, s.url).toBeGreaterThan(10);
      expect(s.url).toMatch(/^https?:\/\/\S+$/);
      expect(s.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.covers.length, `${s.title}: say how much of the source the fingerprints cover`).toBeGreaterThan(10);
      for (const list of [s.kept, s.folded])
        expect(
          list.split(' ').every((f) => /^[0-9a-f]{12}$/.test(f)),
          s.title,
        ).toBe(true);
      expect(s.kept.split(' ').length).toBeLessThanOrEqual(s.words - 7);
    }
  });

  it('finds no passage of the Spanish pages and data files that repeats a source', () => {
    const refs = references({ log: () => {} });
    const files = contentFiles('content/es');
    expect(files.some((file) => file.endsWith('.mdx')) && files.some((file) => file.endsWith('.yaml'))).toBe(true);
    const hits = files.flatMap((file) => findCopies(readFileSync(join(root, file), 'utf8'), refs, data.setPhrases).map((hit) => describeHit(file, hit)));
    expect(hits, ADVICE).toEqual([]);
  });
});
