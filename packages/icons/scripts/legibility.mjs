// Legibility of the icon set as numbers: how alike two icons of a family look, and how much of an icon is ink, once
// rendered small and reduced to black and white (the offline variant, as a printer or a small screen shows it).
// The measuring functions are pure (pixel arrays in, figures out) so they are unit-tested without a browser;
// `renderIconPixels` is the one part that needs Chromium. Used by `npm run contact-sheet` and test/browser.

/** The goal for every family: any two icons differ in at least this share of pixels; no icon is more ink than this. */
export const legibilityGoal = Object.freeze({ minimumDifferingShare: 0.1, maximumInkShare: 0.38 });

/** The sizes measured, in CSS pixels at pixel ratio 1: 16 px on screen, and 10 mm printed at 150 dpi (≈ 59 px). */
export const legibilitySizes = Object.freeze([
  { name: '16 px', pixels: 16 },
  { name: '10 mm @ 150 dpi', pixels: Math.round((10 / 25.4) * 150) },
]);

/**
 * Black and white from RGBA pixels on a white ground: a pixel is ink (1) when its luminance, after compositing over
 * white, is below `threshold` (0–255; default half-way). Anti-aliased edges fall to whichever side they are nearer.
 */
export function binarise(rgba, threshold = 128) {
  if (rgba.length % 4 !== 0) throw new Error(`RGBA data must hold 4 values a pixel, got ${rgba.length}`);
  const bits = new Uint8Array(rgba.length / 4);
  for (let pixel = 0; pixel < bits.length; pixel += 1) {
    const offset = pixel * 4;
    const alpha = rgba[offset + 3] / 255;
    const over = (channel) => channel * alpha + 255 * (1 - alpha);
    const luminance =
      0.2126 * over(rgba[offset]) + 0.7152 * over(rgba[offset + 1]) + 0.0722 * over(rgba[offset + 2]);
    bits[pixel] = luminance < threshold ? 1 : 0;
  }
  return bits;
}

/** The share (0–1) of pixels that are ink. */
export function inkShare(bits) {
  if (bits.length === 0) throw new Error('An empty image has no ink share');
  let ink = 0;
  for (const bit of bits) ink += bit;
  return ink / bits.length;
}

/** The share (0–1) of pixels that differ between two black-and-white images of the same size. */
export function differingShare(a, b) {
  if (a.length !== b.length) throw new Error(`Images differ in size: ${a.length} and ${b.length} pixels`);
  if (a.length === 0) throw new Error('Empty images cannot be compared');
  let differing = 0;
  for (let pixel = 0; pixel < a.length; pixel += 1) if (a[pixel] !== b[pixel]) differing += 1;
  return differing / a.length;
}

/**
 * Per family: the most similar pair (smallest differing share, naming both icons) and the heaviest icon (largest
 * ink share). `icons` are `{ id, family, bits }`, all of one size. A family of one icon has no pair (`closest: null`).
 * Families come out in the order they first appear; ties keep the first pair or icon found.
 */
export function measureFamilies(icons) {
  const byFamily = new Map();
  for (const icon of icons) {
    if (!byFamily.has(icon.family)) byFamily.set(icon.family, []);
    byFamily.get(icon.family).push(icon);
  }
  return [...byFamily].map(([family, members]) => {
    let closest = null;
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const share = differingShare(members[i].bits, members[j].bits);
        if (closest === null || share < closest.share)
          closest = { a: members[i].id, b: members[j].id, share };
      }
    }
    let heaviest = null;
    for (const icon of members) {
      const share = inkShare(icon.bits);
      if (heaviest === null || share > heaviest.share) heaviest = { id: icon.id, share };
    }
    return { family, count: members.length, closest, heaviest };
  });
}

/**
 * Every pair and every icon of a family that misses `goal`, as sentences naming them: empty when the family meets it.
 * `icons` as for `measureFamilies`.
 */
export function goalMisses(icons, goal = legibilityGoal) {
  const misses = [];
  for (let i = 0; i < icons.length; i += 1) {
    const ink = inkShare(icons[i].bits);
    if (ink > goal.maximumInkShare) {
      misses.push({ kind: 'ink', ids: [icons[i].id], family: icons[i].family, share: ink });
    }
    for (let j = i + 1; j < icons.length; j += 1) {
      if (icons[i].family !== icons[j].family) continue;
      const share = differingShare(icons[i].bits, icons[j].bits);
      if (share < goal.minimumDifferingShare) {
        misses.push({ kind: 'pair', ids: [icons[i].id, icons[j].id], family: icons[i].family, share });
      }
    }
  }
  return misses;
}

/** A share as a percentage with one decimal: 0.0634 → "6.3 %". */
export function percent(share) {
  return `${(share * 100).toFixed(1)} %`;
}

/**
 * Renders SVG documents in a Playwright page (headless Chromium) onto a white canvas of `pixels` × `pixels` at pixel
 * ratio 1 and returns each one's RGBA data: `[{ id, rgba: number[] }]`, in the order given.
 */
export async function renderIconPixels(page, svgs, pixels) {
  return page.evaluate(
    async ({ documents, size }) => {
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      const results = [];
      for (const { id, svg } of documents) {
        const image = new Image(size, size);
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
        await image.decode();
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, size, size);
        context.drawImage(image, 0, 0, size, size);
        results.push({ id, rgba: Array.from(context.getImageData(0, 0, size, size).data) });
      }
      return results;
    },
    { documents: svgs, size: pixels },
  );
}
