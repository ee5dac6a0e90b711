import { describe, expect, it } from 'vitest';
import { familyColors, offlineColor } from './familyColors.js';
import retentionIcon from './generated/icons/retention.js';
import { escapeXml, iconToSvg } from './iconToSvg.js';
import { iconIds, labelSvg } from './map.js';
import { parseStrictXml } from './strictXml.testing.js';

describe('iconToSvg', () => {
  it('names the icon: <title> first, referenced by aria-labelledby, Korean by default', () => {
    const root = parseStrictXml(iconToSvg(retentionIcon, { variant: 'online' }));
    expect(root.attributes.get('role')).toBe('img');
    expect(root.children[0]?.name).toBe('title');
    expect(root.children[0]?.text).toBe('보유 기간');
    expect(root.attributes.get('aria-labelledby')).toBe(root.children[0]?.attributes.get('id'));
    expect(root.attributes.get('lang')).toBe('ko');
  });

  it('uses the English title and lang for lang: en', () => {
    const root = parseStrictXml(iconToSvg(retentionIcon, { variant: 'online', lang: 'en' }));
    expect(root.children[0]?.text).toBe('Retention');
    expect(root.attributes.get('lang')).toBe('en');
  });

  it('escapes a caller’s title and title id', () => {
    const svg = iconToSvg(retentionIcon, {
      variant: 'offline',
      title: 'Kept 3 years <"until" contract ends> & then deleted',
      titleId: 'a"b',
    });
    const root = parseStrictXml(svg);
    expect(root.children[0]?.text).toBe('Kept 3 years <"until" contract ends> & then deleted');
    expect(root.children[0]?.attributes.get('id')).toBe('a"b');
    expect(root.attributes.get('aria-labelledby')).toBe('a"b');
  });

  it('sets width and height to the size, keeping the 24-unit viewBox', () => {
    const root = parseStrictXml(iconToSvg(retentionIcon, { variant: 'online', size: 48 }));
    expect(root.attributes.get('width')).toBe('48');
    expect(root.attributes.get('height')).toBe('48');
    expect(root.attributes.get('viewBox')).toBe('0 0 24 24');
    expect(parseStrictXml(iconToSvg(retentionIcon, { variant: 'online' })).attributes.get('width')).toBe(
      '24',
    );
  });

  it('rejects sizes that would make an invisible or broken document', () => {
    for (const size of [0, -16, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => iconToSvg(retentionIcon, { variant: 'online', size })).toThrow(/positive number/);
    }
  });

  it('rejects an unknown variant with the ones it knows', () => {
    // @ts-expect-error: exercising the runtime check for untyped callers
    expect(() => iconToSvg(retentionIcon, { variant: 'print' })).toThrow(/'online' or 'offline', got print/);
  });

  it('draws the family frame by default and the glyph alone with frame: false', () => {
    const framed = parseStrictXml(iconToSvg(retentionIcon, { variant: 'online' }));
    const glyphOnly = parseStrictXml(iconToSvg(retentionIcon, { variant: 'online', frame: false }));
    expect(framed.children.length).toBe(glyphOnly.children.length + 1);
    expect(glyphOnly.children.slice(1).map((element) => element.name)).toEqual(
      retentionIcon.glyph.map(([tag]) => tag),
    );
  });

  it('strokes a framed icon at 1.5 (the glyph’s stroke scaled with it) and a glyph alone at 2', () => {
    expect(
      parseStrictXml(iconToSvg(retentionIcon, { variant: 'offline' })).attributes.get('stroke-width'),
    ).toBe('1.5');
    expect(
      parseStrictXml(iconToSvg(retentionIcon, { variant: 'offline', frame: false })).attributes.get(
        'stroke-width',
      ),
    ).toBe('2');
  });
});

describe('labelSvg', () => {
  it('draws the same document as iconToSvg with the icon from its own subpath', () => {
    expect(labelSvg('retention', { variant: 'offline', size: 32 })).toBe(
      iconToSvg(retentionIcon, { variant: 'offline', size: 32 }),
    );
  });

  it('names the unknown id and lists the known ones', () => {
    expect(() => labelSvg('cookies', { variant: 'online' })).toThrow(
      `Unknown label icon id "cookies". Known ids: ${iconIds.join(', ')}`,
    );
  });

  it('does not treat inherited object keys as ids', () => {
    expect(() => labelSvg('toString', { variant: 'online' })).toThrow(/Unknown label icon id "toString"/);
  });
});

describe('familyColors', () => {
  const luminance = (hex: string) => {
    const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
    const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
      number,
      number,
      number,
    ];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const hue = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255) as [
      number,
      number,
      number,
    ];
    const max = Math.max(r, g, b);
    const delta = max - Math.min(r, g, b);
    const sector = max === r ? ((g - b) / delta) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
    return (sector * 60 + 360) % 360;
  };

  it.each(Object.entries(familyColors))(
    '%s colour reaches 4.5:1 against white, so captions can use it',
    (_, colour) => {
      expect(colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(1.05 / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('gives every two families clearly different hues', () => {
    const entries = Object.entries(familyColors);
    expect(entries.map(([family]) => family).sort()).toEqual([
      'dataType',
      'processing',
      'protection',
      'video',
    ]);
    for (const [index, [family, colour]] of entries.entries()) {
      for (const [otherFamily, otherColour] of entries.slice(index + 1)) {
        const difference = Math.abs(hue(colour) - hue(otherColour));
        expect(Math.min(difference, 360 - difference), `${family} / ${otherFamily}`).toBeGreaterThanOrEqual(
          45,
        );
      }
    }
  });

  it('prints every family in black (offline), at the highest contrast paper allows', () => {
    expect(offlineColor).toBe('#000000');
    expect(1.05 / (luminance(offlineColor) + 0.05)).toBeGreaterThanOrEqual(21);
  });
});

describe('escapeXml', () => {
  it('escapes what XML content and double-quoted attributes need', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry's&lt;/a&gt;",
    );
  });
});
