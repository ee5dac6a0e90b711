import type { Policy } from '@privacy-label-kit/schema/core';
import { type ReactNode, useState } from 'react';
import { styled } from 'styled-components';
import type { BuilderWords } from './words/words.js';

const Box = styled.div.withConfig({ componentId: 'builder-download' })`
  display: grid;
  gap: 0.75rem;
  justify-items: start;
  margin-top: 1.5rem;
  h3 { margin: 0; }
  p { margin: 0; }
  .big { min-height: 52px; font-size: 1.0625rem; }
  .primary { background: var(--accent); color: #fff; }
  .alert { color: var(--error); }
`;

export interface DownloadStepProps {
  words: BuilderWords;
  locale: 'ko' | 'en';
  policy: Policy | undefined;
  invalidCount: number;
  onSaveFile: () => void;
  children: ReactNode;
}

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type ZipState =
  | { state: 'idle' }
  | { state: 'making'; done: number; total: number }
  | { state: 'made'; files: number; seconds: number }
  | { state: 'failed'; reason: string };

/** The last step: the checks' findings, then the downloads. */
export function DownloadStep({
  words,
  locale,
  policy,
  invalidCount,
  onSaveFile,
  children,
}: DownloadStepProps) {
  const [zip, setZip] = useState<ZipState>({ state: 'idle' });
  const ready = Boolean(policy) && invalidCount === 0;
  const download = async () => {
    if (!policy) return;
    setZip({ state: 'making', done: 0, total: 0 });
    try {
      const { makeZip } = await import('./pack.js');
      const made = await makeZip(policy, ({ done, total }) => setZip({ state: 'making', done, total }));
      saveBlob(made.zip, 'privacy-labels.zip');
      setZip({ state: 'made', files: made.pack.files.length + 1, seconds: made.seconds });
    } catch (error) {
      setZip({ state: 'failed', reason: (error as Error).message });
    }
  };
  const seconds =
    zip.state === 'made' ? zip.seconds.toLocaleString(locale, { maximumFractionDigits: 1 }) : '';
  return (
    <>
      {children}
      <Box>
        <h3>{words.download.heading}</h3>
        <p>{words.download.intro}</p>
        {ready ? null : <p className="alert">{words.download.fixFirst}</p>}
        <button
          type="button"
          className="text-button big primary"
          disabled={!ready || zip.state === 'making'}
          onClick={download}
          data-testid="download-zip"
        >
          {words.download.zipButton}
        </button>
        <p
          role="status"
          data-zip-state={zip.state}
          data-seconds={zip.state === 'made' ? zip.seconds : undefined}
        >
          {zip.state === 'making'
            ? `${words.download.making}${zip.total > 0 ? ` ${zip.done}/${zip.total}` : ''}`
            : zip.state === 'made'
              ? words.download.made(zip.files, seconds)
              : zip.state === 'failed'
                ? words.download.failed(zip.reason)
                : ''}
        </p>
        <button type="button" className="text-button big" onClick={onSaveFile}>
          {words.download.jsonButton}
        </button>
      </Box>
    </>
  );
}
