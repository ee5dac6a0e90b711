// The words of the CCTV sign (영상정보처리기기 안내판, PIPA Art. 25(4), Decree Art. 24): a part of its own (`videoSign`)
// so the sign on screen (React's `CctvSign`) and the printed sign (the export's PDF) say the same thing.
import type { Locale } from '../text.js';

export interface VideoSignWords {
  /** The language of these words. */
  locale: Locale;
  /** "CCTV 설치·운영 안내" — the sign's title. */
  title: string;
  /** One sentence under the title: who runs the devices. */
  lead: (values: { controller: string }) => string;
  /** Names one device when the sign lists several: "1번 CCTV" / "Camera 1". */
  device: (values: { number: number }) => string;
  /** The particulars Decree Art. 24 asks a sign to show, as row headings. */
  purpose: string;
  locations: string;
  range: string;
  recordingHours: string;
  manager: string;
  contact: string;
  /** The footnote naming the provision the sign answers to. */
  legalNote: string;
}

declare module '../i18n/translations.js' {
  interface TranslationWords {
    videoSign: VideoSignWords;
  }
}
