import type { HTMLAttributes } from 'react';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: HeadingLevel;
}

/** `<h1>`…`<h6>` chosen by a prop, so a component can sit at any depth of the host page's outline. */
export function Heading({ level, ...rest }: HeadingProps) {
  if (!Number.isInteger(level) || level < 1 || level > 6) {
    throw new Error(`Heading level must be 1 to 6, got ${String(level)}`);
  }
  const Tag = `h${level}` as const;
  return <Tag {...rest} />;
}
