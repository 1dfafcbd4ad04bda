import { describe, expect, it } from 'vitest';
import { EVIDENCE_STRENGTHS, evidenceStrength, readStudies } from './studies';

describe('evidence strength of a study', () => {
  it('calls a randomised study a randomised trial, whatever its comparator', () => {
    expect(evidenceStrength({ randomised: true, comparator: 'Placebo' })).toBe('randomised');
  });

  it('tells a study with a comparison group from one without, when neither is randomised', () => {
    expect(evidenceStrength({ randomised: false, comparator: 'Standard care' })).toBe('compared');
    expect(evidenceStrength({ randomised: false, comparator: 'None' })).toBe('single-group');
    expect(evidenceStrength({})).toBe('single-group');
  });

  it('lets a pooled analysis say so, since its design alone does not', () => {
    expect(evidenceStrength({ comparator: 'Control groups, in the randomised trials', evidence: 'pooled' })).toBe('pooled');
  });

  it('gives every study in the data a label a reader can see', () => {
    for (const study of readStudies()) expect(EVIDENCE_STRENGTHS[evidenceStrength(study)], study.id).toBeTruthy();
    expect(readStudies().filter((study) => evidenceStrength(study) === 'randomised').length).toBeGreaterThan(0);
  });
});
