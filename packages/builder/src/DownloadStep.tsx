import type { Policy } from '@privacy-label-kit/schema';
import type { ReactNode } from 'react';
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

/** The last step: the checks' findings, then the downloads. */
export function DownloadStep({ words, policy, invalidCount, onSaveFile, children }: DownloadStepProps) {
  return (
    <>
      {children}
      <Box>
        <h3>{words.download.heading}</h3>
        <p>{words.download.intro}</p>
        {invalidCount > 0 || !policy ? <p className="alert">{words.download.fixFirst}</p> : null}
        <p>{words.download.notReady}</p>
        <button type="button" className="text-button big" onClick={onSaveFile}>
          {words.download.jsonButton}
        </button>
      </Box>
    </>
  );
}
