import { PrivacyPolicy } from '@privacy-label-kit/react';
import { assertPolicy, type Policy } from '@privacy-label-kit/schema';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { exampleNames, readExample } from '../fixtures/examples.js';

// Korean particles written for both cases at once: the page must choose one (withParticle) instead.
const unresolvedParticles = ['(는)', '(은)', '이(가)', '을(를)', '(으)로', '와(과)', '과(와)'];

const render = (policy: Policy, locale: string) =>
  renderToStaticMarkup(createElement(PrivacyPolicy, { policy, locale }));

// The built package, as an application renders it on the server.
describe('the words of the policy page', () => {
  it.each(exampleNames().flatMap((example) => ['ko', 'en'].map((locale) => ({ example, locale }))))(
    '$example ($locale): no particle is left for the reader to choose',
    ({ example, locale }) => {
      const html = render(assertPolicy(readExample(example)), locale);
      for (const particle of unresolvedParticles) expect(html, particle).not.toContain(particle);
    },
  );

  it.each([
    ['주식회사 오로라', '주식회사 오로라는 '],
    ['밀과 소금', '밀과 소금은 '],
  ])('names the controller "%s" with the particle its last sound takes', (name, expected) => {
    const input = readExample('small-shop') as { controller: { name: Record<string, string> } };
    input.controller.name = { ko: name, en: 'Aurora Inc.' };
    const html = render(assertPolicy(input), 'ko');
    expect(html).toContain(`${expected}「개인정보 보호법」 제30조에 따라`);
  });
});
