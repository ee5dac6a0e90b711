// The Node API of the `privacy-label` CLI: every file the CLI writes can be rendered one by one from here.
// Importing it registers the built-in Korean and English words (the schema's and the export's), so every renderer
// works in either language, and in any other through its fallback chain, without further setup.
import { registerTranslations } from '@privacy-label-kit/schema';
import { en } from './locales/en.js';
import { ko } from './locales/ko.js';

registerTranslations(ko, en);

export { type Palette, palette, type Variant, variants } from './artwork.js';
export {
  type ChangeNoticeExportOptions,
  type ChangeNoticeFileOptions,
  exportChangeNotice,
  renderChangeNoticeHtml,
  renderChangeNoticePdf,
  renderComparisonHtml,
  renderComparisonPdf,
} from './changeNoticeFiles.js';
export { drawCharacter, type EasyReadPdfOptions, renderEasyReadPdf } from './easyReadPdf.js';
export {
  type ExportFileKind,
  type ExportOptions,
  type ExportProgress,
  exportLabels,
  exportLocales,
  type LabelFormat,
  labelFormats,
  type Manifest,
  type ManifestEntry,
  manifestFileName,
} from './exportLabels.js';
export { type FontWeight, koreanFontFamilyStack, koreanFontFiles, missingGlyphs } from './fonts.js';
export {
  cardMetrics,
  type LabelCardLayout,
  type LabelCardOptions,
  type LabelSvgOptions,
  layoutLabelCard,
  renderLabelSvg,
} from './labelCard.js';
export {
  type LabelPdfOptions,
  type LabelSheetOptions,
  renderLabelPdf,
  renderLabelSheetPdf,
} from './labelPdf.js';
export { largePrintBodySize, renderLargePrintSummaryPdf } from './largePrintSummaryPdf.js';
export { en, exportEn } from './locales/en.js';
export { exportKo, ko } from './locales/ko.js';
export {
  type CliWords,
  type ExportWords,
  exportWords,
  type PolicyFileWords,
  type ReviewWords,
} from './locales/words.js';
export {
  AtomicFileWriter,
  OutputFolderError,
  temporaryFilePattern,
  type WrittenFile,
} from './outputFolder.js';
export { type LabelPngOptions, type PngScale, pngScales, rasteriseSvg, renderLabelPng } from './png.js';
export {
  type JsonSyntaxError,
  lineAndColumn,
  parseJson,
  type ReadPolicyResult,
  readPolicyFile,
} from './policyFile.js';
export { qrMatrix } from './qrCode.js';
export { renderSummaryPdf, type SummaryPdfOptions, summaryFacts } from './summaryPdf.js';
