// Shared by the offline print formats (short policy, sticker, label paper): paper sizes in millimetres, the PIPC's
// recommended key labels, its naming rule for long lists, and wrapped lines of Noto Sans KR placed and drawn as tagged
// text. No Node built-ins here: the generators run in the browser core too.
import type {
  DerivedLabel,
  LabelId,
  Locale,
  LocalizedText,
  Policy,
  Translation,
} from '@privacy-label-kit/schema';
import {
  deriveVideoSign,
  distinctTexts,
  fixedVideoDevices,
  localize,
  sameText,
  schemaWords,
  thirdPartyRecipients,
  videoSignWords,
} from '@privacy-label-kit/schema';
import type { FontWeight } from './fonts.js';
import { type ExportWords, exportWords } from './locales/words.js';
import { asArtifact, type PdfDocument, pdfFonts } from './pdfDocument.js';
import { measureText, wrapTextLines } from './text.js';

/** PDF points per millimetre. */
export const pointsPerMillimetre = 72 / 25.4;
export const mm = (value: number) => value * pointsPerMillimetre;

/** A line of text placed on a page, in points. */
export interface PrintLine {
  text: string;
  x: number;
  baseline: number;
  size: number;
  weight: FontWeight;
  colour: string;
  /** Broken at a space: drawn with the space at its end, so extracted text keeps its word breaks. */
  spaceAfter: boolean;
}

/**
 * The printed mark on a flagged label's title (stickers; the label cards draw it as a shape) and in front of the line
 * saying the points to note are in the full policy: a sign, the same in every language, visible in black and white.
 */
export const attentionMark = '!';

/** Line height as a multiple of the type size, for every print format. */
export const printLineHeight = 1.35;

/**
 * `text` wrapped to `width` and placed with its first line's top at `top`; breaks only at spaces (a Korean word stays
 * whole) unless a single word is wider than the line. `align: 'center'` centres each line in the width.
 */
export function placeLines(
  text: string,
  options: {
    x: number;
    top: number;
    width: number;
    size: number;
    weight: FontWeight;
    colour: string;
    align?: 'left' | 'center';
  },
): PrintLine[] {
  const { x, top, width, size, weight, colour } = options;
  return wrapTextLines(text, weight, size, width).map((line, index) => ({
    text: line.text,
    spaceAfter: line.spaceAfter,
    x: options.align === 'center' ? x + Math.max(0, (width - measureText(line.text, weight, size)) / 2) : x,
    baseline: top + size * 1.05 + index * size * printLineHeight,
    size,
    weight,
    colour,
  }));
}

/** The height `lines` take (the same rhythm `placeLines` sets them in). */
export const linesHeight = (lines: readonly PrintLine[]) =>
  lines.length === 0 ? 0 : lines.length * lines[0]!.size * printLineHeight;

export function drawPrintLines(doc: PdfDocument, lines: readonly PrintLine[]): void {
  for (const line of lines) {
    doc
      .font(line.weight === 'bold' ? pdfFonts.bold : pdfFonts.regular)
      .fontSize(line.size)
      .fillColor(line.colour)
      .text(line.spaceAfter ? `${line.text} ` : line.text, line.x, line.baseline, {
        lineBreak: false,
        baseline: 'alphabetic',
      });
  }
}

/** Term and value pairs as a tagged list under `parent`: PDF's list item label (Lbl) and body (LBody). */
export function drawFactList(
  doc: PdfDocument,
  parent: PDFKit.PDFStructureElement,
  items: readonly { term: readonly PrintLine[]; value: readonly PrintLine[] }[],
): void {
  const list = doc.struct('L');
  parent.add(list);
  for (const item of items) {
    const entry = doc.struct('LI');
    list.add(entry);
    entry.add(doc.struct('Lbl', {}, () => drawPrintLines(doc, item.term)));
    entry.add(doc.struct('LBody', {}, () => drawPrintLines(doc, item.value)));
    entry.end();
  }
  list.end();
}

/**
 * The labels the PIPC guideline recommends for a label set (the personal data processed — with sensitive data, unique
 * identifiers, biometric and automatically collected data —, third-party provision and the grievance contact), plus
 * what its offline versions add (purposes, retention, entrustment), in that order. Overseas transfer joins them when
 * there is one, and so do the video devices: a print handed out or posted in a shop with CCTV must not leave out that
 * it films people. A policy without a grievance department shows its privacy officer as the contact.
 */
