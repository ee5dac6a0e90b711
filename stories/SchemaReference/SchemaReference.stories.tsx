import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { SchemaReference } from './SchemaReference.js';

const meta = {
  title: 'Schema reference/Fields',
  component: SchemaReference,
  // Tests of the table on the "Schema reference" page: run by `npm test`, kept out of the sidebar and the docs.
  tags: ['!dev', '!autodocs'],
  args: { locale: 'ko' },
  argTypes: { locale: { control: 'inline-radio', options: ['ko', 'en'] } },
} satisfies Meta<typeof SchemaReference>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AllFields: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Fields come from the JSON Schema: the required officer email and the legal-basis choices are listed.
    expect(canvas.getByText('privacyOfficer.email')).toBeTruthy();
    expect(canvas.getAllByText(/"deemedConsent"/).length).toBeGreaterThan(0);
  },
};

export const CollectedItems: Story = { args: { locale: 'en', section: 'collectedItems' } };

/** Search finds fields by name, description or choice, and keeps their section heading. */
export const Search: Story = {
  args: { locale: 'en', initialQuery: 'deemedConsent' },
  play: async ({ canvasElement }) => {
    const headings = [...canvasElement.querySelectorAll('section h2 code')].map((code) => code.textContent);
    expect(headings).toContain('collectedItems');
    expect(headings).not.toContain('controller');
  },
};
