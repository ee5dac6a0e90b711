// The two characters of the easy-read policy, drawn for this project (not traced from, or modelled on, any company's
// characters). One drawing, as data: the React component renders it as SVG and the exporter draws it into PDFs.

/** One shape of a drawing on a 64 × 64 grid. */
export type CharacterShape =
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string }
  | { kind: 'path'; d: string; fill?: string; stroke?: string; strokeWidth?: number };

export type CharacterId = 'guide' | 'friend';

export interface CharacterDrawing {
  id: CharacterId;
  /** The background disc behind the drawing. */
  background: string;
  shapes: readonly CharacterShape[];
}

const ink = '#1d2a24';

/** Dodam (도담), the guide: a round green sprout with two leaves. */
const guide: CharacterDrawing = {
  id: 'guide',
  background: '#e3f4e8',
  shapes: [
    { kind: 'path', d: 'M32 22 L32 13', stroke: '#2f7d4c', strokeWidth: 2.5 },
    { kind: 'path', d: 'M32 14 C27 6 17 7 15 12 C20 17 27 17 32 14 Z', fill: '#7cc36e' },
    { kind: 'path', d: 'M32 14 C37 6 47 7 49 12 C44 17 37 17 32 14 Z', fill: '#5fb35c' },
    { kind: 'circle', cx: 32, cy: 39, r: 18, fill: '#3fa66b' },
    { kind: 'circle', cx: 25.5, cy: 37, r: 2.6, fill: ink },
    { kind: 'circle', cx: 38.5, cy: 37, r: 2.6, fill: ink },
    { kind: 'circle', cx: 21.5, cy: 43, r: 2.6, fill: '#f4a3a8' },
    { kind: 'circle', cx: 42.5, cy: 43, r: 2.6, fill: '#f4a3a8' },
    { kind: 'path', d: 'M27 44 Q32 49 37 44', stroke: ink, strokeWidth: 2 },
  ],
};

/** Kongi (콩이), the friend who asks: an orange bean with big eyes. */
const friend: CharacterDrawing = {
  id: 'friend',
  background: '#fdeadb',
  shapes: [
    {
      kind: 'path',
      d: 'M21 19 C31 8 51 12 50 29 C49.5 37 53 45 46 53 C38 61 19 58 15 46 C12 37 13 27 21 19 Z',
      fill: '#f08a3c',
    },
    { kind: 'path', d: 'M25 17 C29 14 35 13 39 15', stroke: '#ffc48f', strokeWidth: 2.5 },
    { kind: 'circle', cx: 26, cy: 34, r: 5.5, fill: '#ffffff' },
    { kind: 'circle', cx: 40, cy: 34, r: 5.5, fill: '#ffffff' },
    { kind: 'circle', cx: 27, cy: 35, r: 2.8, fill: ink },
    { kind: 'circle', cx: 41, cy: 35, r: 2.8, fill: ink },
    { kind: 'path', d: 'M29 45 Q33 49 37 45', stroke: ink, strokeWidth: 2 },
  ],
};

/** The easy-read characters by id; their names and descriptions are words (`easyRead.characters` in each language). */
export const characterDrawings: Readonly<Record<CharacterId, CharacterDrawing>> = { guide, friend };
