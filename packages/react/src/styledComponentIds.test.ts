// styled-components numbers generated class names by the order in which styled components are created. The server
// loads every module of the package; a client bundle that drops unused modules (sideEffects: false) creates fewer, so
// without a fixed componentId the class names differ and hydration warns ("Prop `className` did not match"). Every
// styled component therefore names itself with `.withConfig({ componentId })`, unique in the package.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sourceDirectory = import.meta.dirname;
const sources = (readdirSync(sourceDirectory, { recursive: true }) as string[]).filter(
  (name) => /\.tsx?$/.test(name) && !/\.(test|stories)\.tsx?$/.test(name),
);

describe('styled components', () => {
  it('each carry a fixed componentId, so class names do not depend on which modules a bundle keeps', () => {
    const declarations = sources.flatMap((name) =>
      [
        ...readFileSync(join(sourceDirectory, name), 'utf8').matchAll(
          /=\s*(staticInServerComponents\(\s*)?styled[.(][^`]*`/g,
        ),
      ].map((match) => ({ name, code: match[0], static: match[1] !== undefined })),
    );
    expect(declarations.length).toBeGreaterThan(10);
    const withoutId = declarations.filter((declaration) => !declaration.code.includes('componentId'));
    expect(withoutId).toEqual([]);
    const ids = declarations.map((declaration) => /componentId: '([^']+)'/.exec(declaration.code)?.[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // And each has its static form for Server Components, which `styles.css` styles (theme/staticStyles.ts).
    expect(declarations.filter((declaration) => !declaration.static)).toEqual([]);
  });
});
