import { describe, expect, it } from 'vitest';
import * as mainEntry from './index.js';
import * as mapEntry from './map.js';

// The public API changes only on purpose: React, the exporter and Storybook build on these names.
describe('public API', () => {
  it('main entry (@privacy-label-kit/icons): drawing and rendering, no icon data', () => {
    expect(Object.keys(mainEntry).sort()).toEqual([
      'characterDrawings',
      'escapeXml',
      'familyColors',
      'framedStrokeWidth',
      'frames',
      'glyphScaleInFrame',
      'glyphStrokeWidth',
      'iconSvgAttributes',
      'iconToSvg',
      'labelIconNodes',
      'labelIconStrokeWidth',
      'offlineColor',
      'scaleIconNode',
      'serializeIconNode',
    ]);
  });

  it('map entry (@privacy-label-kit/icons/map): every icon by id', () => {
    expect(Object.keys(mapEntry).sort()).toEqual([
      'getLabelIcon',
      'iconIds',
      'isLabelIconId',
      'labelIconTags',
      'labelIcons',
      'labelSvg',
    ]);
  });
});
