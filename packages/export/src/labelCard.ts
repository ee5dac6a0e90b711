import type { DerivedLabel, LabelFamily, LabelId, Locale } from '@privacy-label-kit/schema';
import {
  attentionMarkerShape,
  escapeXml,
  iconStrokeAttributes,
  labelIconMarkup,
  type Palette,
  palette,
  type Variant,
} from './artwork.js';
import { koreanFontFamilyStack } from './fonts.js';
import { type PlacedText, textOutlineSvg, wrapTextLines } from './text.js';

/**
 * The label card ("badge"): the framed icon on the left, the label's title and its caption from the policy on the
 * right, and any attention note in words below. One layout, computed here in CSS pixels, is drawn by the SVG writer
 * and the PDF writer alike, so every file of a label shows the same badge.
 */
export interface LabelCardLayout {
  id: LabelId;
  family: LabelFamily;
  locale: Locale;
  variant: Variant;
  width: number;
  height: number;
  /** Corner radius and stroke width of the card's border. */
  cornerRadius: number;
  borderWidth: number;
  palette: Palette;
  /** Where the 24 × 24 icon grid is drawn, and at what size. */
  icon: { x: number; y: number; size: number };
  lines: CardLine[];
  /** The "!" markers in front of attention notes; shapes, not text, so they show without any font. */
  attentionMarkers: { cx: number; cy: number; radius: number }[];
  /** What a screen reader says for the whole card: title, caption, attention notes. */
  accessibleName: string;
  /** The label's longer description, for `<desc>` and PDF alt text. */
  description: string;
}

export type CardLineRole = 'title' | 'caption' | 'attention';

export interface CardLine extends PlacedText {
  role: CardLineRole;
  colour: string;
}

/** The fixed measurements of the card, in CSS pixels (1 px = 0.75 pt): about 79 mm wide when printed at 1:1. */
export const cardMetrics = {
  width: 300,
  padding: 14,
  iconSize: 56,
  gap: 12,
  cornerRadius: 10,
  borderWidth: 1.5,
  title: { size: 16, lineHeight: 21 },
  caption: { size: 13, lineHeight: 18 },
  attention: { size: 11.5, lineHeight: 15, indent: 15, spaceBefore: 6 },
  titleCaptionGap: 3,
} as const;

export interface LabelCardOptions {
  variant: Variant;
  /**
   * The language the label was asked for. The card's `lang` is the language its words are in (`label.locale`): a
   * third language whose translation lacks label words shows them in English, and says so. This one is used only
   * for a label that does not say.
   */
  locale: Locale;
}

/** Hangul glyphs sit about 0.36 em above the baseline at their centre; this centres a line in its line box. */
function baselineInLine(lineTop: number, lineHeight: number, size: number): number {
  return lineTop + lineHeight / 2 + size * 0.36;
}

export function layoutLabelCard(label: DerivedLabel, options: LabelCardOptions): LabelCardLayout {
  const m = cardMetrics;
  const colours = palette(options.variant, label.family);
  const textLeft = m.padding + m.iconSize + m.gap;
  const textWidth = m.width - textLeft - m.padding;

  const titleLines = wrapTextLines(label.title, 'bold', m.title.size, textWidth);
  const captionLines = wrapTextLines(label.caption, 'regular', m.caption.size, textWidth);
  const attentionBlocks = label.attention.map((flag) =>
    wrapTextLines(flag.message, 'regular', m.attention.size, textWidth - m.attention.indent),
  );
  const attentionLineCount = attentionBlocks.reduce((sum, block) => sum + block.length, 0);
  const textHeight =
    titleLines.length * m.title.lineHeight +
    m.titleCaptionGap +
    captionLines.length * m.caption.lineHeight +
    (attentionLineCount > 0 ? m.attention.spaceBefore + attentionLineCount * m.attention.lineHeight : 0);
  const contentHeight = Math.max(m.iconSize, textHeight);
  const height = Math.ceil(m.padding * 2 + contentHeight);

  // A short text block sits level with the icon's centre; a long one starts at the top.
  let top = m.padding + (contentHeight - textHeight) / 2;
  const lines: CardLine[] = [];
  const attentionMarkers: LabelCardLayout['attentionMarkers'] = [];
  for (const { text, spaceAfter } of titleLines) {
    lines.push({
      role: 'title',
      text,
      spaceAfter,
      x: textLeft,
      baseline: baselineInLine(top, m.title.lineHeight, m.title.size),
      size: m.title.size,
      weight: 'bold',
      colour: colours.ink,
    });
    top += m.title.lineHeight;
  }
  top += m.titleCaptionGap;
  for (const { text, spaceAfter } of captionLines) {
    lines.push({
      role: 'caption',
      text,
      spaceAfter,
      x: textLeft,
      baseline: baselineInLine(top, m.caption.lineHeight, m.caption.size),
      size: m.caption.size,
      weight: 'regular',
      colour: colours.text,
    });
    top += m.caption.lineHeight;
  }
  if (attentionLineCount > 0) top += m.attention.spaceBefore;
  for (const block of attentionBlocks) {
    attentionMarkers.push({
      cx: textLeft + 5.5,
      cy: top + m.attention.lineHeight / 2,
      radius: 5.5,
    });
    for (const { text, spaceAfter } of block) {
      lines.push({
        role: 'attention',
        text,
        spaceAfter,
        x: textLeft + m.attention.indent,
        baseline: baselineInLine(top, m.attention.lineHeight, m.attention.size),
        size: m.attention.size,
        weight: 'regular',
        colour: colours.attention,
      });
      top += m.attention.lineHeight;
    }
  }

  const spoken = [`${label.title}: ${label.caption}`, ...label.attention.map((flag) => flag.message)];
  return {
    id: label.id,
    family: label.family,
    locale: label.locale || options.locale,
    variant: options.variant,
    width: m.width,
    height,
    cornerRadius: m.cornerRadius,
    borderWidth: m.borderWidth,
    palette: colours,
    icon: { x: m.padding, y: m.padding + (contentHeight - m.iconSize) / 2, size: m.iconSize },
    lines,
    attentionMarkers,
    accessibleName: spoken.join('. '),
    description: `${label.description} (${label.legalReference})`,
  };
}

