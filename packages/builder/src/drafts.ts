// Autosave: the draft lives in IndexedDB (idb-keyval), written a moment after each change, so a reload or a closed tab
// loses nothing. One draft per browser profile and origin.
//
// A page being reloaded or closed does not wait for an IndexedDB write to finish, so the last change (typed in the
// moment before the next save) is also written synchronously to localStorage on `pagehide`. The next load takes
// whichever of the two is newer.
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
/** localStorage key of the draft written as the page went away, before IndexedDB had it. */
export const lastMomentKey = 'privacy-label-builder:last-moment-draft';

function readLastMoment(): Draft | undefined {
  try {
    const text = globalThis.localStorage?.getItem(lastMomentKey);
    if (!text) return undefined;
    const draft = JSON.parse(text) as Partial<Draft>;
    return draft && typeof draft === 'object' && draft.policy && typeof draft.savedAt === 'string'
      ? (draft as Draft)
      : undefined;
  } catch {
    // Unreadable (storage blocked or a damaged value): the IndexedDB draft stands.
    return undefined;
  }
}

function forgetLastMoment(): void {
  try {
    globalThis.localStorage?.removeItem(lastMomentKey);
  } catch {
    // Storage blocked: nothing was written there either.
  }
}

/** The newest saved draft: IndexedDB's, or the one written as the page went away if that is newer. */
export async function loadDraft(): Promise<Draft | undefined> {
  const saved = await get<Draft>(key, store);
  const lastMoment = readLastMoment();
  if (!lastMoment || (saved && saved.savedAt > lastMoment.savedAt)) return saved;
  // Moved into IndexedDB before it is forgotten, so a failed write cannot lose it.
  await set(key, lastMoment, store);
  forgetLastMoment();
  return lastMoment;
}

export async function saveDraft(draft: Draft): Promise<void> {
  await set(key, draft, store);
  const lastMoment = readLastMoment();
  if (lastMoment && lastMoment.savedAt <= draft.savedAt) forgetLastMoment();
}

/**
 * Writes the draft at once, for a page that is going away: localStorage synchronously (it survives the reload), and
 * IndexedDB as well in case the page lives on (a `pagehide` into the back/forward cache).
 */
export function saveDraftBeforeLeaving(draft: Draft): void {
  try {
    globalThis.localStorage?.setItem(lastMomentKey, JSON.stringify(draft));
  } catch {
    // Full or blocked storage: the IndexedDB write below is the only chance left.
  }
  void saveDraft(draft).catch(() => undefined);
}

export async function deleteDraft(): Promise<void> {
  forgetLastMoment();
  await del(key, store);
}
