import { getLabelIcon } from '@privacy-label-kit/icons/map';
import { LabelBadge, LabelIcon } from '@privacy-label-kit/react';
import {
  type DerivedLabel,
  deriveLabels,
  type LabelId,
  type BuiltInLocale as Locale,
} from '@privacy-label-kit/schema';
import type { ReactNode } from 'react';
import { styled } from 'styled-components';
import { useDocsLocale } from '../docs/docsGlobals.js';
import { examplePolicy } from '../fixtures/examplePolicies.js';

const words = {
  ko: { do: '이렇게 하세요', dont: '이렇게 하지 마세요' },
  en: { do: 'Do', dont: "Don't" },
} as const;

function labelFor(id: LabelId, locale: Locale): DerivedLabel {
  const label = deriveLabels(examplePolicy('messenger-platform'), { locale }).find(
    (candidate) => candidate.id === id,
  );
  if (!label) throw new Error(`The messenger example has no ${id} label`);
  return label;
}

export interface UsageRuleProps {
  /** The rule this pair illustrates. */
  rule: 'caption' | 'attention' | 'family' | 'print' | 'proportions';
  locale?: Locale;
}

/** A rendered do/don't pair for one usage rule, built from the real components and the real icons. */
export function UsageRule({ rule, locale = 'ko' }: UsageRuleProps) {
  const [good, bad, goodText, badText] = examples[rule](locale);
  return (
    <Pair lang={locale}>
      <Example data-kind="do">
        <p className="verdict">✓ {words[locale].do}</p>
        <div className="stage">{good}</div>
        <p>{goodText}</p>
      </Example>
      <Example data-kind="dont">
        <p className="verdict">✗ {words[locale].dont}</p>
        <div className="stage">{bad}</div>
        <p>{badText}</p>
      </Example>
    </Pair>
  );
}

type Examples = (locale: Locale) => [ReactNode, ReactNode, string, string];

