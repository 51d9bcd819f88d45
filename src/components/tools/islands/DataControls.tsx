import { useStore } from '@nanostores/preact';
import { recordBackup } from '../../../stores/device';
import { NotifyChoice } from '../parts/NotifyChoice';
import { workspaceWeight } from '../../../lib/site/backup-nudge';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  $persistence,
  $storageNotice,
  $workspace,
  canSave,
  deleteAllSavedData,
} from '../../../stores/workspace';
import {
  hasSavedCopies,
  replaceWholeWorkspace,
  savedCopies,
} from '../../../stores/workspace-admin';
import type { SavedCopies as SavedCopiesList } from '../parts/SavedCopies';
import type { Workspace } from '../../../lib/workspace/schema';
import { ToolShell } from '../parts/ToolShell';

/** A backup read from a file or a saved copy, waiting for the user to choose merge or replace. */
interface Pending {
  workspace: Workspace;
  interviews: number;
  name: string;
  repairs: string[];
}

/** What Undo puts back: a saved copy's key, or (after "delete all") the data held in this page. */
type Undo = { copy: string } | { workspace: Workspace };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const PERSISTENCE_WORDS: Record<string, string> = {
  granted: 'Your browser has agreed to keep this data until you delete it.',
  refused:
    'Your browser has not agreed to keep this data for good: it may clear it if you do not use this site for a while. Download a backup now and then.',
  unsupported:
    'This browser cannot promise to keep this data for good: download a backup now and then.',
};

/**
 * "Your data": download a backup, restore one (merged with what is here, or replacing
 * it), the saved copies the kit keeps, and delete everything. Every action that
 * replaces data keeps a copy first and offers Undo. The backup reader (with its zod
 * schema) and the copies' code are fetched only when needed.
 */
export default function DataControls() {
  return (
    // "Your interviews" above shows the storage notice; the interview picker has no place here.
    <ToolShell name="data-controls" title="Your data" titleId="data-heading" notice={false}>
      <Controls />
    </ToolShell>
  );
}

