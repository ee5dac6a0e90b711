// Regenerates policy.schema.json from the built zod schema: `npm run schema:generate`.
// A test fails while the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { policyJsonSchemaText } from '../dist/index.js';

const target = new URL('../policy.schema.json', import.meta.url);
writeFileSync(target, policyJsonSchemaText());
console.log(`wrote ${target.pathname}`);
