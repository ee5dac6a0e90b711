import { useId, useRef } from 'react';
import { styled } from 'styled-components';
import { templateIds } from './templates.js';
import type { BuilderWords, TemplateId } from './words/words.js';

const Cards = styled.ul.withConfig({ componentId: 'builder-template-cards' })`
  list-style: none;
  margin: 0 0 1.5rem;
  padding: 0;
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
  gap: 0.75rem;
  li { display: flex; }
  button {
    flex: 1;
    display: grid;
    gap: 0.25rem;
    text-align: start;
    padding: 1rem;
    border: 1px solid var(--line);
    border-radius: 10px;
    background: #fff;
  }
  button:hover { border-color: var(--accent); background: var(--accent-soft); }
  strong { font-size: 1.0625rem; color: var(--accent); }
  span { color: var(--muted); font-size: 0.9375rem; }
`;

const Box = styled.div.withConfig({ componentId: 'builder-start-box' })`
  display: grid;
  gap: 0.5rem;
  justify-items: start;
  margin-bottom: 1.5rem;
  h3 { margin: 0; font-size: 1.125rem; }
  p { margin: 0; color: var(--muted); }
  .alert { color: var(--error); border-left: 4px solid var(--error); background: #fdf1f0; padding: 0.5rem 0.75rem; }
`;

export interface StartStepProps {
  words: BuilderWords;
  hasDraft: boolean;
  restoredAt: string | undefined;
  openError: string | undefined;
  onTemplate: (id: TemplateId) => void;
  onOpenFile: (file: File) => void;
  onContinue: () => void;
}

/** Step 1: a template close to the business, a policy file, or the draft saved on this device. */
export function StartStep({
  words,
  hasDraft,
  restoredAt,
  openError,
  onTemplate,
  onOpenFile,
  onContinue,
}: StartStepProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const helpId = useId();
  return (
    <>
      {hasDraft ? (
        <Box>
          {restoredAt ? <p>{words.start.draftFrom(restoredAt)}</p> : null}
          <button type="button" className="text-button" onClick={onContinue}>
            {words.start.continueDraft}
          </button>
        </Box>
      ) : null}
      <h3 style={{ margin: '0 0 0.75rem', fontSize: '1.125rem' }}>{words.start.templatesHeading}</h3>
      <Cards>
        {templateIds.map((id) => (
          <li key={id}>
            <button type="button" onClick={() => onTemplate(id)} data-template={id}>
              <strong>{words.start.startAs(words.templates[id].name)}</strong>
              <span>{words.templates[id].description}</span>
            </button>
          </li>
        ))}
      </Cards>
      <Box>
        <h3>{words.start.importHeading}</h3>
        <p id={helpId}>{words.start.importHelp}</p>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onOpenFile(file);
          }}
          data-testid="open-file"
        />
        <button
          type="button"
          className="text-button"
          aria-describedby={helpId}
          onClick={() => fileInput.current?.click()}
        >
          {words.start.importButton}
        </button>
        {openError ? (
          <p className="alert" role="alert">
            {openError}
          </p>
        ) : null}
      </Box>
    </>
  );
}
