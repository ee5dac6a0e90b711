// The `/core` entry registers no words: an app that ships one language passes its own. Everything the diff and the
// change notice say must then come from those words, never from a registry that is empty in such an app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, readExample } from '../../../../test/fixtures/examples.js';
import { assertPolicy, changeNotice, diffPolicies, registeredTranslations } from '../core.js';
import type { Translation } from '../i18n/translations.js';
import { en } from '../locales/en.js';
import { ko } from '../locales/ko.js';
import { enReview } from '../review/en.js';
import { koReview } from '../review/ko.js';

type Raw = Record<string, any>;

// Each a change the diff states through the words of an enum value: the device's kind, the channel's kind, the
// certificate's scheme (a certificate without a name of its own), the pseudonymisation purpose.
const changes: [string, (policy: Raw) => void, string][] = [
  [
    'an automatic-collection device of another kind',
    (policy) => {
      policy.automaticCollection.devices[0].kind = 'sdk';
    },
    '$.automaticCollection.devices[0].kind',
  ],
  [
    'a rights channel with new details',
    (policy) => {
      policy.rights.channels[0].detail = { ko: '앱 > 설정 > 내 정보', en: 'App > Settings > My information' };
    },
    '$.rights.channels[0].detail',
  ],
  [
    'a certification no longer held',
    (policy) => {
      policy.certifications.splice(0, 1);
    },
    '$.certifications[0]',
  ],
  [
    'another pseudonymisation purpose',
    (policy) => {
      policy.pseudonymisedInformation[0].purposeKind = 'publicInterestArchiving';
    },
    '$.pseudonymisedInformation[0].purposeKind',
  ],
];

describe('diffPolicies and changeNotice with only the words passed in', () => {
  it('run with nothing registered', () => {
    expect(registeredTranslations()).toEqual([]);
  });

  it.each(
    changes.flatMap(([what, change, path]) =>
      (
        [
          ['ko', [ko, koReview]],
          ['en', [en, enReview]],
        ] as const
      ).map(([locale, translations]) => [what, locale, change, path, translations] as const),
    ),
  )('state %s (%s)', (_, locale, change, path, translations: readonly Translation[]) => {
    const previous = assertPolicy(readExample('messenger-platform'));
    const raw = readExample('messenger-platform') as Raw;
    change(raw);
    const diff = diffPolicies(previous, assertPolicy(raw), { locales: [locale], translations });
    const row = diff.changes.find((entry) => entry.jsonPath === path);
    expect(row, path).toBeDefined();
    expect(row!.subject[locale]).toBeTruthy();
  });

  it('make the whole change notice of the example versions, in either language', () => {
    const previous = assertPolicy(
      JSON.parse(readFileSync(join(examplesDir, 'versions', 'messenger-platform-3.1.json'), 'utf8')),
    );
    const next = assertPolicy(readExample('messenger-platform'));
    for (const [locale, translations] of [
      ['ko', [ko, koReview]],
      ['en', [en, enReview]],
    ] as const) {
      const notice = changeNotice(previous, next, { locales: [locale], translations });
      expect(notice.diff.changes.length).toBeGreaterThan(0);
      expect(notice.diff.changes.every((entry) => entry.subject[locale])).toBe(true);
    }
  });
});
