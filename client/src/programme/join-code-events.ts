/**
 * A code made elsewhere on this page (the projection set-up) tells the join-code list to read the
 * server again; a plain DOM event, so neither component has to own the other's state.
 */
const CHANGED = 'join-codes:changed';

export function announceJoinCodesChanged(): void {
  window.dispatchEvent(new Event(CHANGED));
}

/** Calls `onChange` whenever a code is made on this page; returns the unsubscribe. */
export function onJoinCodesChanged(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  return () => window.removeEventListener(CHANGED, onChange);
}
