import { createContext, useContext } from 'react';
import type { Editor } from 'tldraw';

/**
 * Where the open canvas hands its tldraw editor to the workshop tools (follow-me camera, voting on
 * stickies). Provided per board screen; no module-level state.
 */
export interface CanvasEditorSlot {
  editor: Editor | null;
  setEditor: (editor: Editor | null) => void;
}

const CanvasEditorContext = createContext<CanvasEditorSlot | null>(null);

export const CanvasEditorProvider = CanvasEditorContext.Provider;

/** The slot of the current board screen (null outside one). */
export function useCanvasEditorSlot(): CanvasEditorSlot | null {
  return useContext(CanvasEditorContext);
}
