import { LabelSummary, PrivacyPolicy } from '@privacy-label-kit/react';
import type { DerivedLabel, Policy } from '@privacy-label-kit/schema/core';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { PrintPreview } from './PrintPreview.js';
import type { BuilderWords } from './words/words.js';

const Aside = styled.aside.withConfig({ componentId: 'builder-preview' })`
  position: sticky;
  top: 0;
  max-height: 100vh;
  overflow: auto;
  border-left: 1px solid var(--line);
  background: var(--surface);
  padding: 1.25rem clamp(1rem, 2vw, 1.5rem) 2rem;
  min-width: 0;
  h2 { font-size: 1.25rem; margin: 0 0 0.75rem; }
  @media (max-width: 62rem) {
    position: static;
    max-height: none;
    border-left: 0;
    border-top: 1px solid var(--line);
  }
  .note { color: var(--muted); margin: 0 0 0.75rem; }
  .panel { background: #fff; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
`;

const Tabs = styled.div.withConfig({ componentId: 'builder-preview-tabs' })`
  display: flex;
  gap: 0.25rem;
  margin-bottom: 0.75rem;
  button {
    min-height: 44px;
    padding: 0.25rem 0.875rem;
    border: 1px solid var(--line);
    border-radius: 6px;
    background: #fff;
  }
  button[aria-selected='true'] { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 700; }
`;

type Tab = 'summary' | 'page' | 'print';
const tabs: readonly Tab[] = ['summary', 'page', 'print'];

export interface PreviewProps {
  words: BuilderWords;
  locale: 'ko' | 'en';
  policy: Policy | undefined;
  labels: readonly DerivedLabel[];
  /** The draft has errors: the preview shows the last valid version. */
  stale: boolean;
}

/** The live preview beside the form (below it on a phone): the label summary, the full page, the print layouts. */
export function Preview({ words, locale, policy, labels, stale }: PreviewProps) {
  const [tab, setTab] = useState<Tab>('summary');
  const id = useId();
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index + tabs.length - 1) % tabs.length
          : -1;
    if (next < 0) return;
    event.preventDefault();
    setTab(tabs[next] as Tab);
    buttons.current[next]?.focus();
  };
  return (
    <Aside aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{words.preview.heading}</h2>
      <Tabs role="tablist" aria-labelledby={`${id}-heading`} onKeyDown={onKeyDown}>
        {tabs.map((name, index) => (
          <button
            key={name}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-panel`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
          >
            {words.preview.tabs[name]}
          </button>
        ))}
      </Tabs>
      {stale ? <p className="note">{words.preview.lastValid}</p> : null}
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`} className="panel">
        {!policy ? (
          <p className="note" style={{ padding: '1rem' }}>
            {words.preview.nothingYet}
          </p>
        ) : tab === 'summary' ? (
          <LabelSummary labels={labels} locale={locale} headingLevel={3} />
        ) : tab === 'page' ? (
          <PrivacyPolicy policy={policy} locale={locale} headingLevel={3} />
        ) : (
          <PrintPreview words={words} locale={locale} policy={policy} />
        )}
      </div>
    </Aside>
  );
}
