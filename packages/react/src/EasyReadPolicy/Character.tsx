import { type CharacterId, characterDrawings } from '@privacy-label-kit/icons';
import type { SVGAttributes } from 'react';

export interface CharacterProps extends SVGAttributes<SVGSVGElement> {
  character: CharacterId;
  /** Size in CSS pixels, or any CSS length. Default 56. */
  size?: number | string;
  /** The drawing's name for assistive technology (e.g. "도담: 머리에 새싹 잎 …"); without it the drawing is decorative. */
  title?: string;
}

/**
 * One of the easy-read characters, drawn as SVG from the icons package's shapes (our own drawings). Decorative
 * (`aria-hidden`) next to the speaker's name; `title` makes it an image with that name.
 */
export function Character({ character, size = 56, title, ...rest }: CharacterProps) {
  const drawing = characterDrawings[character];
  const labelled = title !== undefined;
  return (
    <svg
      viewBox="0 0 64 64"
      width={size}
      height={size}
      focusable="false"
      data-plk-character={character}
      role={labelled ? 'img' : undefined}
      aria-hidden={labelled ? undefined : true}
      aria-label={title}
      {...rest}
    >
      {labelled ? <title>{title}</title> : null}
      <circle cx={32} cy={32} r={32} fill={drawing.background} />
      {drawing.shapes.map((shape, index) =>
        shape.kind === 'circle' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the shapes are a fixed drawing, never reordered
          <circle key={index} cx={shape.cx} cy={shape.cy} r={shape.r} fill={shape.fill} />
        ) : (
          <path
            // biome-ignore lint/suspicious/noArrayIndexKey: the shapes are a fixed drawing, never reordered
            key={index}
            d={shape.d}
            fill={shape.fill ?? 'none'}
            stroke={shape.stroke}
            strokeWidth={shape.strokeWidth}
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        ),
      )}
    </svg>
  );
}
