import { escapeXml, iconToSvg, type LabelIconData } from '@privacy-label-kit/icons';

export type Variant = 'online' | 'offline';
export type DownloadFormat = 'svg' | 'png' | 'pdf';
export type DocsLocale = 'ko' | 'en';

export interface ArtworkOptions {
  variant: Variant;
  locale: DocsLocale;
  /** With the label's name under the symbol: our own rule is that a symbol is shown with its caption. */
  caption: boolean;
}

/** The artwork in CSS pixels: the icon on its own, or the icon above a caption of up to two lines. */
const iconSize = 96;
const captionWidth = 168;
const captionFontSize = 17;
const captionLineHeight = 23;
const captionGap = 10;
const padding = 12;
/** PNGs are drawn at 4× (a 96 px icon becomes 384 px) so they stay sharp in documents and print. */
const pngScale = 4;
/** PDFs carry the artwork at 6×: about 430 dpi at its natural size, enough for print. */
const pdfScale = 6;
const fontFamily = "'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";
const captionFont = `700 ${captionFontSize}px ${fontFamily}`;
const ink = { offline: '#000000', online: '#191f28' } as const;

/** `privacy-label-retention-offline-ko-caption.pdf`: what, which variant, which language, with or without caption. */
export function labelFileName(icon: LabelIconData, options: ArtworkOptions, format: DownloadFormat): string {
  const caption = options.caption ? '-caption' : '';
  return `privacy-label-${icon.id}-${options.variant}-${options.locale}${caption}.${format}`;
}

interface Layout {
  width: number;
  height: number;
  lines: string[];
}

