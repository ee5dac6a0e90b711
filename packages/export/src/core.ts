// `@privacy-label-kit/export/core`: the browser-safe core of the exporter — layout, SVG, PDF, PNG (through a
// rasteriser you pass), the registry of formats, packs, read-mes and zips. No `node:` module and no file access: the
// same code runs in the CLI (the Node entry wraps it with files on disk) and in the builder in a browser. Fonts and
// pdfkit load on first use, never at import. Importing it registers the built-in Korean and English words (the
// schema's, the export's and the read-me's), as the main entry does.
import { registerTranslations } from '@privacy-label-kit/schema/core';
import { en } from './locales/en.js';
import { ko } from './locales/ko.js';
import { packEn } from './locales/packEn.js';
import { packKo } from './locales/packKo.js';

registerTranslations(ko, en, packKo, packEn);

export { type Palette, palette, type Variant, variants } from './artwork.js';
export { canvasRasteriser } from './canvasRasteriser.js';
export {
  type CctvSignPdfOptions,
  type CctvSignSize,
  cctvSignFormat,
  cctvSignSizes,
  renderCctvSignPdf,
} from './cctvSignPdf.js';
export { drawCharacter, type EasyReadPdfOptions, renderEasyReadPdf } from './easyReadPdf.js';
export {
  type FontFiles,
  type FontLoader,
  FontsNotLoadedError,
  type FontWeight,
  fontsLoaded,
  fontUrlLoader,
  koreanFontFamilyStack,
  loadFonts,
  missingGlyphs,
  setDefaultFontLoader,
} from './fonts.js';
export {
  documentFileName,
  documentFormat,
  documentOptions,
  type ExportFileKind,
  type FileFormat,
  type FormatContext,
  type FormatEntry,
  type FormatFile,
  formatRegistry,
  labelFileStem,
  type Purpose,
  purposes,
  registryFileFormats,
} from './formats.js';
export { type JsonSyntaxError, lineAndColumn, locateJsonSyntaxError, parseJson } from './jsonText.js';
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
export { packEn, packWordsEn } from './locales/packEn.js';
export { packKo, packWordsKo } from './locales/packKo.js';
export { type PackWords, packWords } from './locales/packWords.js';
export {
  type CliWords,
  type ExportWords,
  exportWords,
  type PolicyFileWords,
  type ReviewWords,
} from './locales/words.js';
export {
  exportLocales,
  type Manifest,
  type ManifestEntry,
  makePack,
  manifestFileName,
  manifestGeneratorName,
  manifestText,
  type Pack,
  type PackFile,
  type PackOptions,
  type PackProgress,
  pathSafeLocale,
} from './pack.js';
export {
  a4,
  concatBytes,
  createPdfDocument,
  loadPdfKit,
  type PdfDocument,
  type PdfDocumentOptions,
  type PdfKitClass,
  pdfFonts,
  pdfKitLoaded,
  pdfToBuffer,
  pointsPerPixel,
  usePdfKit,
} from './pdfDocument.js';
export {
  getDefaultRasteriser,
  type LabelPngOptions,
  labelPngSvg,
  type PngScale,
  pngScales,
  type Rasteriser,
  renderLabelPng,
  setDefaultRasteriser,
} from './png.js';
export { qrMatrix } from './qrCode.js';
export { type PackReadmeOptions, renderPackReadme } from './readme.js';
export { renderSummaryPdf, type SummaryPdfOptions, summaryFacts } from './summaryPdf.js';
export { exportPackageVersion } from './version.js';
export { zipPack } from './zip.js';
