// The Node API of the `privacy-label` CLI: everything of the browser-safe core (`@privacy-label-kit/export/core`),
// set up for Node — fonts read from the package's TTF files, pdfkit's Node build, PNGs through resvg on worker
// threads — plus writing packs and change notices to folders and reading policy files. Importing it registers the
// built-in Korean and English words, so every renderer works in either language, and in any other through its
// fallback chain, without further setup.
import './node.js';

export {
  type ChangeNoticeExportOptions,
  type ChangeNoticeFileOptions,
  exportChangeNotice,
  renderChangeNoticeHtml,
  renderChangeNoticePdf,
  renderComparisonHtml,
  renderComparisonPdf,
} from './changeNoticeFiles.js';
export * from './core.js';
export {
  type ExportOptions,
  type ExportProgress,
  exportLabels,
  type KeptStaleFile,
  type KeptStaleFileReason,
  type LabelFormat,
  labelFormats,
} from './exportLabels.js';
export { nodeSha256 } from './node.js';
export { koreanFontFiles, nodeFontLoader } from './nodeFonts.js';
export {
  AtomicFileWriter,
  OutputFolderError,
  temporaryFilePattern,
  type WrittenFile,
} from './outputFolder.js';
export {
  type JsonSyntaxError,
  lineAndColumn,
  parseJson,
  type ReadPolicyResult,
  readPolicyFile,
} from './policyFile.js';
export { rasteriseSvg } from './rasteriser.js';