/** Breaks the caption into at most two lines between words (Korean words are never split, like `keep-all`). */
function layoutArtwork(icon: LabelIconData, options: ArtworkOptions): Layout {
  if (!options.caption) return { width: iconSize, height: iconSize, lines: [] };
  const measure = textMeasurer();
  const words = icon.title[options.locale].split(/\s+/);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`) <= captionWidth)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const width = Math.max(iconSize, Math.ceil(Math.max(...lines.map(measure)))) + 2 * padding;
  const height = padding + iconSize + captionGap + lines.length * captionLineHeight + padding;
  return { width, height, lines };
}

function textMeasurer(): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * captionFontSize;
  context.font = captionFont;
  return (text) => context.measureText(text).width;
}

/** The standalone SVG: the icon alone (as the icons package draws it) or the icon with its caption as text. */
export function labelArtworkSvg(icon: LabelIconData, options: ArtworkOptions): string {
  const { variant, locale } = options;
  const iconSvg = iconToSvg(icon, { variant, size: iconSize, frame: true, lang: locale });
  if (!options.caption) return iconSvg;
  const { width, height, lines } = layoutArtwork(icon, options);
  const iconX = (width - iconSize) / 2;
  const firstBaseline = padding + iconSize + captionGap + captionFontSize;
  const text = lines
    .map(
      (line, index) =>
        `<text x="${width / 2}" y="${firstBaseline + index * captionLineHeight}">${escapeXml(line)}</text>`,
    )
    .join('');
  // The nested <svg> keeps the icon's own viewBox, title and stroke settings untouched.
  const nested = iconSvg.replace('<svg ', `<svg x="${iconX}" y="${padding}" `);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `lang="${locale}">${nested}<g fill="${ink[variant]}" font-family="${escapeXml(fontFamily)}" ` +
    `font-size="${captionFontSize}" font-weight="700" text-anchor="middle">${text}</g></svg>`
  );
}

/** Draws the artwork on a canvas: the icon from its SVG, the caption with the page's (loaded) Korean web font. */
async function drawArtwork(icon: LabelIconData, options: ArtworkOptions, scale: number, background: boolean) {
  const { width, height, lines } = layoutArtwork(icon, options);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a canvas, so the file cannot be made.');
  context.scale(scale, scale);
  // Print shops expect an opaque white background for the offline variant, and paper is white.
  if (background || options.variant === 'offline') {
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
  }
  const iconSvg = iconToSvg(icon, {
    variant: options.variant,
    size: iconSize * scale,
    frame: true,
    lang: options.locale,
  });
  const url = URL.createObjectURL(new Blob([iconSvg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const iconY = options.caption ? padding : 0;
    context.drawImage(image, (width - iconSize) / 2, iconY, iconSize, iconSize);
  } finally {
    URL.revokeObjectURL(url);
  }
  if (lines.length > 0) {
    // An SVG drawn through <img> cannot use web fonts; the canvas can, once the font has loaded.
    await document.fonts.load(captionFont, lines.join(' '));
    context.font = captionFont;
    context.fillStyle = ink[options.variant];
    context.textAlign = 'center';
    const firstBaseline = padding + iconSize + captionGap + captionFontSize;
    lines.forEach((line, index) => {
      context.fillText(line, width / 2, firstBaseline + index * captionLineHeight);
    });
  }
  return { canvas, width, height };
}

export async function labelArtworkPng(icon: LabelIconData, options: ArtworkOptions): Promise<Blob> {
  const { canvas } = await drawArtwork(icon, options, pngScale, false);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The PNG could not be encoded.');
  return blob;
}

/**
 * A one-page PDF the size of the artwork (1 CSS px = 1 pt): the artwork as a high-resolution image on white, the
 * caption as the document title. For PDFs whose caption is selectable text in your policy's words, use
 * `privacy-label export` (see "Printing labels offline").
 */
export async function labelArtworkPdf(icon: LabelIconData, options: ArtworkOptions): Promise<Blob> {
  const { canvas, width, height } = await drawArtwork(icon, options, pdfScale, true);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a canvas, so the PDF cannot be made.');
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  const rgb = new Uint8Array(canvas.width * canvas.height * 3);
  for (let source = 0, target = 0; source < pixels.length; source += 4, target += 3) {
    rgb[target] = pixels[source] ?? 255;
    rgb[target + 1] = pixels[source + 1] ?? 255;
    rgb[target + 2] = pixels[source + 2] ?? 255;
  }
  const image = await deflate(rgb);
  return pdfWithImage({
    pageWidth: width,
    pageHeight: height,
    imageWidth: canvas.width,
    imageHeight: canvas.height,
    image,
    title: icon.title[options.locale],
    language: options.locale,
  });
}

/** zlib-wrapped deflate, which is what PDF's FlateDecode filter reads. */
async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** UTF-16BE with a byte-order mark, as a PDF hex string: the only way to put Hangul in a PDF text string. */
function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index++)
    hex += text.charCodeAt(index).toString(16).padStart(4, '0');
  return `<${hex.toUpperCase()}>`;
}

interface PdfImage {
  pageWidth: number;
  pageHeight: number;
  imageWidth: number;
  imageHeight: number;
  image: Uint8Array;
  title: string;
  language: string;
}

/** The smallest valid PDF for one page with one image: six objects, a cross-reference table, nothing else. */
function pdfWithImage(pdf: PdfImage): Blob {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const write = (chunk: string | Uint8Array) => {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    parts.push(bytes);
    length += bytes.length;
  };
  const object = (number: number, body: string | Uint8Array[], dictionary?: string) => {
    offsets[number] = length;
    write(`${number} 0 obj\n`);
    if (typeof body === 'string') write(`${body}\nendobj\n`);
    else {
      write(`${dictionary}\nstream\n`);
      for (const chunk of body) write(chunk);
      write('\nendstream\nendobj\n');
    }
  };
  const content = encoder.encode(`q ${pdf.pageWidth} 0 0 ${pdf.pageHeight} 0 0 cm /Artwork Do Q`);

  write('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n');
  object(1, `<< /Type /Catalog /Pages 2 0 R /Lang (${pdf.language}) >>`);
  object(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  object(
    3,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pdf.pageWidth} ${pdf.pageHeight}] ` +
      '/Resources << /XObject << /Artwork 4 0 R >> >> /Contents 5 0 R >>',
  );
  object(
    4,
    [pdf.image],
    `<< /Type /XObject /Subtype /Image /Width ${pdf.imageWidth} /Height ${pdf.imageHeight} ` +
      `/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length ${pdf.image.length} >>`,
  );
  object(5, [content], `<< /Length ${content.length} >>`);
  object(6, `<< /Title ${pdfTextString(pdf.title)} /Producer (Privacy Label Kit docs) >>`);
  const xref = length;
  write(`xref\n0 7\n0000000000 65535 f \n`);
  for (let number = 1; number <= 6; number++)
    write(`${String(offsets[number]).padStart(10, '0')} 00000 n \n`);
  write(`trailer\n<< /Size 7 /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Blob(parts as BlobPart[], { type: 'application/pdf' });
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Makes the file in the browser and saves it; returns its name. */
export async function downloadLabel(
  icon: LabelIconData,
  options: ArtworkOptions,
  format: DownloadFormat,
): Promise<string> {
  const blob =
    format === 'svg'
      ? new Blob([labelArtworkSvg(icon, options)], { type: 'image/svg+xml' })
      : format === 'png'
        ? await labelArtworkPng(icon, options)
        : await labelArtworkPdf(icon, options);
  const fileName = labelFileName(icon, options, format);
  saveBlob(blob, fileName);
  return fileName;
}