/** The "!" marker as SVG shapes, white on the attention colour. */
export function attentionMarkerSvg(
  marker: LabelCardLayout['attentionMarkers'][number],
  colour: string,
): string {
  const { circle, stem, dot } = attentionMarkerShape(marker.cx, marker.cy, marker.radius);
  return (
    `<circle cx="${round(circle.cx)}" cy="${round(circle.cy)}" r="${round(circle.r)}" fill="${colour}"/>` +
    `<path d="M${round(stem.x)} ${round(stem.top)}V${round(stem.bottom)}" stroke="#ffffff" stroke-width="${round(stem.width)}" stroke-linecap="round"/>` +
    `<circle cx="${round(dot.cx)}" cy="${round(dot.cy)}" r="${round(dot.r)}" fill="#ffffff"/>`
  );
}

export interface LabelSvgOptions extends LabelCardOptions {
  /**
   * Draw captions as glyph outlines (`<path>`) instead of `<text>`, so the file looks the same where Noto Sans KR
   * is not installed (print shops, sign makers). The text is then only in `<title>` for screen readers.
   */
  outlineText?: boolean;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** A standalone, valid SVG document of the label card. */
export function renderLabelSvg(label: DerivedLabel, options: LabelSvgOptions): string {
  return labelCardSvg(layoutLabelCard(label, options), options.outlineText ?? false);
}

export function labelCardSvg(card: LabelCardLayout, outlineText: boolean): string {
  const titleId = `privacy-label-${card.id}-title`;
  const descId = `privacy-label-${card.id}-desc`;
  const inset = card.borderWidth / 2;
  const iconScale = card.icon.size / 24;
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${card.width}" height="${card.height}" viewBox="0 0 ${card.width} ${card.height}" role="img" aria-labelledby="${titleId}" aria-describedby="${descId}" lang="${card.locale}" data-label-id="${card.id}" data-variant="${card.variant}">`,
    `<title id="${titleId}">${escapeXml(card.accessibleName)}</title>`,
    `<desc id="${descId}">${escapeXml(card.description)}</desc>`,
    `<rect x="${inset}" y="${inset}" width="${card.width - card.borderWidth}" height="${card.height - card.borderWidth}" rx="${card.cornerRadius}" fill="${card.palette.background}" stroke="${card.palette.accent}" stroke-width="${card.borderWidth}"/>`,
    `<g transform="translate(${round(card.icon.x)} ${round(card.icon.y)}) scale(${round(iconScale * 1000) / 1000})" ${iconStrokeAttributes(card.palette.accent)}>${labelIconMarkup(card.id)}</g>`,
  ];
  for (const marker of card.attentionMarkers) parts.push(attentionMarkerSvg(marker, card.palette.attention));
  for (const line of card.lines) {
    if (outlineText) {
      parts.push(textOutlineSvg(line, line.colour));
    } else {
      parts.push(
        `<text x="${round(line.x)}" y="${round(line.baseline)}" font-family="${koreanFontFamilyStack}" font-size="${line.size}" font-weight="${line.weight === 'bold' ? 700 : 400}" fill="${line.colour}">${escapeXml(line.text)}</text>`,
      );
    }
  }
  parts.push('</svg>\n');
  return parts.join('');
}
