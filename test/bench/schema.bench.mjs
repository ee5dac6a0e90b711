// Parse + derive time for a generated policy with 1,000 collected-item groups (issue target: under 50 ms).
//
// `BENCH_BASELINE=<commit> npm run bench -- schema` also builds that commit's schema package and runs it side by side,
// interleaved in this one process, each on the input its own commit's bench generates (a schema change can make the
// two inputs differ), and prints the ratio: the machine is shared, so only a ratio from one run means anything.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deriveLabels, parsePolicy } from '@privacy-label-kit/schema';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

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

/** One timed run: parse, then derive in Korean and in English. */
function measureOnce(schema, input, timings) {
  const started = performance.now();
  const result = schema.parsePolicy(input);
  const parsed = performance.now();
  if (!result.ok) throw new Error(result.errors[0].message.en);
  schema.deriveLabels(result.policy, { locale: 'ko' });
  schema.deriveLabels(result.policy, { locale: 'en' });
  const derived = performance.now();
  timings.parse.push(parsed - started);
  timings.derive.push(derived - parsed);
}

/**
 * The schema package and bench input generator of `commit`, built into a temporary folder: its sources, its bench and
 * the example its bench starts from, bundled with esbuild (the bench gets `export { generatePolicy }` appended).
 */
async function buildBaseline(commit) {
  const folder = mkdtempSync(join(tmpdir(), 'plk-baseline-'));
  // What the build step of some commits reads (the label titles beside the icons) comes along when it exists.
  const paths = ['packages/schema', 'assets/examples', 'assets/icons', 'test/bench/schema.bench.mjs'].filter(
    (path) => {
      try {
        execFileSync('git', ['cat-file', '-e', `${commit}:${path}`], { cwd: root, stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    },
  );
  const archive = execFileSync('git', ['archive', commit, ...paths], {
    cwd: root,
    maxBuffer: 256 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', folder], { input: archive });
  const generator = join(folder, 'packages/schema/scripts/generate-label-titles.mjs');
  if (existsSync(generator)) execFileSync(process.execPath, [generator], { stdio: 'inherit' });
  const schemaBundle = join(folder, 'packages/schema/baseline.mjs');
  await build({
    entryPoints: [join(folder, 'packages/schema/src/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: schemaBundle,
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'error',
  });
  const benchSource = join(folder, 'test/bench/schema.bench.mjs');
  appendFileSync(benchSource, '\nexport { generatePolicy };\n');
  const benchBundle = join(folder, 'test/bench/baseline-bench.mjs');
  await build({
    entryPoints: [benchSource],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: benchBundle,
    alias: { '@privacy-label-kit/schema': schemaBundle },
    external: ['esbuild'],
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'error',
  });
  const schema = await import(pathToFileURL(schemaBundle).href);
  const { generatePolicy: generateBaselinePolicy } = await import(pathToFileURL(benchBundle).href);
  return {
    schema,
    input: generateBaselinePolicy(1000),
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

export default async function benchSchema() {
  const input = generatePolicy(1000);
  const bytes = Buffer.byteLength(JSON.stringify(input));
  const commit = process.env.BENCH_BASELINE;
  const baseline = commit ? await buildBaseline(commit) : undefined;
  const current = { schema: { parsePolicy, deriveLabels }, input };
  const runs = baseline ? 60 : 25;
  const warmUp = baseline ? 10 : 5;
  const timings = { parse: [], derive: [] };
  const baselineTimings = { parse: [], derive: [] };
  for (let run = 0; run < runs; run++) {
    const now = { parse: [], derive: [] };
    const then = { parse: [], derive: [] };
    measureOnce(current.schema, current.input, now);
    if (baseline) measureOnce(baseline.schema, baseline.input, then);
    if (run < warmUp) continue;
    timings.parse.push(...now.parse);
    timings.derive.push(...now.derive);
    baselineTimings.parse.push(...then.parse);
    baselineTimings.derive.push(...then.derive);
  }
  const total = median(timings.parse) + median(timings.derive);
  console.log(
    `policy with 1,000 collected-item groups (${(bytes / 1024).toFixed(0)} KB JSON), median of ${runs - warmUp} runs:`,
  );
  console.log(`  parsePolicy         ${median(timings.parse).toFixed(1)} ms`);
  console.log(`  deriveLabels ko+en  ${median(timings.derive).toFixed(1)} ms`);
  console.log(`  total               ${total.toFixed(1)} ms   (target < 50 ms)`);
  if (!baseline) return;
  const then = median(baselineTimings.parse) + median(baselineTimings.derive);
  console.log(`side by side with ${commit}, interleaved in this process (its own bench's input):`);
  for (const [name, key] of [
    ['parsePolicy', 'parse'],
    ['deriveLabels ko+en', 'derive'],
  ]) {
    const a = median(baselineTimings[key]);
    const b = median(timings[key]);
    console.log(`  ${name.padEnd(19)} ${a.toFixed(2)} → ${b.toFixed(2)} ms  (× ${(b / a).toFixed(2)})`);
  }
  console.log(
    `  ${'parse + derive'.padEnd(19)} ${then.toFixed(2)} → ${total.toFixed(2)} ms  (× ${(total / then).toFixed(2)})`,
  );
  baseline.remove();
}
