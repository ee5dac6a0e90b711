// The main entry holds the drawing and rendering logic but no icon data: import icons one by one from
// `@privacy-label-kit/icons/icons/<id>`, or all of them by id from `@privacy-label-kit/icons/map`.

export {
  type CharacterDrawing,
  type CharacterId,
  type CharacterShape,
  characterDrawings,
} from './characters.js';
export { familyColors, offlineColor } from './familyColors.js';
export { frames } from './generated/frames.js';
export { escapeXml, iconSvgAttributes, iconToSvg, serializeIconNode } from './iconToSvg.js';
export {
  framedStrokeWidth,
  glyphScaleInFrame,
  glyphStrokeWidth,
  labelIconNodes,
  labelIconStrokeWidth,
  scaleIconNode,
} from './labelIconNodes.js';
export type {
  IconLanguage,
  IconNode,
  IconSvgOptions,
  LabelIconData,
  LabelIconFamily,
  LabelIconNodeOptions,
  LabelIconTags,
} from './types.js';
