// Writes dist/styles.css: the rules of every styled component of the package, as styled-components writes them,
// with each generated class name replaced by the component's fixed id (`.plk-LabelBadge`). A page rendered as a React
// Server Component draws each styled component as a plain element with that id as its class
// (src/theme/staticStyles.ts) and loads this file instead of carrying <style> elements. Run by `npm run build`,
// after tsc, from the built modules.
import { writeFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
// Loads every component module, so every styled component is defined (and registered) in the order the main entry
// defines them, which is the order styled-components gives their rules when an app loads the main entry. (An app
// that bundles fewer modules may see another order; the page's own components nest in this one, and
// test/browser/static-stylesheet.test.ts compares the computed styles of every example.)
import '../dist/index.js';
import { registeredStyledComponents } from '../dist/theme/staticStyles.js';

const components = registeredStyledComponents();
const idOfGeneratedClass = new Map();
const sheet = new ServerStyleSheet();
let css;
try {
  for (const component of components) {
    const html = renderToStaticMarkup(sheet.collectStyles(createElement(component)));
    const classes = /class="([^"]*)"/.exec(html)?.[1].split(' ') ?? [];
    const generated = classes.filter((name) => name !== component.styledComponentId);
    if (!classes.includes(component.styledComponentId) || generated.length !== 1) {
      throw new Error(
        `${component.styledComponentId}: expected its id and one generated class, got "${classes}"`,
      );
    }
    idOfGeneratedClass.set(generated[0], component.styledComponentId);
  }
  css = sheet
    .getStyleTags()
    .replace(/<\/?style[^>]*>/g, '')
    // styled-components' rehydration markers, which only its client reads.
    .replace(/data-styled\.g\d+\[id="[^"]*"\]\{content:"[^"]*"\}/g, '')
    .replace(/\/\*!sc\*\//g, '')
    .replace(/\n+/g, '');
} finally {
  sheet.seal();
}

let replaced = 0;
const stylesheet = css.replace(/\.([A-Za-z][\w-]*)/g, (whole, name) => {
  const id = idOfGeneratedClass.get(name);
  if (!id) return whole;
  replaced++;
  return `.${id}`;
});
const left = [...idOfGeneratedClass.keys()].filter((name) => stylesheet.includes(`.${name}`));
if (replaced === 0 || left.length > 0)
  throw new Error(`styles.css: generated classes left: ${left.join(', ')}`);

const output = new URL('../dist/styles.css', import.meta.url);
writeFileSync(
  output,
  `/* @privacy-label-kit/react: the components' styles, for pages rendered as React Server Components. */\n${stylesheet}\n`,
);
console.log(
  `styles.css: ${components.length} components, ${(Buffer.byteLength(stylesheet) / 1024).toFixed(1)} KB`,
);
