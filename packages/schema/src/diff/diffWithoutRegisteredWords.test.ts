// The `/core` entry registers no words: an app that ships one language passes its own. Everything the diff and the
// change notice say must then come from those words, never from a registry that is empty in such an app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, readExample } from '../../../../test/fixtures/examples.js';
import { assertPolicy, changeNotice, diffPolicies, registeredTranslations } from '../core.js';
import { ko } from '../locales/ko.js';
import { koReview } from '../review/ko.js';

describe('diffPolicies and changeNotice with only the words passed in', () => {
  const previous = assertPolicy(
    JSON.parse(readFileSync(join(examplesDir, 'versions', 'messenger-platform-3.1.json'), 'utf8')),
  );
  const next = assertPolicy(readExample('messenger-platform'));

  it('compare enum values (pseudonymisation purposes, channels, devices, schemes) in the words given', () => {
    expect(registeredTranslations()).toEqual([]);
    const changed = assertPolicy({
      ...readExample('messenger-platform'),
      pseudonymisedInformation: (
        readExample('messenger-platform').pseudonymisedInformation as Record<string, unknown>[]
      ).map((entry) => ({ ...entry, purposeKind: 'publicInterestArchiving' })),
    });
    const diff = diffPolicies(next, changed, { locales: ['ko'], translations: [ko, koReview] });
    expect(diff.changes.some((change) => change.path.includes('purposeKind'))).toBe(true);
    expect(diff.changes.map((change) => change.jsonPath)).toContain(
      '$.pseudonymisedInformation[0].purposeKind',
    );
  });

  it('make the whole change notice of the example versions', () => {
    const notice = changeNotice(previous, next, { locales: ['ko'], translations: [ko, koReview] });
    expect(notice.diff.changes.length).toBeGreaterThan(0);
  });
});