const examples: Record<UsageRuleProps['rule'], Examples> = {
  caption: (locale) => {
    const label = labelFor('third-party-provision', locale);
    return [
      <LabelBadge key="do" label={label} icon={getLabelIcon(label.id)} locale={locale} />,
      <LabelIcon key="dont" icon={getLabelIcon(label.id)} size={44} />,
      locale === 'ko'
        ? '기호 옆에는 언제나 정책 데이터에서 만든 짧은 설명을 둡니다. 기호만으로는 뜻이 전해지지 않습니다.'
        : 'Always pair the symbol with its caption generated from the policy data. A symbol alone says too little.',
      locale === 'ko'
        ? '설명 없이 기호만 두지 마세요. 화면 낭독기에는 아무것도 읽히지 않습니다.'
        : 'Never show the symbol alone: screen readers get nothing, and readers must guess.',
    ];
  },
  attention: (locale) => {
    const label = labelFor('collected-items', locale);
    return [
      <LabelBadge key="do" label={label} icon={getLabelIcon(label.id)} locale={locale} />,
      <ColourOnly key="dont">
        <LabelBadge label={{ ...label, attention: [] }} icon={getLabelIcon(label.id)} locale={locale} />
      </ColourOnly>,
      locale === 'ko'
        ? '간주 동의처럼 꼭 알아야 할 내용은 글로 적어 보여 줍니다.'
        : 'Spell out what readers must not miss, such as deemed consent, in words.',
      locale === 'ko'
        ? '주의할 내용을 빨간 테두리 같은 색으로만 나타내지 마세요. 색을 구별하기 어려운 사람과 흑백 인쇄에서는 사라집니다.'
        : 'Never signal a warning by colour alone, such as a red border: it vanishes for colour-blind readers and in print.',
    ];
  },
  family: (locale) => {
    const icon = getLabelIcon('retention');
    const label = labelFor('retention', locale);
    return [
      <LabelBadge key="do" label={label} icon={icon} locale={locale} />,
      <LabelBadge key="dont" label={label} icon={{ ...icon, family: 'protection' }} locale={locale} />,
      locale === 'ko'
        ? '개인정보 종류는 원, 처리 단계는 육각형, 보호 의무는 둥근 사각형, 영상정보처리기기는 네 모서리 틀을 씁니다. 틀의 모양이 라벨의 종류를 알려 줍니다.'
        : 'Data types sit in a circle, processing stages in a hexagon, protection duties in a rounded square, video devices inside viewfinder corners: the frame tells the family.',
      locale === 'ko'
        ? '틀을 바꾸지 마세요. 보유 기간은 처리 단계이므로 사각형에 넣으면 뜻이 흐려집니다.'
        : 'Never swap frames: retention is a processing stage, so a square frame misleads.',
    ];
  },
  print: (locale) => {
    const label = labelFor('overseas-transfer', locale);
    return [
      <LabelBadge key="do" label={label} icon={getLabelIcon(label.id)} locale={locale} variant="offline" />,
      <Faded key="dont">
        <LabelIcon icon={getLabelIcon(label.id)} size={44} />
      </Faded>,
      locale === 'ko'
        ? '종이와 상자에는 흑백 오프라인 버전을 10mm 이상으로 인쇄합니다.'
        : 'On paper and boxes, print the monochrome offline variant at 10 mm or larger.',
      locale === 'ko'
        ? '컬러 버전을 흐리게 줄여 인쇄하지 마세요. 작은 크기에서 선이 뭉개집니다.'
        : 'Never print the colour variant faded or tiny: thin strokes blur away.',
    ];
  },
  proportions: (locale) => {
    const icon = getLabelIcon('security-measures');
    return [
      <LabelIcon key="do" icon={icon} size={56} title={icon.title[locale]} />,
      <Stretched key="dont">
        <LabelIcon icon={icon} size={56} title={icon.title[locale]} />
      </Stretched>,
      locale === 'ko'
        ? '아이콘은 정해진 비율과 선 굵기 그대로 씁니다. 크기만 바꾸세요.'
        : 'Use icons at their own proportions and stroke; change only their size.',
      locale === 'ko'
        ? '늘이거나 기울이거나 다른 색으로 칠하지 마세요.'
        : 'Never stretch, skew or recolour them.',
    ];
  },
};

const Pair = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
  gap: 16px;
  margin: 16px 0 32px;
  font-family: 'Noto Sans KR', 'Noto Sans CJK KR', system-ui, sans-serif;
  word-break: keep-all;
  overflow-wrap: break-word;
`;

const Example = styled.figure`
  margin: 0;
  padding: 16px;
  border-radius: 12px;
  border: 2px solid #1e7a46;
  background: #fff;
  color: #1a1d23;
  &[data-kind='dont'] {
    border-color: #b42318;
  }
  .verdict {
    margin: 0 0 12px;
    font-weight: 700;
    color: #1e7a46;
  }
  &[data-kind='dont'] .verdict {
    color: #b42318;
  }
  .stage {
    min-height: 96px;
    display: flex;
    align-items: center;
  }
  p {
    margin: 12px 0 0;
    font-size: 0.9rem;
    line-height: 1.5;
  }
`;

const ColourOnly = styled.div`
  border: 3px solid #d92d20;
  border-radius: 12px;
`;

const Faded = styled.div`
  opacity: 0.35;
  transform: scale(0.45);
  transform-origin: left center;
`;

const Stretched = styled.div`
  transform: scaleX(1.7) skewX(-12deg);
  transform-origin: left center;
  color: #e67e22;
  & svg {
    color: #e67e22 !important;
  }
`;

/** A usage rule in the docs page's language (the toolbar's choice). */
export function UsageRuleInPage({ rule }: Pick<UsageRuleProps, 'rule'>) {
  return <UsageRule rule={rule} locale={useDocsLocale()} />;
}
