import { deriveLabels } from '@privacy-label-kit/schema';
import { styled } from 'styled-components';
import { LabelSummary } from '../../packages/react/src/LabelSummary/LabelSummary.js';
import { examplePolicy } from '../fixtures/examplePolicies.js';
import { useDocsLocale } from './docsGlobals.js';

const words = {
  ko: {
    summary:
      '웹사이트의 라벨 요약: React 컴포넌트가 정책 데이터에서 그립니다. 라벨을 누르면 해당 조항으로 갑니다.',
    sheet: '라벨 한 장: 정책의 모든 라벨을 A4 한 장에 (PDF)',
    sheetAlt:
      'A4 라벨 시트 미리보기: 작은 온라인 상점 예시의 라벨 13개가 기호와 설명(예: 제3자 제공 1곳, 보유 기간 5년)과 함께 격자로 놓여 있습니다.',
    page: '한 장짜리 요약: 라벨, 핵심 사실, 처리방침 주소와 QR 코드 (PDF)',
    pageAlt:
      '한 장짜리 요약 PDF 미리보기: 맨 위에 라벨 요약, 그 아래 개인정보 보호책임자와 보유 기간 같은 핵심 사실 표, 맨 아래 처리방침 주소와 QR 코드.',
    open: '크게 보기',
  },
  en: {
    summary:
      'The label summary on a website: the React component draws it from the policy data; each label links to its section.',
    sheet: 'A label sheet: every label of the policy on one A4 page (PDF)',
    sheetAlt:
      'Preview of an A4 label sheet: the small online shop example’s 13 labels in a grid, each symbol with its caption (e.g. third-party provision to 1 recipient, kept 5 years).',
    page: 'A one-page summary: the labels, key facts, the policy’s address and a QR code (PDF)',
    pageAlt:
      'Preview of the one-page summary PDF: the label summary at the top, a table of key facts such as the privacy officer and retention below it, and the policy address with a QR code at the bottom.',
    open: 'Open full size',
  },
} as const;

/** What the kit makes, from one example policy: the live label summary, and the label sheet and summary page PDFs. */
export function IntroShowcase() {
  const locale = useDocsLocale();
  const text = words[locale];
  const labels = deriveLabels(examplePolicy('small-shop'), { locale });
  return (
    <Showcase lang={locale}>
      <figure className="summary">
        <LabelSummary labels={labels} locale={locale} headingLevel={3} description={false} />
        <figcaption>{text.summary}</figcaption>
      </figure>
      <div className="prints">
        {(
          [
            ['label-sheet', text.sheet, text.sheetAlt],
            ['summary', text.page, text.pageAlt],
          ] as const
        ).map(([file, caption, alt]) => (
          <figure key={file}>
            <a href={`./assets/intro/${file}-${locale}.png`} target="_blank" rel="noreferrer">
              <img src={`./assets/intro/${file}-${locale}.png`} alt={alt} width={661} height={935} />
              <span className="visually-hidden">{text.open}</span>
            </a>
            <figcaption>{caption}</figcaption>
          </figure>
        ))}
      </div>
    </Showcase>
  );
}

const Showcase = styled.div`
  display: grid;
  gap: 24px;
  margin: 24px 0 32px;
  figure {
    margin: 0;
  }
  figcaption {
    margin-top: 8px;
    font-size: 0.875rem;
    color: var(--plk-color-text-muted, #4e5968);
  }
  .prints {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
    gap: 24px;
  }
  .prints img {
    display: block;
    width: 100%;
    height: auto;
    border: 1px solid var(--plk-color-border, #dfe3e9);
    border-radius: 8px;
    background: #fff;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