export const offlineKeyLabelIds: readonly LabelId[] = [
  'collected-items',
  'sensitive-information',
  'unique-identifiers',
  'biometric-information',
  'automatic-collection',
  'fixed-video-devices',
  'mobile-video-devices',
  'purposes',
  'retention',
  'third-party-provision',
  'entrustment',
  'overseas-transfer',
  'grievance-department',
];

/** The policy's key labels for print, in the order of `offlineKeyLabelIds`. */
export function keyLabels(labels: readonly DerivedLabel[]): DerivedLabel[] {
  const byId = new Map(labels.map((label) => [label.id, label]));
  const chosen = offlineKeyLabelIds.flatMap((id) => byId.get(id) ?? []);
  if (!byId.has('grievance-department')) {
    const officer = byId.get('privacy-officer');
    if (officer) chosen.push(officer);
  }
  return chosen;
}

/**
 * Policy texts (companies, items, purposes) each once, in `locale`, as the labels count them: the same company written
 * with and without its translation is one (`distinctTexts`), so a print never names or counts it twice where the
 * label says one.
 */
export function distinctNames(texts: Iterable<LocalizedText>, locale: Locale): string[] {
  return [...new Set(distinctTexts(texts).map((value) => localize(value, locale)))].filter(Boolean);
}

/**
 * `entries` grouped by a text of theirs (a law, a company) as `distinctTexts` tells texts apart, in order of first
 * appearance: the same law written with and without its translation is one group, named by the text with every
 * language any of its writings gives.
 */
export function groupByText<Entry>(
  entries: readonly Entry[],
  textOf: (entry: Entry) => LocalizedText,
): { text: LocalizedText; entries: Entry[] }[] {
  const groups = distinctTexts(entries.map(textOf)).map((text) => ({ text, entries: [] as Entry[] }));
  for (const entry of entries) {
    // A writing agrees with the merged text it went into, which has each of its languages.
    const own = textOf(entry);
    groups.find((group) => sameText(group.text, own))?.entries.push(entry);
  }
  return groups.filter((group) => group.entries.length > 0);
}

/**
 * The recipients abroad by destination country, in policy order: each country once, with each of its recipients once
 * (`distinctNames`). A company written twice for one country is one recipient there.
 */
export function recipientsAbroadByCountry(
  transfers: readonly { recipient: LocalizedText; country: string }[],
  locale: Locale,
): { country: string; recipients: string[] }[] {
  const byCountry = new Map<string, LocalizedText[]>();
  for (const transfer of transfers) {
    const recipients = byCountry.get(transfer.country) ?? [];
    recipients.push(transfer.recipient);
    byCountry.set(transfer.country, recipients);
  }
  return [...byCountry].map(([country, recipients]) => ({
    country,
    recipients: distinctNames(recipients, locale),
  }));
}

/** How many names a printed list shows before counting the rest (PIPC: two or three and a pointer to the full text). */
export const namesShown = 3;

/**
 * Names as the guideline asks on labels: up to three, then "외 N곳" / "and N more"; every name once. A middle dot
 * separates them, since company names carry commas of their own ("Co., Ltd.").
 */
export function namesWithMore(
  names: readonly string[],
  words: Pick<ExportWords, 'none' | 'andMore'>,
): string {
  const unique = [...new Set(names.filter(Boolean))];
  if (unique.length === 0) return words.none;
  if (unique.length <= namesShown) return unique.join(' · ');
  return `${unique.slice(0, namesShown).join(' · ')} ${words.andMore(unique.length - namesShown, 'places')}`;
}

export interface ShortPolicyFact {
  term: string;
  value: string;
  /**
   * Never shortened to fit (the video devices): the layout places these first, before the lists it may cut, as it
   * places the attention flags.
   */
  whole?: true;
  /**
   * The value as a list, for the layout to shorten only between whole entries: `value` is `entries` joined by
   * `separator`, then `more` entries counted and not named ("외 3곳" / "and 3 more", in `unit`). An entry is a text
   * the policy wrote ("즉시 파기 안 함(…)"): cut inside, it could say the opposite, so it is kept or counted whole.
   */
  list?: { entries: string[]; separator: string; more: number; unit: 'places' | 'items' };
}

