import {
  deriveEasyRead,
  type EasyReadMessage,
  type EasyReadSpeaker,
  type Locale,
  type Policy,
  sectionAnchor,
  type Translation,
} from '@privacy-label-kit/schema/core';
import { type HTMLAttributes, useId, useMemo } from 'react';
import { styled } from 'styled-components';
import { usePolicyWords } from '../locale/PolicyLocaleProvider.js';
import { Heading, type HeadingLevel } from '../PolicySection/Heading.js';
import { text } from '../sections/content.js';
import { usePrivacyLabelTheme } from '../theme/PrivacyLabelThemeProvider.js';
import { focusRing, koreanTextWrapping, visuallyHiddenStyles } from '../theme/sharedStyles.js';
import { staticInServerComponents } from '../theme/staticStyles.js';
import { checkTheme, checkTypeScale, type PrivacyLabelTheme, themeRootStyles } from '../theme/themeRoot.js';
import { color, layout, type TypeScale } from '../theme/tokens.js';
import { Character } from './Character.js';

export interface EasyReadPolicyProps extends HTMLAttributes<HTMLElement> {
  /** A parsed policy (`assertPolicy(json)` from `@privacy-label-kit/schema`). */
  policy: Policy;
  /** Any BCP 47 tag; default: the nearest `PolicyLocaleProvider`, else the policy's `defaultLocale`. */
  locale?: Locale;
  /** Words of your own (`words.easyRead` for the chat, `words.page.easyRead` around it), before the registered ones. */
  translations?: readonly Translation[];
  theme?: PrivacyLabelTheme;
  /** 'large' for large type; default 'standard', or what an enclosing theme provider sets. */
  typeScale?: TypeScale;
  /** The level of the title; topics sit one below. Default 1. */
  headingLevel?: Exclude<HeadingLevel, 6>;
  /**
   * Where the full policy is, for the "read more" links of each topic (`${fullPolicyHref}#privacy-retention`). Default
   * '': the full policy's sections are on the same page.
   */
  fullPolicyHref?: string;
}

const Root = staticInServerComponents(
  styled.article.withConfig({ componentId: 'plk-EasyReadPolicy' })`
  ${themeRootStyles}
  ${visuallyHiddenStyles}
  ${koreanTextWrapping}
  box-sizing: border-box;
  max-width: min(${layout['max-width']}, 48rem);
  margin: 0 auto;
  padding: ${layout['space-5']} ${layout['space-4']};
  background: ${color.background};
  color: ${color.text};
  font-family: ${layout['font-family']};
  font-size: ${layout['font-size']};
  line-height: ${layout['line-height']};

  & .plk-easy-title {
    margin: 0 0 ${layout['space-2']};
    font-size: 1.75em;
    line-height: 1.3;
    font-weight: 800;
  }
  & .plk-easy-byline {
    margin: 0 0 ${layout['space-4']};
    color: ${color['text-muted']};
  }
  & .plk-easy-cast-heading {
    margin: 0 0 ${layout['space-2']};
    font-size: 1em;
    font-weight: 700;
  }
  & .plk-easy-cast {
    display: flex;
    flex-wrap: wrap;
    gap: ${layout['space-4']};
    margin: 0 0 ${layout['space-5']};
    padding: 0;
    list-style: none;
  }
  & .plk-easy-cast li {
    display: flex;
    align-items: center;
    gap: ${layout['space-2']};
    font-weight: 700;
  }
  & .plk-easy-topic {
    margin: 0 0 ${layout['space-6']};
  }
  & .plk-easy-topic-heading {
    margin: 0 0 ${layout['space-4']};
    padding-bottom: ${layout['space-2']};
    border-bottom: 3px solid ${color.brand};
    font-size: 1.375em;
    line-height: 1.4;
    font-weight: 800;
  }
  & .plk-chat {
    display: flex;
    flex-direction: column;
    gap: ${layout['space-3']};
    margin: 0 0 ${layout['space-4']};
    padding: 0;
    list-style: none;
  }
  & .plk-message {
    display: flex;
    align-items: flex-start;
    gap: ${layout['space-2']};
    max-inline-size: none;
  }
  & .plk-message[data-plk-speaker='friend'] {
    flex-direction: row-reverse;
  }
  & .plk-message > svg {
    flex-shrink: 0;
    width: 2.75em;
    height: 2.75em;
  }
  & .plk-bubble {
    min-width: 0;
    max-width: 85%;
    padding: ${layout['space-2']} ${layout['space-4']} ${layout['space-3']};
    border: 1px solid ${color.border};
    border-radius: ${layout.radius};
    background: ${color.surface};
  }
  & .plk-message[data-plk-speaker='guide'] .plk-bubble {
    border-start-start-radius: 4px;
  }
  & .plk-message[data-plk-speaker='friend'] .plk-bubble {
    border-start-end-radius: 4px;
    background: ${color['surface-raised']};
    border-color: ${color['border-strong']};
  }
  & .plk-speaker {
    display: block;
    color: ${color['text-muted']};
    font-size: 0.875em;
    font-weight: 700;
  }
  & .plk-bubble p {
    margin: 0;
  }
  & .plk-bubble ul {
    margin: ${layout['space-2']} 0 0;
    padding-inline-start: 1.25em;
  }
  & .plk-more {
    margin: 0;
  }
  & a {
    color: ${color.link};
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  & a:focus-visible {
    ${focusRing}
    border-radius: 2px;
  }
  & .plk-more a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    font-weight: 700;
  }
  & .plk-guardian-note {
    margin: 0 0 ${layout['space-5']};
    padding: ${layout['space-4']} ${layout['space-5']};
    border: 2px solid ${color['border-strong']};
    border-radius: ${layout.radius};
  }
  & .plk-guardian-note h2,
  & .plk-guardian-note h3,
  & .plk-guardian-note h4 {
    margin: 0 0 ${layout['space-3']};
    font-size: 1.125em;
    font-weight: 800;
  }
  & .plk-guardian-note p {
    margin: 0 0 ${layout['space-3']};
  }
  & .plk-guardian-note dl {
    margin: 0 0 ${layout['space-3']};
  }
  & .plk-guardian-note dt {
    font-weight: 700;
  }
  & .plk-guardian-note dd {
    margin: 0 0 ${layout['space-2']};
  }

  @media print {
    max-width: none;
    padding: 0;
    color: #000;
    background: #fff;
    & .plk-bubble {
      background: none !important;
      border-color: #000;
    }
    & .plk-chat,
    & .plk-message {
      break-inside: avoid;
    }
    & .plk-easy-topic-heading {
      break-after: avoid;
    }
  }
`,
);

