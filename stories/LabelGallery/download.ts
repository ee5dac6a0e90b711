import { iconToSvg, type LabelIconData } from '@privacy-label-kit/icons';

type Variant = 'online' | 'offline';

/** PNGs are drawn at 4× the 48 px preview so they stay sharp in documents and print. */
const pngSize = 192;

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

export function labelFileName(icon: LabelIconData, variant: Variant, extension: 'svg' | 'png'): string {
  return `privacy-label-${icon.id}-${variant}.${extension}`;
}

export function downloadLabelSvg(icon: LabelIconData, variant: Variant, locale: 'ko' | 'en'): void {
  const svg = iconToSvg(icon, { variant, size: 48, frame: true, lang: locale });
  saveBlob(new Blob([svg], { type: 'image/svg+xml' }), labelFileName(icon, variant, 'svg'));
}

export async function downloadLabelPng(
  icon: LabelIconData,
  variant: Variant,
  locale: 'ko' | 'en',
): Promise<void> {
  const svg = iconToSvg(icon, { variant, size: pngSize, frame: true, lang: locale });
  const image = new Image(pngSize, pngSize);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = pngSize;
    canvas.height = pngSize;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas, so the PNG cannot be made.');
    // Print shops expect an opaque white background for the offline variant.
    if (variant === 'offline') {
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, pngSize, pngSize);
    }
    context.drawImage(image, 0, 0, pngSize, pngSize);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The PNG could not be encoded.');
    saveBlob(blob, labelFileName(icon, variant, 'png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
