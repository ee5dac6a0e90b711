import { familyColors } from '@privacy-label-kit/icons';
import { type DerivedLabel, deriveLabels, labelIds, parsePolicy } from '@privacy-label-kit/schema';
import { describe, expect, it } from 'vitest';
import { exampleNames, readExample } from '../../../test/fixtures/examples.js';
import './node.js';
import { cardMetrics, layoutLabelCard, renderLabelSvg } from './labelCard.js';
import { parseSvg } from './testing/support.js';
import { measureText } from './text.js';

function labelsOf(name: string, locale: 'ko' | 'en'): DerivedLabel[] {
  const result = parsePolicy(readExample(name));
  if (!result.ok) throw new Error(`${name} is not valid`);
  return deriveLabels(result.policy, { locale });
}

const messenger = labelsOf('messenger-platform', 'ko');
const collected = messenger.find((label) => label.id === 'collected-items')!;

describe('renderLabelSvg', () => {
  it('writes a standalone, well-formed SVG document with an accessible name', () => {
    const document = parseSvg(renderLabelSvg(collected, { variant: 'online', locale: 'ko' }));
    const svg = document.documentElement;
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('lang')).toBe('ko');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 300 \d+$/);
    const title = document.getElementById(svg.getAttribute('aria-labelledby')!);
    expect(title?.tagName).toBe('title');
    expect(title?.textContent).toContain(`${collected.title}: ${collected.caption}`);
  });

  it('shows the title, the caption derived from the policy and every attention note as text', () => {
    const document = parseSvg(renderLabelSvg(collected, { variant: 'online', locale: 'ko' }));
    const shown = [...document.getElementsByTagName('text')].map((text) => text.textContent).join(' ');
    expect(shown).toContain(collected.title);
    expect(shown).toContain(collected.caption);
    expect(collected.attention.length).toBeGreaterThan(0);
    for (const flag of collected.attention)
      expect(shown.replace(/ /g, '')).toContain(flag.message.replace(/ /g, ''));
  });

  it('asks for a Korean-capable font family', () => {
    const document = parseSvg(renderLabelSvg(collected, { variant: 'offline', locale: 'ko' }));
    const family = document.getElementsByTagName('text')[0]!.getAttribute('font-family')!;
    expect(family).toContain('Noto Sans KR');
    expect(family).toContain('Noto Sans CJK KR');
    expect(family).toMatch(/sans-serif$/);
  });

  it('with outlined text draws the words as paths and keeps them for screen readers in <title>', () => {
    const text = renderLabelSvg(collected, { variant: 'offline', locale: 'ko', outlineText: true });
    const document = parseSvg(text);
    expect(document.getElementsByTagName('text')).toHaveLength(0);
    expect(text).not.toContain('font-family');
    expect(document.getElementsByTagName('title')[0]!.textContent).toContain(collected.caption);
    const lines = layoutLabelCard(collected, { variant: 'offline', locale: 'ko' }).lines.length;
    // One outline path per line of text, each with real glyph geometry.
    const outlines = [...document.getElementsByTagName('path')].filter(
      (path) => path.getAttribute('d')!.length > 200,
    );
    expect(outlines).toHaveLength(lines);
  });

  it('draws the offline variant in black only, for monochrome printing', () => {
    const text = renderLabelSvg(collected, { variant: 'offline', locale: 'ko' });
    const colours = new Set(
      [...text.matchAll(/(?:fill|stroke)="(#[0-9a-f]{6})"/gi)].map((match) => match[1]!.toLowerCase()),
    );
    expect([...colours].sort()).toEqual(['#000000', '#ffffff']);
  });

  it('draws the online variant in the family colour', () => {
    const processing = renderLabelSvg(collected, { variant: 'online', locale: 'ko' });
    const officer = renderLabelSvg(messenger.find((label) => label.id === 'privacy-officer')!, {
      variant: 'online',
      locale: 'ko',
    });
    expect(processing).toContain('stroke="#1f5bd6"');
    expect(officer).toContain('stroke="#0b7a4b"');
  });

  it('draws every family’s icon in its own colour online, framed at stroke 1.5, in black offline', () => {
    const families = new Set<string>();
    for (const name of exampleNames()) {
      for (const label of labelsOf(name, 'en')) {
        families.add(label.family);
        for (const variant of ['online', 'offline'] as const) {
          const icon = parseSvg(renderLabelSvg(label, { variant, locale: 'en' })).getElementsByTagName(
            'g',
          )[0]!;
          const colour = variant === 'online' ? familyColors[label.family] : '#000000';
          expect(icon.getAttribute('stroke'), `${name} ${label.id} ${variant}`).toBe(colour);
          expect(icon.getAttribute('stroke-width'), label.id).toBe('1.5');
        }
      }
    }
    expect([...families].sort()).toEqual(['dataType', 'processing', 'protection', 'video']);
  });
});

describe('layoutLabelCard', () => {
  const textRight = cardMetrics.width - cardMetrics.padding;

  it('keeps every line of every label of every locale inside the card', () => {
    for (const locale of ['ko', 'en'] as const) {
      for (const label of labelsOf('messenger-platform', locale)) {
        const card = layoutLabelCard(label, { variant: 'online', locale });
        for (const line of card.lines) {
          expect(line.x + measureText(line.text, line.weight, line.size)).toBeLessThanOrEqual(
            textRight + 0.01,
          );
          expect(line.baseline).toBeLessThan(card.height - cardMetrics.padding / 2);
        }
      }
    }
  });

  it('wraps a long caption onto more lines and grows the card instead of cutting words off', () => {
    const long: DerivedLabel = {
      ...collected,
      caption:
        '필수 53개 · 선택 9개 항목 · 간주 동의 항목 포함 · 거부할 수 없는 동의 항목 있음 · 자세한 내용은 처리방침 참조',
      attention: [],
    };
    const short = layoutLabelCard({ ...long, caption: '필수 3개' }, { variant: 'online', locale: 'ko' });
    const card = layoutLabelCard(long, { variant: 'online', locale: 'ko' });
    const captionLines = card.lines.filter((line) => line.role === 'caption');
    expect(captionLines.length).toBeGreaterThan(1);
    expect(captionLines.map((line) => line.text).join(' ')).toBe(long.caption);
    expect(card.height).toBeGreaterThan(short.height);
  });

  it('has an icon for every label in the catalog', () => {
    for (const id of labelIds) {
      const text = renderLabelSvg({ ...collected, id }, { variant: 'online', locale: 'ko' });
      expect(text).toContain(`data-label-id="${id}"`);
      expect(parseSvg(text).querySelectorAll('g > *').length).toBeGreaterThan(1);
    }
  });
});
