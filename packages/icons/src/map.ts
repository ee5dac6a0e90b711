// Every icon by id. Importing this entry pulls in the whole set (one per label, 40); import a single icon from
// `@privacy-label-kit/icons/icons/<id>` when only one is needed.
import { iconIds, type LabelIconId, labelIcons, labelIconTags } from './generated/iconMap.js';
import { iconToSvg } from './iconToSvg.js';
import type { IconSvgOptions, LabelIconData } from './types.js';

export { iconIds, type LabelIconId, labelIcons, labelIconTags };

export function isLabelIconId(value: unknown): value is LabelIconId {
  return typeof value === 'string' && Object.hasOwn(labelIcons, value);
}

/** The icon for a label id; throws, naming the known ids, when there is none. */
export function getLabelIcon(id: string): LabelIconData {
  if (!isLabelIconId(id)) {
    throw new Error(`Unknown label icon id "${id}". Known ids: ${iconIds.join(', ')}`);
  }
  return labelIcons[id];
}

/** A standalone SVG document for the label `id` (see `iconToSvg` for the options). */
export function labelSvg(id: string, options: IconSvgOptions): string {
  return iconToSvg(getLabelIcon(id), options);
}
