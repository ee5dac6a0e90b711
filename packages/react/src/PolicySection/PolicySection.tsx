import { getLabelIcon } from '@privacy-label-kit/icons/map';
import {
  type DerivedLabel,
  deriveLabel,
  type LabelId,
  type Locale,
  type Policy,
  type Translation,
} from '@privacy-label-kit/schema/core';
import type { HTMLAttributes, ReactNode } from 'react';
import { styled } from 'styled-components';
import { AttentionFlags } from '../AttentionFlags/AttentionFlags.js';
import { contextAvailable, createOptionalContext, useOptionalContext } from '../context/optionalContext.js';
import { LabelIcon, type LabelIconVariant } from '../LabelIcon/LabelIcon.js';
import { type PolicyWords, usePolicyWords } from '../locale/PolicyLocaleProvider.js';
import { focusRing, policyContentStyles } from '../theme/sharedStyles.js';
import { staticInServerComponents } from '../theme/staticStyles.js';
import { color, layout } from '../theme/tokens.js';
import { Heading, type HeadingLevel } from './Heading.js';

/** What every section component accepts: the policy, and optionally the language, its label and heading level. */
export interface PolicySectionProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  policy: Policy;
  /** The language, as a BCP 47 tag; default: the nearest `PolicyLocaleProvider`, else the policy's `defaultLocale`. */
  locale?: Locale;
  /** Words of your own (another language, or your wording of some keys), before the registered ones. */
  translations?: readonly Translation[];
  /** The label of this section, when the caller has already derived the labels (the full page does). */
  label?: DerivedLabel;
  /** The level of the section heading. Default 2; sub-headings are one level lower. */
  headingLevel?: HeadingLevel;
  variant?: LabelIconVariant;
}

const SubHeadingLevel = createOptionalContext<HeadingLevel>(3);

/** The level of a heading one below a section heading at `headingLevel` (h6 at most). */
export function subHeadingLevelBelow(headingLevel: HeadingLevel): HeadingLevel {
  return Math.min(headingLevel + 1, 6) as HeadingLevel;
}

export interface SubHeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  /**
   * The heading level. Default: one below the enclosing section's heading — which only a client render can know
   * (a Server Component render has no context), so the sections pass it.
   */
  level?: HeadingLevel;
}

/** A heading one level below the enclosing section's heading. */
export function SubHeading({ level, className, ...props }: SubHeadingProps) {
  if (level === undefined && !contextAvailable) {
    // Without context the section's level cannot reach here, and a wrong level is a broken outline, not a default.
    throw new Error(
      "SubHeading needs `level` in a React Server Component (React has no context there to carry the section's " +
        'level): pass `level={subHeadingLevel}` from the section content, or one below your section heading.',
    );
  }
  const enclosing = useOptionalContext(SubHeadingLevel);
  return (
    <Heading
      level={level ?? enclosing}
      className={className ? `plk-subheading ${className}` : 'plk-subheading'}
      {...props}
    />
  );
}

const Root = staticInServerComponents(
  styled.section.withConfig({ componentId: 'plk-PolicySection' })`
  ${policyContentStyles}
  margin: 0;
  padding: ${layout['space-6']} 0 ${layout['space-2']};
  border-top: 1px solid ${color.border};
  scroll-margin-top: ${layout['space-4']};

  &:focus {
    outline: none;
  }
  &:focus-visible > .plk-section-heading {
    ${focusRing}
    border-radius: ${layout['radius-small']};
  }
  & > .plk-section-heading {
    display: flex;
    align-items: center;
    gap: ${layout['space-3']};
    margin: 0 0 ${layout['space-3']};
  }
  & > .plk-section-heading > h2,
  & > .plk-section-heading > h3,
  & > .plk-section-heading > h4,
  & > .plk-section-heading > h5,
  & > .plk-section-heading > h6 {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.35;
    font-weight: 700;
    letter-spacing: -0.01em;
  }
  & > .plk-section-label {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: ${layout['space-1']} ${layout['space-2']};
    margin: 0 0 ${layout['space-4']};
    color: ${color['text-muted']};
    font-size: 0.9375em;
  }
  & > .plk-section-label > strong {
    color: ${color.text};
  }
  & > [data-plk-attention-flags] {
    margin-bottom: ${layout['space-4']};
  }
  @media print {
    padding-top: ${layout['space-4']};
    border-top-color: #000;
    & > .plk-section-heading {
      break-after: avoid;
    }
  }
`,
);

