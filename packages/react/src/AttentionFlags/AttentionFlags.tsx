import type { AttentionFlag, Locale, Translation } from '@privacy-label-kit/schema/core';
import type { HTMLAttributes } from 'react';
import { styled } from 'styled-components';
import { usePolicyWords } from '../locale/PolicyLocaleProvider.js';
import { visuallyHiddenStyles } from '../theme/sharedStyles.js';
import { staticInServerComponents } from '../theme/staticStyles.js';
import { color, layout } from '../theme/tokens.js';

export interface AttentionFlagsProps extends HTMLAttributes<HTMLElement> {
  /** The flags of a derived label (`label.attention`); nothing renders when there are none. */
  flags: readonly AttentionFlag[];
  locale?: Locale;
  translations?: readonly Translation[];
  /**
   * Render as phrasing content (`<span>`s) instead of a list, for use inside a link or a badge where block lists
   * would make screen readers announce a list in the middle of a link name.
   */
  inline?: boolean;
}

const Root = staticInServerComponents(
  styled.ul.withConfig({ componentId: 'plk-AttentionFlags' })`
  ${visuallyHiddenStyles}
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: ${layout['space-1']};
  margin: 0;
  padding: 0;
  list-style: none;

  & > [data-plk-attention] {
    display: flex;
    align-items: flex-start;
    gap: ${layout['space-2']};
    padding: ${layout['space-1']} ${layout['space-2']};
    border: 1px solid ${color['attention-border']};
    border-radius: ${layout['radius-small']};
    background: ${color['attention-surface']};
    color: ${color.attention};
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.5;
  }
  & svg {
    flex-shrink: 0;
    margin-top: 0.15em;
  }
  @media print {
    & > [data-plk-attention] {
      border-color: currentColor;
      background: none;
      color: #000;
    }
  }
`,
);

/**
 * Attention flags spelled out in words with a warning sign: colour is never the only thing that says "look here".
 * Screen readers hear "Attention:" before each message.
 */
export function AttentionFlags({
  flags,
  locale,
  translations,
  inline = false,
  ...rest
}: AttentionFlagsProps) {
  const { page } = usePolicyWords(locale, undefined, translations);
  if (flags.length === 0) return null;
  const prefix = `${page.attentionFlag.label}: `;
  const Item = inline ? 'span' : 'li';
  return (
    <Root as={inline ? 'span' : 'ul'} data-plk-attention-flags="" {...rest}>
      {flags.map((flag) => (
        <Item key={flag.code} data-plk-attention={flag.code}>
          <WarningSign />
          <span>
            <span className="plk-visually-hidden">{prefix}</span>
            {flag.message}
          </span>
        </Item>
      ))}
    </Root>
  );
}

/** A warning triangle drawn on the icons' 24-unit grid with the same stroke style. */
export function WarningSign({ size = 16 }: { size?: number }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={2.25}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M10.3 3.9 2.6 17.5A2 2 0 0 0 4.3 20.5h15.4a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z" />
      <path d="M12 9v4.5" />
      <path d="M12 17h.01" />
    </svg>
  );
}