/** A fact whose value lists `entries` (each once), naming at most `shown` of them and counting the rest. */
function listFact(
  term: string,
  entries: readonly string[],
  separator: string,
  unit: 'places' | 'items',
  words: ExportWords,
  shown = Number.POSITIVE_INFINITY,
): ShortPolicyFact {
  const unique = [...new Set(entries.filter(Boolean))];
  if (unique.length === 0) return { term, value: unit === 'places' ? words.none : '' };
  const named = unique.slice(0, shown);
  const more = unique.length - named.length;
  const count = unit === 'places' ? words.andMore(more, 'places') : words.print.moreItems(more);
  return {
    term,
    value: more > 0 ? `${named.join(separator)} ${count}` : named.join(separator),
    list: { entries: named, separator, more, unit },
  };
}

/**
 * The video devices (PIPA Arts. 25 and 25-2) as the short policy states them, one fact per device: why it films,
 * where, what and when, how long footage is kept, and whom to ask. Fixed devices say what their CCTV sign says
 * (`deriveVideoSign`), plus the retention the sign leaves out; mobile devices, which have no sign, the same
 * particulars under their own terms. Empty when the policy has no video device.
 */
export function videoDeviceFacts(
  policy: Policy,
  locale: Locale,
  translations?: readonly Translation[],
): ShortPolicyFact[] {
  if (policy.videoDevices.length === 0) return [];
  const words = exportWords(locale, translations);
  const schema = schemaWords(locale, translations);
  const sign = videoSignWords(locale, translations);
  const text = (value: LocalizedText | undefined) => localize(value, locale);
  const particulars = (rows: { term: string; value: string }[]) =>
    rows
      .filter((row) => row.value)
      .map((row) => `${row.term}: ${row.value}`)
      .join(' · ');
  const facts: ShortPolicyFact[] = [];

  const fixed = fixedVideoDevices(policy);
  const fixedTitle = schema.labels['fixed-video-devices'].title;
  deriveVideoSign(policy, { locale, ...(translations ? { translations } : {}) })?.devices.forEach(
    (device, index) => {
      const rows = device.rows.map(({ term, value }) => ({ term, value }));
      // The retention after the recording hours, before the manager and contact (whom to ask comes last).
      const hours = device.rows.findIndex((row) => row.key === 'recordingHours');
      rows.splice(hours + 1, 0, {
        term: words.print.videoRetention,
        value: schema.format.duration(fixed[index]!.retention),
      });
      facts.push({
        term: device.name ? `${fixedTitle} (${device.name})` : fixedTitle,
        value: particulars(rows),
        whole: true,
      });
    },
  );

  const mobile = policy.videoDevices.filter((device) => device.kind === 'mobile');
  const mobileTitle = schema.labels['mobile-video-devices'].title;
  mobile.forEach((device, index) => {
    facts.push({
      term: mobile.length > 1 ? `${mobileTitle} (${words.print.mobileDevice(index + 1)})` : mobileTitle,
      value: particulars([
        { term: words.print.mobilePurpose, value: text(device.purpose) },
        { term: words.print.mobileLocations, value: text(device.locations) },
        { term: sign.range, value: text(device.range) },
        { term: sign.recordingHours, value: text(device.recordingHours) },
        { term: words.print.videoRetention, value: schema.format.duration(device.retention) },
        { term: sign.manager, value: text(device.manager) },
        { term: sign.contact, value: device.contact },
      ]),
      whole: true,
    });
  });
  return facts;
}

/**
 * What the PIPC's offline short policy (간이형) states, from the policy data: the video devices when there are any
 * (`videoDeviceFacts`, first and never cut), the items processed, the purposes, how long they are kept, third parties,
 * processors (and overseas transfers when there are any), and whom to contact — the privacy officer and the
 * grievance department. Third parties, processors and recipients abroad follow the naming rule (`namesWithMore`);
 * items, purposes and periods are listed in full, and the layout sends what does not fit to the full policy behind
 * the QR code.
 */
/** Whether `period` (a listed retention) names `law` with `duration` ("5년", not the "5년" inside "15년"). */
function statesPeriod(period: string, law: string, duration: string): boolean {
  if (!period.includes(law)) return false;
  for (let at = period.indexOf(duration); at >= 0; at = period.indexOf(duration, at + 1)) {
    if (at === 0 || !/[0-9]/.test(period[at - 1]!)) return true;
  }
  return false;
}

