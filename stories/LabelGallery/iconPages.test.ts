import { readFileSync } from 'node:fs';
import { labelIds } from '@privacy-label-kit/schema';
import { describe, expect, it } from 'vitest';

const stories = readFileSync(new URL('./LabelIcons.stories.tsx', import.meta.url), 'utf8');

describe('the label gallery', () => {
  it('has a page for every label icon, in the order of the labels', () => {
    const pages = [...stories.matchAll(/iconPage\('([a-z-]+)'/g)].map((match) => match[1]);
    expect(pages).toEqual([...labelIds]);
  });
});
