import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAllSourcePaths, optimizeIconSource, readText } from '../scripts/iconSources.mjs';
import { familyColors } from './familyColors.js';
import { iconIds, labelIcons, labelSvg } from './map.js';
import { allElements, parseStrictXml, type XmlElement } from './strictXml.testing.js';

/** What makes an SVG unsafe to inline or open: scripts, foreign content, handlers, anything fetched from elsewhere. */
function unsafeContent(root: XmlElement): string[] {
  const problems: string[] = [];
  for (const element of allElements(root)) {
    const name = element.name.toLowerCase();
    if (['script', 'foreignobject', 'iframe', 'style'].includes(name))
      problems.push(`<${element.name}> element`);
    for (const [attribute, value] of element.attributes) {
      const lower = attribute.toLowerCase();
      if (lower.startsWith('on')) problems.push(`${attribute} event handler`);
      if (lower === 'href' || lower.endsWith(':href')) problems.push(`${attribute}="${value}" reference`);
      for (const match of value.matchAll(/url\(\s*['"]?([^'")\s]*)/gi)) {
        if (!match[1]!.startsWith('#'))
          problems.push(`${attribute} points outside the document: ${match[0]}`);
      }
      if (/@import|javascript:/i.test(value)) problems.push(`${attribute}="${value}"`);
    }
  }
  return problems;
}

const colourAttributes = ['fill', 'stroke', 'color', 'stop-color', 'flood-color', 'lighting-color'];
const transparencyAttributes = ['opacity', 'fill-opacity', 'stroke-opacity', 'mask', 'filter'];

/** Every colour value used in the document, lower-cased. */
function coloursUsed(root: XmlElement): string[] {
  return allElements(root).flatMap((element) =>
    [...element.attributes]
      .filter(([attribute]) => colourAttributes.includes(attribute) || attribute === 'style')
      .map(([, value]) => value.trim().toLowerCase()),
  );
}

const sourcePaths = listAllSourcePaths();

describe('the strict XML reader used by these checks', () => {
  it.each([
    ['an unclosed element', '<svg><path d="M0 0"></svg>'],
    ['mismatched tags', '<svg><g></svg></g>'],
    ['a duplicate attribute', '<svg viewBox="0 0 24 24" viewBox="0 0 1 1"/>'],
    ['a bare ampersand', '<svg><title>Q&A</title></svg>'],
    ['an unquoted attribute', '<svg width=24/>'],
    ['a DOCTYPE with entities', '<!DOCTYPE svg [<!ENTITY x "y">]><svg/>'],
    ['two root elements', '<svg/><svg/>'],
  ])('rejects %s', (_, xml) => {
    expect(() => parseStrictXml(xml)).toThrow(/XML error/);
  });

  it('decodes entities and keeps the tree', () => {
    const root = parseStrictXml(
      '<?xml version="1.0"?>\n<svg a="&lt;&#65;&#x42;&quot;"><title>Q&amp;A</title></svg>',
    );
    expect(root.attributes.get('a')).toBe('<AB"');
    expect(root.children[0]).toMatchObject({ name: 'title', text: 'Q&A' });
  });

  it('finds what makes an SVG unsafe', () => {
    const unsafe = parseStrictXml(
      '<svg onload="alert(1)"><script>x</script><foreignObject/><image href="http://example.com/a.png"/>' +
        '<use xlink:href="other.svg#a"/><rect fill="url(https://example.com/p.svg#g)"/></svg>',
    );
    expect(unsafeContent(unsafe)).toHaveLength(6);
    expect(unsafeContent(parseStrictXml('<svg><rect fill="url(#local)"/></svg>'))).toEqual([]);
  });
});

describe.each(sourcePaths.map((path) => [basename(path.slice(0, -4)), path] as const))(
  'source %s.svg',
  (_, path) => {
    const text = readText(path);

    it('is well-formed XML with the 24×24 grid and nothing unsafe', () => {
      const root = parseStrictXml(text);
      expect(root.name).toBe('svg');
      expect(root.attributes.get('viewBox')).toBe('0 0 24 24');
      expect(unsafeContent(root)).toEqual([]);
    });

    it('uses the set’s one stroke style and no hard-coded colour', () => {
      const root = parseStrictXml(text);
      expect(Object.fromEntries(root.attributes)).toEqual({
        xmlns: 'http://www.w3.org/2000/svg',
        viewBox: '0 0 24 24',
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': '2',
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      });
      for (const element of root.children) {
        expect(['path', 'circle', 'ellipse', 'rect', 'line', 'polyline', 'polygon']).toContain(element.name);
        expect(element.children).toEqual([]);
        // Geometry only: every style (colour, width, caps) comes from the root.
        const styling = [...element.attributes.keys()].filter(
          (name) => !/^(d|points|c?[xy][12]?|r[xy]?|width|height)$/.test(name),
        );
        expect(styling).toEqual([]);
      }
    });

    it('is committed exactly as the pinned svgo config writes it (run `npm run icons`)', () => {
      expect(optimizeIconSource(text, path)).toBe(text);
    });
  },
);

const variants = ['online', 'offline'] as const;

describe.each(iconIds.map((id) => [id] as const))('labelSvg(%s)', (id) => {
  const family = labelIcons[id].family;

  it.each(variants)('%s: is well-formed XML with the 24×24 grid and nothing unsafe', (variant) => {
    for (const frame of [true, false]) {
      const root = parseStrictXml(labelSvg(id, { variant, frame }));
      expect(root.name).toBe('svg');
      expect(root.attributes.get('xmlns')).toBe('http://www.w3.org/2000/svg');
      expect(root.attributes.get('viewBox')).toBe('0 0 24 24');
      expect(unsafeContent(root)).toEqual([]);
    }
  });

  it('offline: black strokes only, no colour and no transparency', () => {
    const root = parseStrictXml(labelSvg(id, { variant: 'offline' }));
    const allowed = ['#000', '#000000', 'black', 'currentcolor', 'none', '#fff', '#ffffff', 'white'];
    expect(coloursUsed(root).filter((colour) => !allowed.includes(colour))).toEqual([]);
    expect(root.attributes.get('stroke')).toMatch(/^(#000000|#000|black)$/);
    const transparency = allElements(root).flatMap((element) =>
      [...element.attributes.keys()].filter((name) => transparencyAttributes.includes(name)),
    );
    expect(transparency).toEqual([]);
  });

  it('online: strokes in the family colour and no other colour', () => {
    const root = parseStrictXml(labelSvg(id, { variant: 'online' }));
    expect(root.attributes.get('stroke')).toBe(familyColors[family]);
    const others = coloursUsed(root).filter((colour) => ![familyColors[family], 'none'].includes(colour));
    expect(others).toEqual([]);
  });
});

describe('test fixtures', () => {
  it('checks every icon source and all four family frames', () => {
    expect(sourcePaths).toHaveLength(iconIds.length + 4);
    expect(sourcePaths.filter((path) => path.includes(join('icons', 'frames')))).toHaveLength(4);
  });
});
