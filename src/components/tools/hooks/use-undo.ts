import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { updateWorkspace } from '../../../stores/workspace';
import type { Workspace } from '../../../lib/workspace/schema';
import type { Undoable } from '../../../lib/workspace/undo';

/** What the undo line says: a removal with its Undo button, or news without one. */
export interface UndoLine {
  text: string;
  undo: Undoable | null;
}

/** The undo of one tool: what its line says, and the actions that change it. */
export interface UndoHandle {
  line: UndoLine | null;
  /**
   * Applies a removal made undoable by `undoable` (lib/workspace/undo.ts) to the store
   * as it is now, says what went, and moves focus to Undo (the pressed Remove button is
   * gone, and focus must not drop to the page).
   */
  remove: (step: (ws: Workspace) => { workspace: Workspace; undo: Undoable | null }) => void;
  /** Puts back what was removed, says so, and moves focus on (see useUndo). */
  undo: () => void;
  /** News with no undo ("Added … to the log."): it replaces an offer to undo. */
  say: (text: string) => void;
  /** For UndoBar: its Undo button and its line. */
  buttonRef: RefObject<HTMLButtonElement>;
  lineRef: RefObject<HTMLParagraphElement>;
}

/**
 * The one undo every tool uses for removals (shown by parts/UndoBar). After an undo,
 * focus goes to `focusAfterUndo()` when given (a list heading), else to the line saying
 * what came back.
 */
export function useUndo(focusAfterUndo?: () => HTMLElement | null): UndoHandle {
  const [line, setLine] = useState<UndoLine | null>(null);
  const [focus, setFocus] = useState<'undo' | 'after' | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const lineRef = useRef<HTMLParagraphElement>(null);
  const after = useRef(focusAfterUndo);
  after.current = focusAfterUndo;
  // Focus moves once the line is drawn, so the button it goes to exists.
  useEffect(() => {
    if (focus === 'undo') buttonRef.current?.focus();
    if (focus === 'after') (after.current?.() ?? lineRef.current)?.focus();
    if (focus) setFocus(null);
  }, [focus]);
  return {
    line,
    remove(step) {
      const made: { undo: Undoable | null } = { undo: null };
      updateWorkspace((ws) => {
        const result = step(ws);
        made.undo = result.undo;
        return result.workspace;
      });
      if (!made.undo) return;
      setLine({ text: made.undo.done, undo: made.undo });
      setFocus('undo');
    },
    undo() {
      const undo = line?.undo;
      if (!undo) return;
      updateWorkspace(undo.restore);
      setLine({ text: undo.undone, undo: null });
      setFocus('after');
    },
    say: (text) => setLine({ text, undo: null }),
    buttonRef,
    lineRef,
  };
}
