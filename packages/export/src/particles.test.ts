import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deriveLabels, type Policy, parsePolicy } from '@privacy-label-kit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { readExample } from '../../../test/fixtures/examples.js';
// The public entry, which registers the built-in words, as a user imports it.
import {
  type CliWords,
  exportEn,
  exportKo,
  type PolicyFileWords,
  renderLabelSheetPdf,
  renderLabelSvg,
  renderSummaryPdf,
  summaryFacts,
} from './index.js';
import { parseSvg, pdfText, runCli, temporaryFolder } from './testing/support.js';

/**
 * Both forms of a Korean particle written side by side, the way a template hedges when it does not know the word
 * before it. A reader sees a form: every Korean sentence we print picks the particle (`withParticle`) or puts a
 * noun of its own before it.
 */
const hedgedParticles = ['(는)', '(은)', '이(가)', '을(를)', '(으)로', '와(과)', '과(와)'];

function expectNoHedgedParticle(text: string, where: string): void {
  for (const pattern of hedgedParticles) expect(text, `${where} has "${pattern}"`).not.toContain(pattern);
}

const examples = ['small-shop', 'kids-learning-app', 'messenger-platform'] as const;
const locales = ['ko', 'en'] as const;
const creationDate = new Date('2026-03-02T00:00:00Z');

function example(name: string): Policy {
  const result = parsePolicy(readExample(name));
  if (!result.ok) throw new Error(`${name} is not valid`);
  return result.policy;
}

let folder: string;
beforeAll(async () => {
  folder = await temporaryFolder();
});

describe('no hedged particles in anything the exporter writes', () => {
  for (const name of examples) {
    for (const locale of locales) {
      it(`${name} in ${locale}: label cards, label sheet and summary`, async () => {
        const policy = example(name);
        const labels = deriveLabels(policy, { locale });
        for (const label of labels) {
          const svg = renderLabelSvg(label, { variant: 'online', locale });
          const document = parseSvg(svg);
          const shown = [...document.getElementsByTagName('text')].map((text) => text.textContent).join('\n');
          const spoken = document.getElementsByTagName('title')[0]!.textContent ?? '';
          const described = document.getElementsByTagName('desc')[0]!.textContent ?? '';
          expect(shown).toContain(label.caption.split(' ')[0]);
          expectNoHedgedParticle(`${shown}\n${spoken}\n${described}`, `${name}/${locale}/${label.id}.svg`);
        }
        for (const fact of summaryFacts(policy, locale)) {
          expectNoHedgedParticle(`${fact.term} ${fact.value}`, `${name}/${locale} key fact ${fact.term}`);
        }
        const sheet = join(folder, `sheet-${name}-${locale}.pdf`);
        await writeFile(
          sheet,
          await renderLabelSheetPdf(policy, labels, { variant: 'offline', locale, creationDate }),
        );
        const summary = join(folder, `summary-${name}-${locale}.pdf`);
        await writeFile(
          summary,
          await renderSummaryPdf(policy, labels, { variant: 'online', locale, creationDate }),
        );
        const sheetText = await pdfText(sheet);
        const summaryText = await pdfText(summary);
        // The text layer is really there (a blank extraction would pass any "not.toContain").
        expect(sheetText).toContain(labels[0]!.title);
        expect(summaryText).toContain(labels[0]!.title);
        expectNoHedgedParticle(sheetText, `label sheet ${name}/${locale}`);
        expectNoHedgedParticle(summaryText, `summary ${name}/${locale}`);
      });
    }
  }
});

/** Every message of a words object, filled with sample values: a Korean name, a Latin option, a number. */
function everyMessage(words: object, samples: unknown[][]): string[] {
  const messages: string[] = [];
  for (const value of Object.values(words)) {
    if (typeof value === 'string') messages.push(value);
    else if (typeof value === 'function') {
      for (const args of samples) messages.push(String((value as (...args: unknown[]) => unknown)(...args)));
    } else if (value && typeof value === 'object') messages.push(...everyMessage(value, samples));
  }
  return messages;
}

describe('no hedged particles in the CLI’s messages', () => {
  const samples = [
    ['우리가게', '라벨', ['svg', 'png'], '3'],
    ['--format', 'out', ['ko', 'en'], '1'],
    [1, '12.5', ['라벨'], '2.0'],
  ];

  it('has none in any message of either language, whatever is filled in', () => {
    for (const words of [exportKo, exportEn]) {
      const cli: CliWords = words.cli;
      const policyFile: PolicyFileWords = words.policyFile;
      for (const message of everyMessage({ cli, policyFile }, samples)) {
        expectNoHedgedParticle(message, `${words.locale}: ${message}`);
      }
    }
  });

  it('prints none when validate reports an invalid file, a JSON syntax error or a usage error', async () => {
    const policy = readExample('small-shop');
    policy.policyUrl = 'ftp://example';
    policy.defaultLocale = 'Korean';
    policy.colour = 'blue';
    delete policy.privacyOfficer;
    (policy.collectedItems as Array<Record<string, unknown>>)[0]!.basis = 'consent';
    (policy.purposes as unknown[]).length = 0;
    const invalid = join(folder, 'invalid.json');
    await writeFile(invalid, JSON.stringify(policy, null, 2));
    const syntax = join(folder, 'syntax.json');
    await writeFile(syntax, '{\n  "policyUrl": "https://a.example" "title": 1\n}\n');

    for (const env of [{}, { LANG: 'ko_KR.UTF-8' }]) {
      const reported = await runCli(['validate', invalid, '--locale', 'both'], env);
      expect(reported.code).toBe(1);
      expect(reported.stdout.split('\n').length).toBeGreaterThan(5);
      expectNoHedgedParticle(reported.stdout + reported.stderr, `validate ${JSON.stringify(env)}`);
      const broken = await runCli(['validate', syntax, '--locale', 'both'], env);
      expect(broken.code).toBe(2);
      expectNoHedgedParticle(broken.stdout + broken.stderr, `validate syntax ${JSON.stringify(env)}`);
      const usage = await runCli(['export', invalid, '--out', folder, '--variant', 'colour', '--formt'], env);
      expect(usage.code).toBe(2);
      expectNoHedgedParticle(usage.stderr, `usage ${JSON.stringify(env)}`);
    }
  });
});
