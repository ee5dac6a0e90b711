import QRCode from 'qrcode';

/** A dark run of modules in one row of a QR code, in module units (quiet zone not included). */
export interface QrRun {
  row: number;
  column: number;
  length: number;
}

export interface QrMatrix {
  /** Modules per side. */
  size: number;
  runs: QrRun[];
}

/**
 * The module matrix of a QR code for `text` (error correction M: survives a smudge or a crease on a delivery box),
 * as horizontal runs of dark modules, so a PDF draws a few dozen rectangles instead of hundreds of squares.
 */
export function qrMatrix(text: string): QrMatrix {
  const cached = matrices.get(text);
  if (cached) return cached;
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const runs: QrRun[] = [];
  for (let row = 0; row < modules.size; row++) {
    let column = 0;
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.get(row, column)) column++;
      runs.push({ row, column: start, length: column - start });
    }
  }
  const matrix = { size: modules.size, runs };
  // Every summary of an export carries the same address: encode it once.
  matrices.set(text, matrix);
  return matrix;
}

const matrices = new Map<string, QrMatrix>();

/** The quiet zone the QR specification asks for around the symbol, in modules. */
export const qrQuietZone = 4;
