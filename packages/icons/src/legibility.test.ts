import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binarise,
  differingShare,
  goalMisses,
  inkShare,
  legibilityGoal,
  legibilitySizes,
  measureFamilies,
  percent,
} from '../scripts/legibility.mjs';

// The legibility figures `npm run contact-sheet` prints and test/browser/icon-legibility.test.ts holds to the goal
// come from these functions: pixel arrays in, shares out, so they are checked here without a browser.

/** RGBA pixels from grey levels (0 black … 255 white), opaque. */
function grey(...levels: number[]): number[] {
  return levels.flatMap((level) => [level, level, level, 255]);
}

const bitsArbitrary = (length: number) =>
  fc.uint8Array({ min: 0, max: 1, minLength: length, maxLength: length });

describe('binarise', () => {
  it('calls a pixel ink when it is darker than half-way, paper otherwise', () => {
    expect([...binarise(grey(0, 127, 128, 255))]).toEqual([1, 1, 0, 0]);
  });

  it('weighs channels by luminance: pure blue is dark, pure green light', () => {
    expect([...binarise([0, 0, 255, 255, 0, 255, 0, 255])]).toEqual([1, 0]);
  });

  it('composites transparent pixels over white paper', () => {
    expect([...binarise([0, 0, 0, 0, 0, 0, 0, 255, 0, 0, 0, 100])]).toEqual([0, 1, 0]);
  });

  it('takes a threshold', () => {
    expect([...binarise(grey(100, 200), 220)]).toEqual([1, 1]);
    expect([...binarise(grey(100, 200), 50)]).toEqual([0, 0]);
  });

  it('rejects data that is not four values a pixel', () => {
    expect(() => binarise([0, 0, 0])).toThrow(/4 values a pixel/);
  });
});

describe('inkShare', () => {
  it('is the share of ink pixels', () => {
    expect(inkShare(Uint8Array.from([1, 0, 0, 0]))).toBe(0.25);
    expect(inkShare(Uint8Array.from([1, 1]))).toBe(1);
  });

  it('stays between 0 and 1 and counts every ink pixel once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }).chain(bitsArbitrary), (bits) => {
        const share = inkShare(bits);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
        expect(share * bits.length).toBeCloseTo(bits.filter((bit) => bit === 1).length, 6);
      }),
    );
  });

  it('refuses an empty image', () => {
    expect(() => inkShare(new Uint8Array())).toThrow(/empty/);
  });
});

describe('differingShare', () => {
  it('is the share of pixels where the two images differ', () => {
    expect(differingShare(Uint8Array.from([1, 1, 0, 0]), Uint8Array.from([1, 0, 1, 0]))).toBe(0.5);
  });

  it('is zero for an image and itself, symmetric, and at most the sum of the two ink shares', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 300 })
          .chain((length) => fc.tuple(bitsArbitrary(length), bitsArbitrary(length))),
        ([a, b]) => {
          expect(differingShare(a, a)).toBe(0);
          expect(differingShare(a, b)).toBe(differingShare(b, a));
          expect(differingShare(a, b)).toBeLessThanOrEqual(inkShare(a) + inkShare(b) + 1e-12);
          // Flipping every pixel of one image turns "same" into "different" and back.
          const inverse = a.map((bit) => 1 - bit);
          expect(differingShare(a, b) + differingShare(inverse, b)).toBeCloseTo(1, 10);
        },
      ),
    );
  });

  it('refuses images of different sizes', () => {
    expect(() => differingShare(new Uint8Array(4), new Uint8Array(9))).toThrow(/differ in size/);
  });
});

describe('measureFamilies', () => {
  const icons = [
    { id: 'a', family: 'one', bits: Uint8Array.from([1, 1, 0, 0]) },
    { id: 'b', family: 'one', bits: Uint8Array.from([1, 1, 1, 0]) },
    { id: 'c', family: 'one', bits: Uint8Array.from([0, 0, 1, 1]) },
    { id: 'd', family: 'two', bits: Uint8Array.from([1, 1, 1, 1]) },
  ];

  it('names the most similar pair and the heaviest icon of each family, and never compares across families', () => {
    expect(measureFamilies(icons)).toEqual([
      {
        family: 'one',
        count: 3,
        closest: { a: 'a', b: 'b', share: 0.25 },
        heaviest: { id: 'b', share: 0.75 },
      },
      { family: 'two', count: 1, closest: null, heaviest: { id: 'd', share: 1 } },
    ]);
  });

  it('finds the true minimum over every pair of generated families', () => {
    fc.assert(
      fc.property(fc.array(bitsArbitrary(16), { minLength: 2, maxLength: 8 }), (images) => {
        const family = images.map((bits, index) => ({ id: `i${index}`, family: 'f', bits }));
        const [result] = measureFamilies(family);
        const shares = images.flatMap((a, i) => images.slice(i + 1).map((b) => differingShare(a, b)));
        expect(result?.closest?.share).toBe(Math.min(...shares));
        expect(result?.heaviest.share).toBe(Math.max(...images.map(inkShare)));
      }),
    );
  });
});

describe('goalMisses', () => {
  it('lists every pair below the differing share and every icon above the ink share, by name', () => {
    const icons = [
      { id: 'a', family: 'one', bits: Uint8Array.from([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]) },
      { id: 'b', family: 'one', bits: Uint8Array.from([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]) },
      { id: 'c', family: 'two', bits: Uint8Array.from([1, 1, 1, 1, 0, 0, 0, 0, 0, 0]) },
      { id: 'd', family: 'two', bits: Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 1, 0]) },
    ];
    expect(goalMisses(icons)).toEqual([
      { kind: 'pair', ids: ['a', 'b'], family: 'one', share: 0 },
      { kind: 'ink', ids: ['c'], family: 'two', share: 0.4 },
    ]);
  });

  it('is empty when the goal is met: exactly 10 % differing and exactly 38 % ink pass', () => {
    const hundred = (ink: number[]) =>
      Uint8Array.from({ length: 100 }, (_, index) => (ink.includes(index) ? 1 : 0));
    const range = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => from + index);
    const icons = [
      { id: 'a', family: 'f', bits: hundred(range(0, 38)) },
      { id: 'b', family: 'f', bits: hundred(range(5, 43)) },
    ];
    expect(differingShare(icons[0]!.bits, icons[1]!.bits)).toBe(0.1);
    expect(inkShare(icons[1]!.bits)).toBe(0.38);
    expect(goalMisses(icons)).toEqual([]);
    expect(goalMisses(icons, { ...legibilityGoal, minimumDifferingShare: 0.11 })).toHaveLength(1);
  });
});

describe('the measured sizes and the goal', () => {
  it('are 16 px and 10 mm at 150 dpi (59 px); ≥ 10 % differing, ≤ 38 % ink', () => {
    expect(legibilitySizes.map(({ pixels }) => pixels)).toEqual([16, 59]);
    expect(legibilityGoal).toEqual({ minimumDifferingShare: 0.1, maximumInkShare: 0.38 });
    expect(percent(0.0634)).toBe('6.3 %');
  });
});
