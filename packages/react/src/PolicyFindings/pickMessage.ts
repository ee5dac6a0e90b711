import type { Locale, LocalizedMessage } from '@privacy-label-kit/schema/core';

/**
 * A message of the checks or the diff in `locale`: its own language, else its base language, else English. Messages
 * always carry Korean and English; pass `locales` to `lintPolicy`/`diffPolicies` for others.
 */
export function pickMessage(message: LocalizedMessage | undefined, locale: Locale): string {
  if (!message) return '';
  return message[locale] ?? message[locale.split('-')[0]!] ?? message.en;
}
