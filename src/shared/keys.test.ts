import { describe, expect, it } from 'vitest';
import { keysOf } from './keys';

describe('keysOf', () => {
  it('lists the ids of a label map in the order they are written', () => {
    expect(keysOf({ MSC: 'Stromal cells', 'CAR-T': 'CAR-T cells' })).toEqual(['MSC', 'CAR-T']);
  });

  it('refuses an empty map, which no value could match', () => {
    expect(() => keysOf({})).toThrow('keysOf: the label map is empty');
  });
});