function Message({ message, names }: { message: EasyReadMessage; names: Record<EasyReadSpeaker, string> }) {
  return (
    <li className="plk-message" data-plk-speaker={message.speaker}>
      <Character character={message.speaker} />
      <div className="plk-bubble">
        <span className="plk-speaker">
          {names[message.speaker]}
          <span className="plk-visually-hidden">: </span>
        </span>
        <p>{message.text}</p>
        {message.list ? (
          <ul>
            {message.list.map((entry) => (
              <li key={entry}>{entry}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}

/**
 * The policy told for children as a chat between two characters (PIPA Art. 22-2(3); PIPC 2026 guideline, Appendix 2):
 * question headings, short sentences and easy words, each topic there exactly when the policy has its data, each
 * linking to its full section, and a note for parents on guardian consent. The chat is `deriveEasyRead(policy)`: the
 * same words the exporter prints.
 */
export function EasyReadPolicy({
  policy,
  locale: localeProp,
  translations: translationsProp,
  theme,
  typeScale,
  headingLevel = 1,
  fullPolicyHref = '',
  ...rest
}: EasyReadPolicyProps) {
  const { locale, page, schema, translations } = usePolicyWords(localeProp, policy, translationsProp);
  const enclosingTheme = usePrivacyLabelTheme();
  const scale = typeScale ? checkTypeScale(typeScale, 'EasyReadPolicy') : undefined;
  const ownTheme = theme
    ? checkTheme(theme, 'EasyReadPolicy')
    : enclosingTheme
      ? scale
        ? enclosingTheme
        : undefined
      : 'light';
  const document = useMemo(
    () => deriveEasyRead(policy, { locale, translations }),
    [policy, locale, translations],
  );
  const idPrefix = useId();
  const titleId = `${idPrefix}title`;
  const topicLevel = (headingLevel + 1) as HeadingLevel;
  const names = { guide: document.characters.guide.name, friend: document.characters.friend.name };
  const words = page.easyRead;
  const link = (id: Parameters<typeof sectionAnchor>[0]) => `${fullPolicyHref}#${sectionAnchor(id)}`;
  const note = document.guardianNote;
  return (
    <Root
      lang={locale}
      data-plk-theme={ownTheme}
      data-plk-type={scale}
      data-plk-easy-read=""
      aria-labelledby={titleId}
      {...rest}
    >
      <header>
        <Heading level={headingLevel} id={titleId} className="plk-easy-title">
          {document.title}
        </Heading>
        <p className="plk-easy-byline">
          {text(policy.controller.name, locale)}
          {policy.serviceName ? ' · ' : null}
          {text(policy.serviceName, locale)}
        </p>
        <p className="plk-easy-cast-heading" id={`${idPrefix}cast`}>
          {words.characters}
        </p>
        <ul className="plk-easy-cast" aria-labelledby={`${idPrefix}cast`}>
          {(['guide', 'friend'] as const).map((speaker) => (
            <li key={speaker}>
              <Character character={speaker} size={64} title={document.characters[speaker].description} />
              {document.characters[speaker].name}
            </li>
          ))}
        </ul>
        <ol className="plk-chat" aria-label={words.greeting}>
          {document.intro.map((message) => (
            <Message key={message.text} message={message} names={names} />
          ))}
        </ol>
      </header>
      {note ? (
        <aside className="plk-guardian-note" aria-labelledby={`${idPrefix}note`} data-plk-guardian-note="">
          <Heading level={topicLevel} id={`${idPrefix}note`}>
            {note.heading}
          </Heading>
          {note.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {note.details.length > 0 ? (
            <dl>
              {note.details.map((detail) => (
                <div key={detail.term}>
                  <dt>{detail.term}</dt>
                  <dd>{detail.value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {note.sections.map((id) => (
            <p className="plk-more" key={id}>
              <a href={link(id)}>{words.readFullSection({ section: schema.labels[id].heading })}</a>
            </p>
          ))}
        </aside>
      ) : null}
      {document.topics.map((topic) => {
        const headingId = `${idPrefix}${topic.id}`;
        const first = topic.sections[0];
        return (
          <section
            key={topic.id}
            className="plk-easy-topic"
            aria-labelledby={headingId}
            data-plk-topic={topic.id}
          >
            <Heading level={topicLevel} id={headingId} className="plk-easy-topic-heading">
              {topic.heading}
            </Heading>
            <ol className="plk-chat" aria-labelledby={headingId}>
              {topic.messages.map((message, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a topic may repeat a line; the order is fixed
                <Message key={index} message={message} names={names} />
              ))}
            </ol>
            {first ? (
              <p className="plk-more">
                <a href={link(first)}>{words.readMore({ topic: topic.heading })}</a>
              </p>
            ) : null}
          </section>
        );
      })}
    </Root>
  );
}
