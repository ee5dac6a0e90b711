import { readFileSync } from 'node:fs';
import { labelIds } from '@privacy-label-kit/schema';
import { describe, expect, it } from 'vitest';

const stories = readFileSync(new URL('./LabelIcons.stories.tsx', import.meta.url), 'utf8');

describe('the label gallery', () => {
  it('has a page for every label icon, in the order of the labels', () => {
    const pages = [...stories.matchAll(/iconPage\(\s*'([a-z-]+)'/g)].map((match) => match[1]);
    expect(pages).toEqual([...labelIds]);
  });

  it('names every icon page in the sidebar, where the indexer reads a literal name', () => {
    const exports = [...stories.matchAll(/^export const \w+: Story = \{[^}]*?name: '[^']+'/gms)];
    expect(exports).toHaveLength(labelIds.length);
  });
});
