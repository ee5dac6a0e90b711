// lintPolicy and diffPolicies time (issue target: ≤ 5 ms each) for the largest bundled example — the messenger, with
// its previous version for the diff — and for a generated policy of 1,000 collected-item groups. Figures only, no
// timed assertions: a shared machine's timings vary.
import { readFileSync } from 'node:fs';
import { assertPolicy, changeNotice, diffPolicies, lintPolicy } from '@privacy-label-kit/schema';

const read = (path) => assertPolicy(JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run, runs = 50) {
  for (let index = 0; index < 5; index++) run(); // warm up: JIT, memoised words
  const times = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** The messenger with its collected-item groups repeated to `count`, ids made unique. */
function widened(policy, count) {
  const collectedItems = Array.from({ length: count }, (_, index) => {
    const item = policy.collectedItems[index % policy.collectedItems.length];
    return { ...item, id: `${item.id}-${index}` };
  });
  return { ...policy, collectedItems, sensitiveInformation: [], uniqueIdentifiers: [] };
}

export default function run() {
  const previous = read('../../assets/examples/versions/messenger-platform-3.1.json');
  const next = read('../../assets/examples/messenger-platform.json');
  const rows = [
    ['lintPolicy(messenger)', time(() => lintPolicy(next))],
    ['lintPolicy(messenger, { previous })', time(() => lintPolicy(next, { previous }))],
    ['diffPolicies(messenger 3.1 → 4.0)', time(() => diffPolicies(previous, next))],
    ['changeNotice(messenger 3.1 → 4.0)', time(() => changeNotice(previous, next))],
  ];
  const bigPrevious = widened(previous, 1000);
  const bigNext = widened(next, 1000);
  rows.push(
    ['lintPolicy(1,000 groups)', time(() => lintPolicy(bigNext), 10)],
    ['diffPolicies(1,000 groups)', time(() => diffPolicies(bigPrevious, bigNext), 10)],
  );
  console.log(
    `messenger: ${next.collectedItems.length} collected-item groups, ${next.purposes.length} purposes`,
  );
  for (const [name, ms] of rows) console.log(`${name.padEnd(40)} ${ms.toFixed(2)} ms (median)`);
  console.log('target: lint and diff ≤ 5 ms each for the largest example');
}