interface PolicySectionFrameProps
  extends Omit<PolicySectionProps, 'policy' | 'label' | 'locale' | 'translations'> {
  label: DerivedLabel;
  words: PolicyWords;
  children?: ReactNode;
}

/**
 * The frame of one policy section: `<section id="privacy-<id>" tabIndex={-1}>` (so a summary link moves focus to
 * it), the label icon repeated at the heading, the label's caption and attention flags, then the content.
 */
export function PolicySectionFrame({
  label,
  words,
  headingLevel = 2,
  variant = 'online',
  children,
  ...rest
}: PolicySectionFrameProps) {
  const headingId = `${label.anchor}-heading`;
  return (
    <Root
      id={label.anchor}
      tabIndex={-1}
      aria-labelledby={headingId}
      data-plk-section={label.id}
      data-plk-family={label.family}
      {...rest}
    >
      <div className="plk-section-heading">
        <LabelIcon icon={getLabelIcon(label.id)} size={36} variant={variant} />
        <Heading level={headingLevel} id={headingId}>
          {label.heading}
        </Heading>
      </div>
      <p className="plk-section-label">
        <span className="plk-visually-hidden">{words.page.section.labelPrefix}: </span>
        <strong>{label.title}</strong> <span>{label.caption}</span>
      </p>
      <AttentionFlags flags={label.attention} locale={words.locale} translations={words.translations} />
      <SubHeadingLevel.Provider value={subHeadingLevelBelow(headingLevel)}>
        {children}
      </SubHeadingLevel.Provider>
    </Root>
  );
}

/** What a section passes on to its frame: everything but the policy, the language and the label. */
export type SectionFrameRest = Omit<PolicySectionProps, 'policy' | 'locale' | 'translations' | 'label'>;

/**
 * The words and label of a section component, or `undefined` when its label does not apply to the policy — the one
 * rule that decides whether a section renders, the same that decides whether the summary shows its label. The full
 * page passes each section its label; a section used alone derives its own label and no other. `rest` is what the
 * section passes on to `PolicySectionFrame` (heading level, variant, attributes of the root).
 */
export function useSection(
  id: LabelId,
  props: PolicySectionProps,
): { words: PolicyWords; label: DerivedLabel; rest: SectionFrameRest } | undefined {
  const { policy, locale, translations, label, ...rest } = props;
  const words = usePolicyWords(locale, policy, translations);
  if (label && label.id !== id) {
    throw new Error(`Section "${id}" was given the label "${label.id}"; pass its own label`);
  }
  const resolved =
    label ?? deriveLabel(policy, id, { locale: words.locale, translations: words.translations });
  return resolved ? { words, label: resolved, rest } : undefined;
}

/** What a section's content is drawn from: the policy, the words of its language, and its own label. */
export interface SectionContent {
  policy: Policy;
  words: PolicyWords;
  label: DerivedLabel;
  /** The level of the section's sub-headings: one below its heading. */
  subHeadingLevel: HeadingLevel;
}

/**
 * Defines the section component of label `id`. It renders nothing when the label does not apply — the only
 * applicability rule, see `useSection` — and otherwise the frame (anchor, icon, heading, caption, attention flags)
 * around what `content` draws. `content` is called as a plain function, so it may not use hooks.
 */
export function policySection(
  id: LabelId,
  content: (section: SectionContent) => ReactNode,
): (props: PolicySectionProps) => ReactNode {
  // biome-ignore lint/correctness/noComponentHookFactories: called once per label at module scope, never in a render, so each section keeps one component identity
  function PolicySectionOfLabel(props: PolicySectionProps) {
    const section = useSection(id, props);
    if (!section) return null;
    const { words, label, rest } = section;
    return (
      <PolicySectionFrame label={label} words={words} {...rest}>
        {content({
          policy: props.policy,
          words,
          label,
          subHeadingLevel: subHeadingLevelBelow(rest.headingLevel ?? 2),
        })}
      </PolicySectionFrame>
    );
  }
  PolicySectionOfLabel.displayName = `PolicySection(${id})`;
  return PolicySectionOfLabel;
}
