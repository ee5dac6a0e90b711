// The Node side of the exporter, set up at import: fonts read from the package's TTF files, pdfkit's Node build, PNGs
// through resvg on worker threads. The main entry and the CLI import this; the browser-safe core never does.
import PDFDocument from 'pdfkit';
import './nodeFonts.js';
import { createHash } from 'node:crypto';
import { type PdfKitClass, usePdfKit } from './pdfDocument.js';
import { setDefaultRasteriser } from './png.js';
import { rasteriseSvg } from './rasteriser.js';

usePdfKit(PDFDocument as unknown as PdfKitClass);
setDefaultRasteriser(rasteriseSvg);

/** Node's native SHA-256 as hex, for manifests. */
export const nodeSha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
