// The Node API of the `privacy-label` CLI: every file the CLI writes can be rendered one by one from here.
export { type Palette, palette, type Variant, variants } from './artwork.js';
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
export { type FontWeight, koreanFontFamilyStack, koreanFontFiles } from './fonts.js';
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
