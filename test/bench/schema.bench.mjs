// Parse + derive time for a generated policy with 1,000 collected-item groups (issue target: under 50 ms).
import { readFileSync } from 'node:fs';
import { deriveLabels, parsePolicy } from '@privacy-label-kit/schema';

const bases = ['consentRequired', 'consentOptional', 'contract', 'legalObligation', 'deemedConsent'];
const stages = ['signUp', 'serviceUse', 'automatic'];

function generatePolicy(itemCount) {
  const base = JSON.parse(
    readFileSync(new URL('../../assets/examples/small-shop.json', import.meta.url), 'utf8'),
  );
  base.collectedItems = Array.from({ length: itemCount }, (_, index) => {
    const basis = bases[index % bases.length];
    return {
      id: `item-${index}`,
      stage: stages[index % stages.length],
      items: [
        { ko: `항목 ${index}-가`, en: `Item ${index}-a` },
        { ko: `항목 ${index}-나`, en: `Item ${index}-b` },
      ],
      basis,
      ...(basis === 'legalObligation' ? { law: { ko: '전자상거래법', en: 'E-Commerce Act' } } : {}),
      ...(basis === 'deemedConsent'
        ? {
            deemedConsent: {
              objectionDays: 7,
              howToObject: { ko: '설정에서 거부', en: 'Object in settings' },
            },
          }
        : {}),
      purposeIds: ['order', 'membership'],
      retention:
        index % 2
          ? { kind: 'untilAccountDeletion' }
          : { kind: 'period', duration: { value: 3, unit: 'years' } },
      refusal:
        basis === 'contract'
          ? { canRefuse: false, consequence: { ko: '일부 기능 제한', en: 'Some features unavailable' } }
          : {
              canRefuse: true,
              effect: 'featureUnavailable',
              consequence: { ko: '일부 기능 제한', en: 'Some features unavailable' },
            },
    };
  });
  return base;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export default async function benchSchema() {
  const input = generatePolicy(1000);
  const bytes = Buffer.byteLength(JSON.stringify(input));
  const timings = { parse: [], derive: [] };
  for (let run = 0; run < 25; run++) {
    const started = performance.now();
    const result = parsePolicy(input);
    const parsed = performance.now();
    if (!result.ok) throw new Error(result.errors[0].message.en);
    deriveLabels(result.policy, { locale: 'ko' });
    deriveLabels(result.policy, { locale: 'en' });
    const derived = performance.now();
    if (run >= 5) {
      timings.parse.push(parsed - started);
      timings.derive.push(derived - parsed);
    }
  }
  const total = median(timings.parse) + median(timings.derive);
  console.log(
    `policy with 1,000 collected-item groups (${(bytes / 1024).toFixed(0)} KB JSON), median of 20 runs:`,
  );
  console.log(`  parsePolicy         ${median(timings.parse).toFixed(1)} ms`);
  console.log(`  deriveLabels ko+en  ${median(timings.derive).toFixed(1)} ms`);
  console.log(`  total               ${total.toFixed(1)} ms   (target < 50 ms)`);
}
