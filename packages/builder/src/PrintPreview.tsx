import type { Policy } from '@privacy-label-kit/schema/core';
import { useEffect, useId, useState } from 'react';
import { styled } from 'styled-components';
import type { PrintPreviewFile } from './pack.js';
import type { BuilderWords } from './words/words.js';

const Box = styled.div.withConfig({ componentId: 'builder-print-preview' })`
  padding: 1rem;
  display: grid;
  gap: 0.75rem;
  p { margin: 0; }
  ul { margin: 0; padding: 0; list-style: none; display: grid; gap: 0.375rem; }
  li a { display: inline-block; padding: 0.375rem 0; color: var(--accent); font-weight: 600; }
  .name { font-weight: 400; color: var(--muted); font-size: 0.8125rem; font-family: ui-monospace, monospace; word-break: break-all; }
  iframe { width: 100%; height: 32rem; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
`;

type State =
  | { state: 'idle' }
  | { state: 'making' }
  | { state: 'made'; files: PrintPreviewFile[]; policy: Policy; locale: string }
  | { state: 'failed'; reason: string };

export interface PrintPreviewProps {
  words: BuilderWords;
  locale: 'ko' | 'en';
  policy: Policy;
}

/**
 * The print layouts, made on request (the first one fetches the Korean fonts and pdfkit): each PDF opens in the
 * browser's viewer, the first one shown here.
 */
export function PrintPreview({ words, locale, policy }: PrintPreviewProps) {
  const [preview, setPreview] = useState<State>({ state: 'idle' });
  const [shown, setShown] = useState(0);
  const statusId = useId();
  useEffect(
    () => () => {
      if (preview.state === 'made') for (const file of preview.files) URL.revokeObjectURL(file.url);
    },
    [preview],
  );
  const make = async () => {
    setPreview({ state: 'making' });
    try {
      const { makePrintPreview } = await import('./pack.js');
      const files = await makePrintPreview(policy, locale);
      setShown(0);
      setPreview({ state: 'made', files, policy, locale });
    } catch (error) {
      setPreview({ state: 'failed', reason: (error as Error).message });
    }
  };
  const stale = preview.state === 'made' && (preview.policy !== policy || preview.locale !== locale);
  const current = preview.state === 'made' ? preview.files[shown] : undefined;
  return (
    <Box>
      <p>{words.preview.printIntro}</p>
      <div>
        <button
          type="button"
          className="text-button"
          onClick={make}
          disabled={preview.state === 'making'}
          aria-describedby={statusId}
        >
          {preview.state === 'made' ? words.preview.printRemake : words.preview.printMake}
        </button>
      </div>
      <p id={statusId} role="status">
        {preview.state === 'making'
          ? words.download.making
          : preview.state === 'failed'
            ? words.download.failed(preview.reason)
            : stale
              ? words.preview.printStale
              : ''}
      </p>
      {preview.state === 'made' ? (
        <>
          <ul>
            {preview.files.map((file, index) => (
              <li key={file.path}>
                <a
                  href={file.url}
                  target="_blank"
                  rel="noopener"
                  aria-current={index === shown ? 'true' : undefined}
                  onClick={(event) => {
                    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
                    event.preventDefault();
                    setShown(index);
                  }}
                >
                  {file.title}
                  <br />
                  <span className="name">{file.name}</span>
                </a>
              </li>
            ))}
          </ul>
          {current ? <iframe title={`${current.title} (${current.name})`} src={current.url} /> : null}
        </>
      ) : null}
    </Box>
  );
}
