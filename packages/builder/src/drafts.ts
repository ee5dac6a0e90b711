// Autosave: the draft lives in IndexedDB (idb-keyval), written a moment after each change, so a reload or a closed tab
// loses nothing. One draft per browser profile and origin.
import { createStore, del, get, set } from 'idb-keyval';
import type { TemplateId } from './words/words.js';

export interface Draft {
  policy: Record<string, unknown>;
  /** Where the draft came from: a template, a file name, or nothing for a draft started from scratch. */
  source?: { kind: 'template'; id: TemplateId } | { kind: 'file'; name: string };
  step: string;
  savedAt: string;
}

const store = createStore('privacy-label-builder', 'drafts');
const key = 'current';

export function loadDraft(): Promise<Draft | undefined> {
  return get<Draft>(key, store);
}

export function saveDraft(draft: Draft): Promise<void> {
  return set(key, draft, store);
}

export function deleteDraft(): Promise<void> {
  return del(key, store);
}
