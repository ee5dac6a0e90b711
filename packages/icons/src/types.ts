/**
 * An icon drawing as data: a flat list of SVG shape elements with their attributes, like lucide's icon nodes.
 * Attribute names are SVG's own (`d`, `cx`, `width`, …); the shared stroke style sits on the `<svg>` root
 * (see `iconSvgAttributes`), never on the elements.
 */
export type IconNode = ReadonlyArray<
  readonly [tag: string, attrs: Readonly<Record<string, string | number>>]
>;

/**
 * The shape family of a label, told apart by its frame: data types sit in a circle, processing stages in a hexagon,
 * protection duties and rights in a rounded square, video devices (CCTV) inside viewfinder corners.
 */
export type LabelIconFamily = 'dataType' | 'processing' | 'protection' | 'video';

export type IconLanguage = 'ko' | 'en';

export interface LabelIconData {
  /** The label id, the same as the icon's source file name in assets/icons. */
  id: string;
  family: LabelIconFamily;
  title: { ko: string; en: string };
  /** The glyph alone on the 24×24 grid, without its family frame. */
  glyph: IconNode;
}

/** Search words for people browsing the set, in both languages (`labelIconTags` in `@privacy-label-kit/icons/map`). */
export interface LabelIconTags {
  ko: readonly string[];
  en: readonly string[];
}

export interface LabelIconNodeOptions {
  /** Draw the family frame (circle, hexagon, rounded square or viewfinder corners) around the glyph. */
  frame: boolean;
}

export interface IconSvgOptions {
  /** `online`: strokes in the family colour. `offline`: monochrome black for print. */
  variant: 'online' | 'offline';
  /** Width and height in CSS pixels (or user units when embedded). Default 24. */
  size?: number;
  /** The accessible name. Default: the icon's title in `lang`. */
  title?: string;
  /** Draw the family frame. Default true: a label icon is glyph plus frame. */
  frame?: boolean;
  /** Language of the title (and the `lang` attribute). Default 'ko'. */
  lang?: IconLanguage;
  /** The id of the `<title>` element. Default `privacy-label-<id>-title`; set it when inlining one icon twice. */
  titleId?: string;
}
