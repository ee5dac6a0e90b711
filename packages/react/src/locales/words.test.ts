import { labelIds } from '@privacy-label-kit/schema';
import { schemaEn } from '@privacy-label-kit/schema/locales/en';
import { schemaKo } from '@privacy-label-kit/schema/locales/ko';
import { describe, expect, it } from 'vitest';
import { pageEn } from './en.js';
import { pageKo } from './ko.js';
import type { PageWords } from './words.js';

/** Every leaf of a words object by its dotted path: strings and template functions. */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

// A value for every parameter a template takes. A template that asks for a parameter not listed here fails the test,
// so a new parameter is added here, where both languages are checked with it.
const sampleValues: Record<string, string | number> = {
  controller: '주식회사 오로라',
  days: 7,
  years: 7,
  inactivity: '1년',
  storage: '4년',
  within: '10일',
  date: '2026. 3. 2.',
  version: '2.0',
  from: '2025. 6. 2.',
  to: '2026. 2. 3.',
  severity: '오류',
  count: 2,
  topic: '개인정보가 뭐예요?',
  section: '만 14세 미만 아동의 개인정보 처리',
  label: '제3자 제공',
};

/** Calls a template, recording which parameters it reads. */
function callTemplate(template: (values: never) => string): { text: string; parameters: string[] } {
  const read = new Set<string>();
  const values = new Proxy(
    {},
    {
      get: (_, name: string) => {
        if (!(name in sampleValues)) throw new Error(`No sample value for parameter "${name}"`);
        read.add(name);
        return sampleValues[name];
      },
    },
  );
  return { text: template(values as never), parameters: [...read].sort() };
}

const bundles: Record<string, PageWords> = { ko: pageKo, en: pageEn };
const paths = (words: PageWords) => leaves(words).map(([path]) => path);

// Particles written for both cases at once; withParticle picks the right one instead.
const unresolvedParticles = ['(는)', '(은)', '이(가)', '을(를)', '(으)로', '와(과)', '과(와)', '(이)'];

describe('the page words', () => {
  it('are implemented in full by the Korean and the English bundle', () => {
    expect(paths(pageEn)).toEqual(paths(pageKo));
    expect(paths(pageKo).length).toBeGreaterThan(150);
    for (const [language, words] of Object.entries(bundles)) {
      const empty = leaves(words).filter(
        ([, value]) => typeof value !== 'function' && (typeof value !== 'string' || !value.trim()),
      );
      expect(empty, language).toEqual([]);
    }
  });

  it('give each template the same parameters in both languages, and use every one of them', () => {
    const enTemplates = new Map(leaves(pageEn));
    const templates = leaves(pageKo).filter(([, value]) => typeof value === 'function');
    expect(templates.length).toBeGreaterThanOrEqual(8);
    for (const [path, koTemplate] of templates) {
      const ko = callTemplate(koTemplate as (values: never) => string);
      const en = callTemplate(enTemplates.get(path) as (values: never) => string);
      expect(en.parameters, path).toEqual(ko.parameters);
      for (const { text, parameters } of [ko, en]) {
        for (const parameter of parameters) expect(text, path).toContain(String(sampleValues[parameter]));
      }
    }
  });

  it('never show a reader both forms of a Korean particle or a raw placeholder', () => {
    for (const [language, words] of Object.entries(bundles)) {
      for (const [path, value] of leaves(words)) {
        const text = typeof value === 'function' ? callTemplate(value as (v: never) => string).text : value;
        for (const particle of unresolvedParticles)
          expect(text, `${language} ${path}`).not.toContain(particle);
        expect(text, `${language} ${path}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('choose the Korean particle by the controller’s last sound', () => {
    expect(pageKo.document.intro({ controller: '주식회사 오로라' })).toMatch(/^주식회사 오로라는 /);
    expect(pageKo.document.intro({ controller: '밀과 소금' })).toMatch(/^밀과 소금은 /);
  });

  it('write English counts in the singular or the plural', () => {
    expect(pageEn.collectedItems.deemedConsent({ days: 1 })).toContain('within 1 day,');
    expect(pageEn.collectedItems.deemedConsent({ days: 7 })).toContain('within 7 days,');
  });

  it('name the section of every label, Korean in Hangul', () => {
    for (const id of labelIds) {
      expect(schemaKo.labels[id].heading, id).toMatch(/\p{Script=Hangul}/u);
      expect(schemaEn.labels[id].heading, id).toMatch(/^[A-Z]/);
    }
  });
});
