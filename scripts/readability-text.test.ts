import { describe, expect, it } from 'vitest';
import { analyseSpanish, limitFor, runningText, spanishSyllables } from './readability.mjs';

describe('the readability report reads the running text', () => {
  it('leaves out the parts marked .screen-only, but keeps a glossary definition that opens in place', () => {
    const html = `<main>
      <p>Kidney damage is common.</p>
      <p class="references__back screen-only">Back to the citation.</p>
      <div class="previous-next screen-only"><p>Next: treatment</p></div>
      <p>A flare<span class="glossary-definition screen-only" popover> (a time when symptoms get worse)</span> can come back.</p>
    </main>`;
    expect(runningText(html).join(' | ')).toBe('Kidney damage is common. | A flare (a time when symptoms get worse) can come back.');
  });
});

describe('the readability report measures Spanish pages with INFLESZ', () => {
  it('counts Spanish syllables by the Spanish rules, a number or abbreviation as one', () => {
    expect(spanishSyllables('riñón')).toBe(2);
    expect(spanishSyllables('mesenquimales')).toBe(5);
    expect(spanishSyllables('día')).toBe(2);
    expect(spanishSyllables('2026')).toBe(1);
    expect(spanishSyllables('MSC')).toBe(1);
  });

  it('scores short plain sentences higher (easier) than long ones of long words, and reads "EE. UU." as one word', () => {
    const plain = analyseSpanish(['El lupus es una enfermedad. Puede afectar los riñones.']);
    const hard = analyseSpanish([
      'La administración intravenosa de células estromales mesenquimales alogénicas se investiga actualmente en ensayos clínicos multicéntricos aleatorizados.',
    ]);
    expect(plain.grade).toBeGreaterThan(hard.grade);
    expect(analyseSpanish(['Se probó en EE. UU. con pocas personas.']).sentences).toBe(1);
  });

  it('limits a translation like its English page, on the Spanish scale', () => {
    expect(limitFor({ path: '/es/', lang: 'es', alternates: { en: '/' } })).toBe(60);
    expect(limitFor({ path: '/es/urgent-help/', lang: 'es', alternates: { en: '/urgent-help/' } })).toBe(55);
    expect(limitFor({ path: '/es/glossary/', lang: 'es', alternates: { en: '/glossary/' } })).toBeNull();
    expect(limitFor({ path: '/', lang: 'en' })).toBe(7);
  });
});
