import { assertPolicy, deriveLabels, lintPolicy } from '@privacy-label-kit/schema';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import previousVersion from '../../../../assets/examples/versions/messenger-platform-3.1.json' with {
  type: 'json',
};
import { examplePolicy } from '../../../../stories/fixtures/examplePolicies.js';
import { LabelSummary } from '../LabelSummary/LabelSummary.js';
import { PolicyComparison } from '../PolicyComparison/PolicyComparison.js';
import { PolicyFindings } from '../PolicyFindings/PolicyFindings.js';
import { ChangeNotice } from './ChangeNotice.js';

// The second seed as two versions of the messenger example: 3.1 (June 2025), and 4.0 (4 Feb 2026), which collects usage
// records and patterns for recommendations, ads and AI by deemed consent, refusal ending the contract.
const previous = assertPolicy(previousVersion);
const next = examplePolicy('messenger-platform');

const meta = {
  title: 'Components/ChangeNotice',
  component: ChangeNotice,
  args: { previous, next, locale: 'ko' },
  argTypes: {
    previous: { control: false },
    next: { control: false },
    locale: { control: 'inline-radio', options: ['ko', 'en'] },
  },
} satisfies Meta<typeof ChangeNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What changes on 4 Feb 2026, the labels that change, until when to object, and that refusing ends the contract. */
export const SecondSeed: Story = {
  play: ({ canvasElement }) => {
    const canvas = within(canvasElement);
    expect(
      canvas.getByText('도토리톡 주식회사는 2026. 2. 4.부터 개인정보 처리방침(버전 4.0)을 바꿉니다.'),
    ).toBeTruthy();
    expect(canvasElement.querySelector('[data-plk-deadline]')?.textContent).toContain('2026. 2. 11.까지');
    expect(canvasElement.textContent).toContain('거부하면 이용 계약이 해지됩니다.');
    expect(canvas.getByRole('table')).toBeTruthy();
  },
};

export const SecondSeedEnglish: Story = {
  args: { locale: 'en' },
  play: ({ canvasElement }) => {
    expect(canvasElement.textContent).toContain('you are treated as agreeing');
    expect(canvasElement.textContent).toContain('If you refuse, your contract ends.');
  },
};

/** The author's preview: the same notice with what the checks find (Arts. 22(5) and 16(3)). */
export const WithFindings: Story = {
  args: { showFindings: true },
  play: ({ canvasElement }) => {
    expect(canvasElement.querySelectorAll('[data-plk-finding="error"]')).toHaveLength(2);
    expect(canvasElement.textContent).toContain('개인정보 보호법 제16조제3항·제22조제5항');
  },
};

export const NothingChanges: Story = { args: { previous: next } };

/**
 * The whole scenario on one page: the new version's labels with their warnings, the notice, the comparison table and
 * the findings, in Korean and English.
 */
export const Scenario: Story = {
  parameters: { layout: 'padded' },
  render: (args) => {
    const locale = args.locale ?? 'ko';
    return (
      <div style={{ display: 'grid', gap: '2rem' }}>
        <LabelSummary labels={deriveLabels(next, { locale })} locale={locale} />
        <ChangeNotice previous={previous} next={next} locale={locale} showComparison={false} />
        <PolicyComparison previous={previous} next={next} locale={locale} />
        <PolicyFindings findings={lintPolicy(next, { previous })} locale={locale} />
      </div>
    );
  },
  play: ({ canvasElement }) => {
    expect(canvasElement.querySelector('[data-plk-attention="deemed-consent"]')).toBeTruthy();
    // Three changed fields and the two warnings the collected-items label gains.
    expect(canvasElement.querySelectorAll('[data-plk-comparison] tbody tr')).toHaveLength(5);
    expect(canvasElement.querySelectorAll('[data-plk-finding="error"]')).toHaveLength(2);
  },
};

export const ScenarioEnglish: Story = { ...Scenario, args: { locale: 'en' } };