/** The controls themselves, drawn once the saved data is read. */
function Controls() {
  const persistence = useStore($persistence);
  const notice = useStore($storageNotice);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [pending, setPending] = useState<Pending | null>(null);
  const [noRoom, setNoRoom] = useState<'merge' | 'replace' | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [SavedCopies, setSavedCopies] = useState<typeof SavedCopiesList | null>(null);
  // Bumped after an action that adds or removes a copy, so the list reads them again.
  const [copiesVersion, setCopiesVersion] = useState(0);
  const confirmBox = useRef<HTMLDivElement>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);

  const refreshCopies = () => {
    setCopiesVersion((n) => n + 1);
    // The list and its code are fetched only once there is a copy to show.
    if (!SavedCopies && hasSavedCopies())
      void import('../parts/SavedCopies').then((m) => setSavedCopies(() => m.SavedCopies));
  };
  useEffect(() => refreshCopies(), [notice]);

  const say = (text: string, then: Undo | null = null) => {
    setProblem('');
    setStatus(text);
    setUndo(then);
    // The pressed button may be gone: keep keyboard users where the news is.
    setTimeout(() => statusLine.current?.focus());
  };
  const fail = (text: string) => {
    setStatus('');
    setUndo(null);
    setProblem(text);
  };
  const download = async () => {
    const [{ exportBackup }, { downloadText }, { downloadCopy }] = await Promise.all([
      import('../../../lib/backup/backup-file'),
      import('../parts/download'),
      import('../parts/StorageNoticePanel'),
    ]);
    const ws = $workspace.get();
    // With nothing readable on screen, the stored data itself (kept as a copy) is what to save.
    const kept = notice && 'copy' in notice ? notice.copy : undefined;
    if (ws.applications.length === 0 && kept && (await downloadCopy(kept))) {
      say(
        'Downloaded the kept copy of your saved data, exactly as it was stored. Restore can read it.',
      );
      return;
    }
    const file = exportBackup(ws, new Date());
    downloadText(file.filename, file.text);
    recordBackup(workspaceWeight(ws));
    say(
      `Downloaded ${file.filename} with ${plural(ws.applications.length, 'interview', 'interviews')}. Keep it somewhere safe${hasSavedCopies() ? '; the saved copies below download on their own' : ''}.`,
    );
  };
  const readText = async (text: string, name: string) => {
    setPending(null);
    setStatus('');
    setNoRoom(null);
    const { readBackup } = await import('../../../lib/backup/backup-file');
    const result = readBackup(text);
    if (result.kind === 'refused') return fail(`Nothing was changed. ${result.reason}`);
    setProblem('');
    setPending({
      workspace: result.workspace,
      interviews: result.interviews,
      name,
      repairs: result.repairs,
    });
  };
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { MAX_BACKUP_BYTES } = await import('../../../lib/backup/backup-file');
    // Refuse huge files before reading them into memory at all.
    if (file.size > MAX_BACKUP_BYTES)
      return fail(
        `Nothing was changed. That file is larger than a backup can be (${Math.round(MAX_BACKUP_BYTES / 1024 / 1024)} MB).`,
      );
    await readText(await file.text(), file.name);
  };
  const refusal = (why: 'protected' | 'no-room', action: 'merge' | 'replace') => {
    if (why === 'protected')
      return fail(
        'Nothing was changed. Your saved data was written by a newer version of the kit, and this version will not touch it. Reload the page to get the newer version, then restore.',
      );
    setNoRoom(action);
    fail(
      'Nothing was changed yet. There is no room left in this browser to keep a copy of what is here first. Download a backup of it, then choose again, or go ahead without a copy.',
    );
  };
  const merge = async (withoutCopy = false) => {
    if (!pending) return;
    const { mergeSummary, mergeWorkspaces } = await import('../../../lib/backup/merge');
    const result = mergeWorkspaces($workspace.get(), pending.workspace);
    const done = await replaceWholeWorkspace(result.workspace, 'before-merge', { withoutCopy });
    if (!done.ok) return refusal(done.why, 'merge');
    setPending(null);
    setNoRoom(null);
    say(mergeSummary(result), done.copy ? { copy: done.copy } : null);
    refreshCopies();
  };
  const replace = async (withoutCopy = false) => {
    if (!pending) return;
    const done = await replaceWholeWorkspace(pending.workspace, 'before-restore', { withoutCopy });
    if (!done.ok) return refusal(done.why, 'replace');
    setPending(null);
    setNoRoom(null);
    say(
      `Replaced with the backup: ${plural(pending.interviews, 'interview', 'interviews')}.${done.copy ? ' What was here before is kept as a saved copy.' : ''}`,
      done.copy ? { copy: done.copy } : null,
    );
    refreshCopies();
  };
  const runUndo = async () => {
    if (!undo) return;
    let ws: Workspace | null = 'workspace' in undo ? undo.workspace : null;
    if ('copy' in undo) {
      const [text, { readBackup }] = await Promise.all([
        savedCopies().then((c) => c.text(undo.copy)),
        import('../../../lib/backup/backup-file'),
      ]);
      const read = text === null ? null : readBackup(text);
      ws = read?.kind === 'ok' ? read.workspace : null;
    }
    if (!ws) return fail('The saved copy to undo with is gone, so nothing was changed.');
    if ('workspace' in undo) {
      // Undoing "delete all": anything added since (here or in another tab) stays too.
      const { mergeWorkspaces } = await import('../../../lib/backup/merge');
      ws = mergeWorkspaces($workspace.get(), ws).workspace;
    }
    const done = await replaceWholeWorkspace(ws, 'before-undo');
    if (!done.ok) return refusal(done.why, 'replace');
    say(`Undone: ${plural(ws.applications.length, 'interview', 'interviews')} back as they were.`);
    refreshCopies();
  };
  const remove = async () => {
    const before = $workspace.get();
    const { deleteAllData } = await import('../../../lib/backup/delete-all');
    const failed = deleteAllSavedData(() => deleteAllData(() => localStorage).failed);
    setConfirmDelete(false);
    refreshCopies();
    if (failed.length)
      fail(
        'This browser refused to delete some of the data. Clear this site’s data in the browser’s settings to remove it.',
      );
    // Deleting must delete: the only copy for Undo lives in this page and goes when it closes.
    else
      say(
        'Deleted. Nothing from Follow-Up Kit is left in this browser except your light or dark theme choice. Undo works until you leave this page.',
        before.applications.length ? { workspace: before } : null,
      );
  };
  return (
    <>
      <p>
        Everything stays in this browser. Download a backup to move it to another device or to keep
        it safe.
      </p>
      {persistence && PERSISTENCE_WORDS[persistence] && (
        <p class={persistence === 'granted' ? 'tool-muted' : 'tool-warning'}>
          {PERSISTENCE_WORDS[persistence]}
        </p>
      )}
      <div class="tool-actions">
        <button type="button" class="tool-button" onClick={() => void download()}>
          Download a backup
        </button>
      </div>
      <NotifyChoice />
      <div class="tool-field">
        <label for="data-restore">Restore from a backup file</label>
        <input
          id="data-restore"
          type="file"
          accept="application/json,.json,.txt"
          onChange={(e) => void choose(e.currentTarget)}
        />
      </div>
      {pending && (
        <div class="tool-notice" role="group" aria-labelledby="data-pending">
          <p id="data-pending">
            {pending.name.startsWith('the saved copy')
              ? pending.name.charAt(0).toUpperCase() + pending.name.slice(1)
              : `“${pending.name}”`}{' '}
            holds {plural(pending.interviews, 'interview', 'interviews')}. Add them to what is here,
            or replace everything? Either way, what is here now is kept as a saved copy first, and
            you can undo.
          </p>
          {pending.repairs.length > 0 && (
            <>
              <p>Some parts of it could not be read and will be left out:</p>
              <ul>
                {pending.repairs.slice(0, 10).map((r, n) => (
                  <li key={n}>{r}</li>
                ))}
                {pending.repairs.length > 10 && <li>and {pending.repairs.length - 10} more.</li>}
              </ul>
            </>
          )}
          <div class="tool-actions">
            <button type="button" class="tool-button" onClick={() => void merge()}>
              Merge with what is here
            </button>
            <button
              type="button"
              class="tool-button tool-button-quiet"
              onClick={() => void replace()}
            >
              Replace what is here
            </button>
            {noRoom && (
              <button
                type="button"
                class="tool-button tool-button-danger"
                onClick={() => void (noRoom === 'merge' ? merge(true) : replace(true))}
              >
                {noRoom === 'merge' ? 'Merge' : 'Replace'} without keeping a copy
              </button>
            )}
            <button
              type="button"
              class="tool-button tool-button-quiet"
              onClick={() => {
                setPending(null);
                setNoRoom(null);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      <p class="tool-copy-status" role="status" tabIndex={-1} ref={statusLine}>
        {status}{' '}
        {undo && (
          <button type="button" class="tool-button" onClick={() => void runUndo()}>
            Undo
          </button>
        )}
      </p>
      <div role="alert">{problem && <p class="tool-warning">{problem}</p>}</div>
      {!canSave() && (
        <p class="tool-warning">
          Saving is paused so that nothing is written over the data described above.
        </p>
      )}

      {SavedCopies && (
        <SavedCopies
          onRestore={(text, name) => void readText(text, name)}
          say={say}
          fail={fail}
          refresh={copiesVersion}
        />
      )}

      <h3>Delete all my data</h3>
      {confirmDelete ? (
        <div class="tool-notice tool-notice-warn" tabIndex={-1} ref={confirmBox}>
          <p>
            This deletes every interview, draft, log entry and saved copy the kit has in this
            browser. You can undo it only while this page stays open.
          </p>
          <div class="tool-actions">
            <button
              type="button"
              class="tool-button tool-button-danger"
              onClick={() => void remove()}
            >
              Yes, delete everything
            </button>
            <button
              type="button"
              class="tool-button tool-button-quiet"
              onClick={() => setConfirmDelete(false)}
            >
              Keep my data
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="tool-button tool-button-danger"
          onClick={() => {
            setConfirmDelete(true);
            setTimeout(() => confirmBox.current?.focus());
          }}
        >
          Delete all my data…
        </button>
      )}
    </>
  );
}
