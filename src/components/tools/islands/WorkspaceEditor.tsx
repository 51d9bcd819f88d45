import { useStore } from '@nanostores/preact';
import { atom } from 'nanostores';
import { useEffect, useRef } from 'preact/hooks';
import { $workspace } from '../../../stores/workspace';
import { interviewListFull } from '../../../lib/workspace/operations';
import { MAX_INTERVIEWS } from '../../../lib/workspace/field-limits';
import { removeApplication, restoreApplication } from '../../../lib/workspace/list-edits';
import { undoable } from '../../../lib/workspace/undo';
import { useUndo } from '../hooks/use-undo';
import { ProfileFields } from '../parts/ProfileFields';
import { interviewName } from '../../../lib/workspace/interview-name';
import { ToolShell } from '../parts/ToolShell';
import { UndoBar } from '../parts/UndoBar';
import { debriefHref } from '../parts/workspace-href';

// The pipeline (stages, board, archive, counts) comes once some application is saved, so
// a first visit does not carry it. Held in an object, as a function would be called as a
// state updater.
const $pipeline = atom<{ Comp: typeof import('../parts/Pipeline').default } | null>(null);
const loadPipeline = () => {
  if (!$pipeline.get())
    void import('../parts/Pipeline').then((m) => $pipeline.set({ Comp: m.default }));
};

/**
 * My interviews: the candidate's own name and phone, and every interview (application)
 * in the pipeline. An interview's details are edited on its own page only, so no page
 * repeats the form; a new one starts with the debrief.
 */
export default function WorkspaceEditor() {
  const ws = useStore($workspace);
  const Pipeline = useStore($pipeline)?.Comp;
  const any = ws.applications.length > 0;
  useEffect(() => {
    if (any) loadPipeline();
  }, [any]);
  // The pressed Delete button disappears: focus goes to Undo, and after Undo, to the list
  // heading, instead of falling to <body>.
  const listHeading = useRef<HTMLHeadingElement>(null);
  const undo = useUndo(() => listHeading.current);
  const full = interviewListFull(ws);

  const remove = (id: string) =>
    undo.remove((w) =>
      undoable(
        w,
        (x) => removeApplication(x, id),
        restoreApplication,
        (r) => ({
          done: `Deleted ${interviewName(r.application)}.`,
          undone: `Put back ${interviewName(r.application)}.`,
        }),
      ),
    );

  return (
    // As tall as the empty list at phone width while loading, so the page does not jump.
    <ToolShell name="workspace-editor" loadingClass="tool-loading-editor">
      <UndoBar undo={undo} />
      <section aria-labelledby="ws-list-heading" class="tool-section">
        <h2 id="ws-list-heading" tabIndex={-1} ref={listHeading}>
          Your interviews
        </h2>
        {!any && (
          <p>
            No interviews yet. Debrief the one you just had: four short steps while you still
            remember it, and every tool on the site writes from what you note.
          </p>
        )}
        {/* Above the cards, so it is found without scrolling past dozens of them. */}
        {full ? (
          <p class="tool-warning">
            You have {MAX_INTERVIEWS} interviews, the most the kit keeps. Download a backup, then
            delete ones you no longer follow up on to add more.
          </p>
        ) : (
          <p class="tool-actions">
            <a class="tool-button" href={debriefHref()}>
              Debrief a new interview
            </a>
          </p>
        )}
        {any &&
          (Pipeline ? (
            <Pipeline onRemove={remove} />
          ) : (
            <p class="tool-loading">Loading your interviews…</p>
          ))}
      </section>
      {/* Typed once, used by every message: after the interviews, which are what this page is for. */}
      <ProfileFields idPrefix="ws" />
    </ToolShell>
  );
}
