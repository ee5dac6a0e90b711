import {
  type CollectedItem,
  type LegalBasis,
  type Locale,
  type LocalizedText,
  localize,
  type OptOut,
  type Policy,
  type SchemaWords,
} from '@privacy-label-kit/schema/core';
import type { ReactNode } from 'react';
import { inPageLanguage, localizedNode } from '../locale/LocalizedText.js';

/** A definition list of particulars (`<dl class="plk-details">`), e.g. every particular of an overseas transfer. */
export function Details({ children }: { children?: ReactNode }) {
  return <dl className="plk-details">{children}</dl>;
}

/** One particular: a term and its value. Renders nothing when the value is empty (an optional field left out). */
export function Detail({ term, children }: { term: string; children?: ReactNode }) {
  if (children === undefined || children === null || children === '' || children === false) return null;
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const separator = ', ';

/**
 * Policy texts joined into one line ("이름, 이메일 주소"). Plain text when every entry exists in the page's language
 * (the common case, and the cheapest to render); otherwise entries in the other language keep their own `lang`.
 */
export function textList(texts: readonly LocalizedText[], locale: Locale): ReactNode {
  if (texts.every((text) => inPageLanguage(text, locale))) {
    return texts.map((text) => localize(text, locale)).join(separator);
  }
  return texts.map((text, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the list is static policy data in a fixed order
    <span key={index}>
      {index > 0 ? separator : null}
      {localizedNode(text, locale)}
    </span>
  ));
}

/** A policy text in the page's language (see `localizedNode`). */
export const text = localizedNode;

/** A policy text as a plain string, for attributes. */
export const plainText = localize;

/**
 * An external link. Printed, a link whose text is not its address gets the address after it (print stylesheet);
 * `data-plk-shows-url` marks links that already read as their address, so it is not printed twice.
 */
export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  if (children === undefined) {
    return (
      <a href={href} data-plk-shows-url="">
        {href}
      </a>
    );
  }
  return <a href={href}>{children}</a>;
}

/** `tel:` link with the number as written in the policy. */
export function PhoneLink({ phone }: { phone: string }) {
  return <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a>;
}

/** `mailto:` link. */
export function EmailLink({ email }: { email: string }) {
  return <a href={`mailto:${email}`}>{email}</a>;
}

/** The titles of the purposes a collected item serves, in the item's order (the id itself if none matches). */
export function purposeTitles(policy: Policy, item: CollectedItem): LocalizedText[] {
  return item.purposeIds.map(
    (id) => policy.purposes.find((purpose) => purpose.id === id)?.title ?? { en: id },
  );
}

/**
 * The name of a legal basis; for the bases on which sensitive information and unique identifiers may be processed,
 * the wording the Act uses for them ("별도 동의", "법령에 근거").
 */
export function basisName(basis: LegalBasis, words: SchemaWords): string {
  return basis === 'separateConsent' || basis === 'legalObligation'
    ? words.specialCategoryBases[basis]
    : words.legalBases[basis];
}

/**
 * Who collects behavioural information on the service (ad operators, or others for other purposes), each with the
 * tool it uses where the policy names one; null (so the `Detail` is left out) when there is nobody.
 */
export function collectorList(
  collectors: readonly { name: LocalizedText; collectionTool?: LocalizedText | undefined }[],
  locale: Locale,
  toolTerm: string,
): ReactNode {
  if (collectors.length === 0) return null;
  return (
    <ul className="plk-plain-list">
      {collectors.map((collector, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: collectors have no id; their order is the policy's
        <li key={index}>
          {text(collector.name, locale)}
          {collector.collectionTool ? (
            <span className="plk-note">
              {`${toolTerm}: `}
              {text(collector.collectionTool, locale)}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * A way out of some processing, as the data gives it: the steps and what changes afterwards, or, where the data says
 * there is none, a plain sentence saying so (never a list that suggests a way out).
 */
export function OptOutSteps({
  optOut,
  locale,
  consequenceTerm,
  noWayOut,
}: {
  optOut: OptOut;
  locale: Locale;
  consequenceTerm: string;
  noWayOut: string;
}) {
  if (!optOut.available) return <p data-plk-opt-out="none">{noWayOut}</p>;
  return (
    <>
      {optOut.how ? (
        <ol className="plk-list">
          {optOut.how.map((step, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id; their order is the policy's
            <li key={index}>{text(step, locale)}</li>
          ))}
        </ol>
      ) : null}
      {optOut.consequence ? (
        <p>
          <strong>{`${consequenceTerm}: `}</strong>
          {text(optOut.consequence, locale)}
        </p>
      ) : null}
    </>
  );
}
