import { useEffect, useId, useRef } from 'react';
import { styled } from 'styled-components';
import type { BuilderWords } from './words/words.js';

const Dialog = styled.dialog.withConfig({ componentId: 'builder-confirm' })`
  max-width: min(32rem, calc(100vw - 2rem));
  border: 0;
  border-radius: 12px;
  padding: 1.25rem 1.5rem;
  box-shadow: 0 12px 40px rgb(0 0 0 / 0.25);
  &::backdrop { background: rgb(0 0 0 / 0.45); }
  h2 { margin: 0 0 0.5rem; font-size: 1.25rem; }
  p { margin: 0 0 1rem; }
  .buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; justify-content: flex-end; }
  .primary { background: var(--accent); color: #fff; }
`;

export interface ConfirmDialogProps {
  words: BuilderWords;
  what: string;
  onReplace: () => void;
  onKeep: () => void;
  onSaveFirst: () => void;
}

/** Asks before a template or an opened file replaces the draft; "keep" is the default answer (Escape, first focus). */
export function ConfirmDialog({ words, what, onReplace, onKeep, onSaveFirst }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement as HTMLElement | null;
    element.showModal();
    keep.current?.focus();
    return () => {
      if (element.open) element.close();
      opener?.focus();
    };
  }, []);
  return (
    <Dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event: { preventDefault: () => void }) => {
        event.preventDefault();
        onKeep();
      }}
    >
      <h2 id={titleId}>{words.confirmReplace.title}</h2>
      <p id={bodyId}>{words.confirmReplace.body(what)}</p>
      <div className="buttons">
        <button type="button" className="text-button" onClick={onSaveFirst}>
          {words.confirmReplace.saveFirst}
        </button>
        <button type="button" className="text-button" ref={keep} onClick={onKeep}>
          {words.confirmReplace.keep}
        </button>
        <button type="button" className="text-button primary" onClick={onReplace}>
          {words.confirmReplace.replace}
        </button>
      </div>
    </Dialog>
  );
}
