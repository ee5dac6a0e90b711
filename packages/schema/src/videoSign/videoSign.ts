import { resolveWords, type Translation } from '../i18n/translations.js';
import type { Policy, VideoDevice } from '../policySchema.js';
import { type Locale, localize } from '../text.js';
import type { VideoSignWords } from './words.js';

/** The CCTV sign's words in `locale` along its fallback chain (see `resolveWords`). */
export function videoSignWords(locale: Locale, translations?: readonly Translation[]): VideoSignWords {
  return resolveWords('videoSign', locale, translations);
}

/** One row of a CCTV sign: a particular and its value, in the sign's language. */
export interface VideoSignRow {
  key: 'purpose' | 'locations' | 'range' | 'recordingHours' | 'manager' | 'contact';
  term: string;
  value: string;
}

export interface VideoSignDevice {
  /** "1번 CCTV" when the sign lists more than one device; undefined for a single one. */
  name?: string;
  rows: VideoSignRow[];
}

export interface VideoSign {
  locale: Locale;
  title: string;
  lead: string;
  devices: VideoSignDevice[];
  legalNote: string;
}

/** The fixed video devices a sign must be put up for (PIPA Art. 25(4)); mobile devices have their own rules (Art. 25-2). */
export function fixedVideoDevices(policy: Policy): VideoDevice[] {
  return policy.videoDevices.filter((device) => device.kind === 'fixed');
}

/**
 * The CCTV sign's content (PIPA Art. 25(4), Decree Art. 24): for each fixed device its purpose, location, range and
 * hours of recording, and the manager's name and contact, in `locale`. Undefined when the policy has no fixed device.
 * The screen component and the printable PDF both lay out this one object.
 */
export function deriveVideoSign(
  policy: Policy,
  options: { locale?: Locale; translations?: readonly Translation[] } = {},
): VideoSign | undefined {
  const devices = fixedVideoDevices(policy);
  if (devices.length === 0) return undefined;
  const locale = options.locale ?? policy.defaultLocale;
  const words = videoSignWords(locale, options.translations);
  const text = (value: Parameters<typeof localize>[0]) => localize(value, locale);
  return {
    locale: words.locale,
    title: words.title,
    lead: words.lead({ controller: text(policy.controller.name) }),
    devices: devices.map((device, index) => ({
      ...(devices.length > 1 ? { name: words.device({ number: index + 1 }) } : {}),
      rows: [
        { key: 'purpose', term: words.purpose, value: text(device.purpose) },
        { key: 'locations', term: words.locations, value: text(device.locations) },
        { key: 'range', term: words.range, value: text(device.range) },
        { key: 'recordingHours', term: words.recordingHours, value: text(device.recordingHours) },
        { key: 'manager', term: words.manager, value: text(device.manager) },
        { key: 'contact', term: words.contact, value: device.contact },
      ],
    })),
    legalNote: words.legalNote,
  };
}
