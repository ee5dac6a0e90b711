import { resolveWords, type Translation, wordsLanguage } from './i18n/translations.js';
import type { CaptionContext, SchemaWords } from './i18n/words.js';
import type { AttentionCode, AttentionNotice, LabelFamily } from './labels/defineLabel.js';
import { withFactsScope } from './labels/factsScope.js';
import { getLabelDefinition, type LabelId, labelDefinitions } from './labels/index.js';
import type { Policy } from './policySchema.js';
import { distinctTexts, type Locale, type LocalizedText, localize } from './text.js';

export interface AttentionFlag {
  code: AttentionCode;
  message: string;
}

export interface DerivedLabel {
  id: LabelId;
  family: LabelFamily;
  title: string;
  description: string;
  /** The heading of the policy article the label summarises, e.g. "개인정보의 제3자 제공". */
  heading: string;
  /** A short caption generated from the policy data, e.g. "제3자 제공 2곳: …". */
  caption: string;
  /** The id of the policy section this label summarises; link to `#${anchor}`. */
  anchor: string;
  attention: AttentionFlag[];
  legalReference: string;
  /**
   * The language the label's words are in: the requested one, or the fallback's where a translation lacks them (the
   * language its title comes from, when a translation gives some of a label's words).
   */
  locale: Locale;
}

export interface DeriveLabelsOptions {
  /** The language of titles and captions; defaults to the policy's `defaultLocale`. */
  locale?: Locale;
  /** Extra or replacement words (a business's own language or wording), before the registered ones. */
  translations?: readonly Translation[];
}

/** The anchor id used for a label's section, the same on every page this library renders. */
export function sectionAnchor(id: LabelId): string {
  return `privacy-${id}`;
}

/** The schema's words in `locale` (see `resolveWords`). */
export function schemaWords(locale: Locale, translations?: readonly Translation[]): SchemaWords {
  return resolveWords('schema', locale, translations);
}

/** The words of each attention flag, e.g. "간주 동의: 7일 안에 거부하지 않으면 동의한 것으로 봅니다". */
export function attentionMessage(notice: AttentionNotice, words: SchemaWords): string {
  return words.attention[notice.code](notice);
}

/**
 * What a label's words give that depends only on the words object and the label (its legal reference in words, the
 * language of its title), computed once: `resolveWords` hands out one words object per language and translations, so
 * each derivation after the first looks these up instead of building them again.
 */
interface PerLabelWords {
  legalReference: string;
  language: Locale;
}
const perLabelWords = new WeakMap<SchemaWords, Map<LabelId, PerLabelWords>>();
function wordsOfLabel(words: SchemaWords, id: LabelId, make: () => PerLabelWords): PerLabelWords {
  let byLabel = perLabelWords.get(words);
  if (!byLabel) {
    byLabel = new Map();
    perLabelWords.set(words, byLabel);
  }
  let entry = byLabel.get(id);
  if (!entry) {
    entry = make();
    byLabel.set(id, entry);
  }
  return entry;
}

function deriveWith(
  policy: Policy,
  id: LabelId,
  words: SchemaWords,
  locale: Locale,
  translations: readonly Translation[] | undefined,
): DerivedLabel | undefined {
  const definition = getLabelDefinition(id);
  if (!definition.applies(policy)) return undefined;
  const labelWords = words.labels[id] as SchemaWords['labels'][LabelId];
  const cached = wordsOfLabel(words, id, () => ({
    legalReference: words.format.legalReference(definition.legalReference),
    language: wordsLanguage('schema', locale, ['labels', id, 'title'], translations) ?? words.locale,
  }));
  const text = (value: LocalizedText) => localize(value, locale);
  const context: CaptionContext = {
    words,
    text,
    names: (values) => [...new Set(distinctTexts(values).map(text))],
  };
  return {
    id,
    family: definition.family,
    title: labelWords.title,
    description: labelWords.description,
    heading: labelWords.heading,
    caption: (labelWords.caption as (facts: unknown, context: CaptionContext) => string)(
      definition.facts(policy),
      context,
    ),
    anchor: sectionAnchor(id),
    attention: definition.attention(policy).map((notice) => ({
      code: notice.code,
      message: attentionMessage(notice, words),
    })),
    legalReference: cached.legalReference,
    locale: cached.language,
  };
}

/**
 * The labels that apply to a policy, in the registry's order (the summary's order: data and processing, then duties and rights), each
 * with a caption computed from the data in the requested language.
 */
export function deriveLabels(policy: Policy, options: DeriveLabelsOptions = {}): DerivedLabel[] {
  const locale = options.locale ?? policy.defaultLocale;
  const words = schemaWords(locale, options.translations);
  return withFactsScope(() =>
    labelDefinitions.flatMap(
      (definition) => deriveWith(policy, definition.id, words, locale, options.translations) ?? [],
    ),
  );
}

/** One label of a policy, or `undefined` when it does not apply; derives that label alone. */
export function deriveLabel(
  policy: Policy,
  id: LabelId,
  options: DeriveLabelsOptions = {},
): DerivedLabel | undefined {
  const locale = options.locale ?? policy.defaultLocale;
  const words = schemaWords(locale, options.translations);
  return withFactsScope(() => deriveWith(policy, id, words, locale, options.translations));
}

/** Whether one label applies to a policy, without building any words. */
export function labelApplies(policy: Policy, id: LabelId): boolean {
  return getLabelDefinition(id).applies(policy);
}