export function shortPolicyFacts(
  policy: Policy,
  locale: Locale,
  translations?: readonly Translation[],
): ShortPolicyFact[] {
  const words = exportWords(locale, translations);
  const schema = schemaWords(locale, translations);
  const text = (value: LocalizedText | undefined) => localize(value, locale);
  const unique = (values: string[]) => [...new Set(values.filter(Boolean))];

  // Items, purposes and companies each once as the labels count them: the same one written with and without its
  // translation is one.
  const items = distinctNames(
    policy.collectedItems.flatMap((group) => group.items),
    locale,
  );
  const purposes = distinctNames(
    policy.purposes.map((purpose) => purpose.title),
    locale,
  );
  const retention = unique(
    policy.collectedItems.map((group) => schema.format.retention(group.retention, text)),
  );
  // Periods other laws set, unless a period already listed states that law with that length (one law often sets two:
  // contracts 5 years, complaints 3 years — both are kept); a law written with and without its translation is one
  // law, named in `locale` where any of its writings has it.
  for (const { text: lawText, entries } of groupByText(
    policy.retention.legalRetention,
    (entry) => entry.law,
  )) {
    const law = text(lawText);
    for (const entry of entries) {
      const duration = schema.format.duration(entry.period);
      if (!retention.some((period) => statesPeriod(period, law, duration)))
        retention.push(`${law} ${duration}`);
    }
  }
  const facts: ShortPolicyFact[] = [
    ...videoDeviceFacts(policy, locale, translations),
    // Commas, as Korean policies list items ("성명, 휴대전화번호"): a middle dot between spaces would start lines.
    listFact(words.print.items, items, ', ', 'items', words),
    listFact(words.print.purposes, purposes, ', ', 'items', words),
    listFact(words.retention, retention, ', ', 'items', words),
    // Everyone who receives it, as at a glance says: third parties, and recipients of pseudonymised information
    // and of further provision without consent — '없음' only when there is no one. Names as `namesWithMore`.
    listFact(words.thirdParties, thirdPartyRecipients(policy, locale), ' · ', 'places', words, namesShown),
    listFact(
      words.processors,
      distinctNames(
        policy.entrustment.map((entry) => entry.processor),
        locale,
      ),
      ' · ',
      'places',
      words,
      namesShown,
    ),
  ];
  if (policy.overseasTransfer.length > 0) {
    facts.push(
      listFact(
        words.overseasTransfer,
        recipientsAbroadByCountry(policy.overseasTransfer, locale).flatMap(({ country, recipients }) =>
          recipients.map((recipient) => `${recipient} (${schema.format.country(country)})`),
        ),
        ' · ',
        'places',
        words,
        namesShown,
      ),
    );
  }
  facts.push(...contactFacts(policy, locale, words));
  return facts;
}

/**
 * Whom to contact, as every printed format says it: the privacy officer (name, position, phone, email) and, when the
 * policy has one, the grievance department (name, phone, email, hours), each joined with middle dots.
 */
export function contactFacts(
  policy: Pick<Policy, 'privacyOfficer' | 'contactDepartment'>,
  locale: Locale,
  words: ExportWords,
): { term: string; value: string }[] {
  const text = (value: LocalizedText | undefined) => localize(value, locale);
  const join = (parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');
  const { privacyOfficer: officer, contactDepartment: department } = policy;
  const facts = [
    {
      term: words.privacyOfficer,
      value: join([
        officer.position ? `${text(officer.name)} (${text(officer.position)})` : text(officer.name),
        officer.phone,
        officer.email,
      ]),
    },
  ];
  if (department) {
    facts.push({
      term: words.contactDepartment,
      value: join([
        text(department.name),
        department.phone,
        department.email,
        text(department.hours) || undefined,
      ]),
    });
  }
  return facts;
}

/** A thin horizontal rule from `left` to `right` at `y`, as an artifact (decoration, not content). */
export function drawRule(doc: PdfDocument, left: number, right: number, y: number, colour: string): void {
  asArtifact(doc, () => {
    doc.moveTo(left, y).lineTo(right, y).lineWidth(0.75).strokeColor(colour).stroke();
  });
}

/**
 * The address the QR codes point to, or undefined when the policy gives none. The schema requires `policyUrl`, but
 * the builder renders drafts that are still being filled in, so every print format says so instead of inventing one.
 */
export function fullPolicyUrl(policy: Pick<Policy, 'policyUrl'>): string | undefined {
  const url = policy.policyUrl?.trim();
  return url ? url : undefined;
}
