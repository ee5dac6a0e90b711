// The offline print formats and the static web page as entries of the registry of formats: the short policy (B5, A5,
// A6), delivery-box stickers, label paper, the QR code alone, the policy page and the label-summary snippet.
import { documentOptions, type FormatEntry } from './formats.js';
import { renderLabelPaperPdf } from './labelPaperPdf.js';
import { exportWords } from './locales/words.js';
import { fullPolicyUrl } from './printLayout.js';
import { qrCodeSvg, qrPngScale } from './qrFiles.js';
import { renderShortPolicyPdf, shortPolicyPapers } from './shortPolicyPdf.js';
import { renderStickerPdf, stickerSizes } from './stickerPdf.js';

/** `short-policy-b5-offline-ko.pdf`, … : the short policy on each paper, to post, hand out or put in a box. */
export const shortPolicyFormat: FormatEntry = {
  kind: 'short-policy',
  format: 'pdf',
  purpose: 'print',
  files: (context) =>
    shortPolicyPapers.map((paper) => ({
      name: `short-policy-${paper}-${context.variant}-${context.locale}.pdf`,
      make: () =>
        renderShortPolicyPdf(context.policy, context.labels, { ...documentOptions(context), paper }),
    })),
};

/** `sticker-90x50-online-ko.pdf`, … : one page the size of the sticker, for sticker paper or a label printer. */
export const stickerFormat: FormatEntry = {
  kind: 'sticker',
  format: 'pdf',
  purpose: 'box',
  files: (context) =>
    stickerSizes.map((size) => ({
      name: `sticker-${size}-${context.variant}-${context.locale}.pdf`,
      make: () => renderStickerPdf(context.policy, context.labels, { ...documentOptions(context), size }),
    })),
};

/** `label-paper-l7173-online-ko.pdf`: the key labels on Avery L7173 (2 × 5 on A4), with cut marks. */
export const labelPaperFormat: FormatEntry = {
  kind: 'label-paper',
  format: 'pdf',
  purpose: 'box',
  files: (context) => [
    {
      name: `label-paper-l7173-${context.variant}-${context.locale}.pdf`,
      make: () => renderLabelPaperPdf(context.policy, context.labels, documentOptions(context)),
    },
  ],
};

/** The QR code's accessible name in the pack's first language (the code itself is the same in every language). */
const qrOptions = (context: Parameters<FormatEntry['files']>[0], url: string) => {
  const words = exportWords(context.locale, context.translations);
  // The language the name is in, which may be a fallback of the one asked for.
  return { title: words.qrAlt(url), locale: words.locale };
};

/** `qr-code.svg`: the QR code to the full policy, once per pack; none when the policy gives no address. */
export const qrSvgFormat: FormatEntry = {
  kind: 'qr',
  format: 'svg',
  purpose: 'print',
  scope: 'pack',
  files: (context) => {
    const url = fullPolicyUrl(context.policy);
    return url ? [{ name: 'qr-code.svg', make: () => qrCodeSvg(url, qrOptions(context, url)) }] : [];
  },
};

/** `qr-code.png`: the same code as a 40 px-per-module PNG, for tools that take only pictures. */
export const qrPngFormat: FormatEntry = {
  kind: 'qr',
  format: 'png',
  purpose: 'print',
  scope: 'pack',
  files: (context) => {
    const url = fullPolicyUrl(context.policy);
    if (!url) return [];
    return [
      {
        name: 'qr-code.png',
        scale: qrPngScale,
        offMainThread: true,
        make: () => context.rasterise(qrCodeSvg(url, qrOptions(context, url)), qrPngScale),
      },
    ];
  },
};

// The policy page is React's (`@privacy-label-kit/react/static`), loaded only when an html file is made: the export
// package draws no page of its own, and a pack without html never loads React.
const loadStaticPage = () => import('@privacy-label-kit/react/static');
const utf8 = (text: string) => new TextEncoder().encode(text);

/** `privacy_policy.html` (the PIPC's suggested name): the whole policy page in every language of the pack. */
export const policyPageFormat: FormatEntry = {
  kind: 'policy-page',
  format: 'html',
  purpose: 'web',
  scope: 'pack',
  files: (context) => [
    {
      name: 'privacy_policy.html',
      make: async () =>
        utf8(
          (await loadStaticPage()).renderStaticPolicyPage(context.policy, {
            locales: context.locales,
            translations: context.translations,
            variant: context.variant,
          }),
        ),
    },
  ],
};

/** `label-summary-snippet-ko.html`: the label summary to paste into a shop builder's HTML block, per language. */
export const policySnippetFormat: FormatEntry = {
  kind: 'policy-snippet',
  format: 'html',
  purpose: 'web',
  scope: 'locale',
  files: (context) => [
    {
      name: `label-summary-snippet-${context.locale}.html`,
      make: async () =>
        utf8(
          (await loadStaticPage()).renderLabelSummarySnippet(context.policy, {
            locale: context.locale,
            // The pack's page has these languages in this order: the snippet links to its own language's part.
            pageLocales: context.locales,
            translations: context.translations,
            variant: context.variant,
          }),
        ),
    },
  ],
};

/** Every entry of this module, in the order a pack makes them. */
export const printAndWebFormats: readonly FormatEntry[] = [
  shortPolicyFormat,
  stickerFormat,
  labelPaperFormat,
  qrSvgFormat,
  qrPngFormat,
  policyPageFormat,
  policySnippetFormat,
];
