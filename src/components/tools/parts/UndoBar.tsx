import type { UndoHandle } from '../hooks/use-undo';

/**
 * The line that says what was removed, with its Undo button, or what came back. One
 * live region, always in the page, so screen readers announce each change; empty, it
 * takes no room (tools.css, `.tool-undo:empty`).
 */
export function UndoBar({ undo }: { undo: UndoHandle }) {
  const { line } = undo;
  return (
    <div class="tool-undo" role="status" aria-live="polite">
      {line && (
        <p tabIndex={-1} ref={undo.lineRef}>
          {line.text}
          {line.undo && (
            <button type="button" class="tool-button" ref={undo.buttonRef} onClick={undo.undo}>
              Undo
            </button>
          )}
        </p>
      )}
    </div>
  );
}
