import { describe, expect, it } from 'vitest';
import { mayStemTo, surfaceWords } from '@/lib/search/surface-word';

describe('mayStemTo', () => {
  it('accepts the forms a stemmer cuts to the stem, and nothing else', () => {
    expect(mayStemTo('ceasefire', 'ceasefir')).toBe(true);
    expect(mayStemTo('deploy', 'deploi')).toBe(true);
    expect(mayStemTo('kursk', 'kursk')).toBe(true);
    expect(mayStemTo('cease', 'ceasefir')).toBe(false);
    expect(mayStemTo('kharkiv', 'kursk')).toBe(false);
  });
});

describe('surfaceWords', () => {
  it('puts the most frequent written form first, as written in lower case', () => {
    const texts = ['The Ceasefire held.', 'A ceasefire, then ceasefires.', 'No ceasefire.'];
    expect(surfaceWords('ceasefir', 'ceasefrie', texts)).toEqual(['ceasefire', 'ceasefires']);
  });

  it('breaks ties by nearness to the typed word, then length, then alphabet', () => {
    expect(surfaceWords('deploi', 'deplyo', ['deploys deploy'])).toEqual(['deploy', 'deploys']);
    expect(surfaceWords('troop', 'troopz', ['troops troopx'])).toEqual(['troops', 'troopx']);
  });

  it('keeps accents, skips numbers and answers nothing for no text', () => {
    expect(surfaceWords('zaporizhzhia', 'zaporizhzhja', ['Zaporizhzhia 2024'])).toEqual([
      'zaporizhzhia',
    ]);
    expect(surfaceWords('kyiv', 'kyvi', ['Kyïv'])).toEqual(['kyïv']);
    expect(surfaceWords('kursk', 'kursck', [])).toEqual([]);
  });
});
