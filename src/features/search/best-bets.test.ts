import { describe, expect, it } from 'vitest';
import { bestBetFor, withBestBetFirst, type BestBet } from './best-bets';

const bets: BestBet[] = [{ path: '/clinics/', phrases: ['stem cell clinic', 'clinic in mexico'] }];

describe('best bets', () => {
  it('names the page for a query that holds a phrase whole, in any case, with accents and punctuation ignored', () => {
    expect(bestBetFor('stem cell clinic', bets)).toBe('/clinics/');
    expect(bestBetFor('Stem-cell clinic near me?', bets)).toBe('/clinics/');
    expect(bestBetFor('clínic in México', bets)).toBe('/clinics/');
  });

  it('names no page when the words are not all there, or only part of a word matches', () => {
    expect(bestBetFor('stem cell', bets)).toBeUndefined();
    expect(bestBetFor('stem cell clinical trial', bets)).toBeUndefined();
    expect(bestBetFor('', bets)).toBeUndefined();
  });

  it("moves the bet's page to the front and keeps the others' order", () => {
    const results = ['/a/', '/b/', '/clinics/', '/c/'];
    expect(withBestBetFirst('stem cell clinic', results, (r) => r, bets)).toEqual(['/clinics/', '/a/', '/b/', '/c/']);
  });

  it("keeps Pagefind's order when the query names no bet or the bet's page is not among the results", () => {
    expect(withBestBetFirst('kidney', ['/a/', '/clinics/'], (r) => r, bets)).toEqual(['/a/', '/clinics/']);
    expect(withBestBetFirst('stem cell clinic', ['/a/', '/b/'], (r) => r, bets)).toEqual(['/a/', '/b/']);
  });

  it("the site's own bets put the unproven clinics page first for the safety queries of issue 20", () => {
    expect(bestBetFor('stem cell clinic')).toBe('/stromal-cell-therapy/unproven-clinics/');
    expect(bestBetFor('clinic in Mexico')).toBe('/stromal-cell-therapy/unproven-clinics/');
    expect(bestBetFor('stem cell')).toBeUndefined();
  });
});
