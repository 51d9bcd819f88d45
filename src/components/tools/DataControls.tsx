import { useRef, useState } from 'preact/hooks';
import { $workspace, deleteAllSavedData, replaceWholeWorkspace } from '../../stores/workspace';
import type { Workspace } from '../../lib/workspace/schema';
import { useHydrated } from './hooks';

/** A backup read from a file, waiting for the user to choose merge or replace. */
interface Pending {
  workspace: Workspace;
  interviews: number;
  name: string;
}

/**
 * "Your data": download a backup, restore one (merged with what is here, or replacing
 * it), and delete everything. The backup reader (with its zod schema) and the merge are
 * fetched only when a file is chosen, so the page does not pay for them up front.
 */
export default function DataControls() {
  const hydrated = useHydrated();
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [pending, setPending] = useState<Pending | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const confirmBox = useRef<HTMLDivElement>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);
  if (!hydrated) return <p class="tool-loading">Loading your saved interviews…</p>;

  const say = (text: string) => {
    setProblem('');
    setStatus(text);
    // The pressed button may be gone: keep keyboard users where the news is.
    setTimeout(() => statusLine.current?.focus());
  };
  const download = async () => {
    const [{ exportBackup }, { downloadText }] = await Promise.all([import('../../lib/backup/backup-file'), import('./download')]);
    const file = exportBackup($workspace.get(), new Date());
    downloadText(file.filename, file.text);
    say(`Downloaded ${file.filename}. Keep it somewhere safe: it is the only copy outside this browser.`);
  };
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setPending(null);
    setStatus('');
    const { readBackup, MAX_BACKUP_BYTES } = await import('../../lib/backup/backup-file');
    // Refuse huge files before reading them into memory at all.
    const result = file.size > MAX_BACKUP_BYTES ? null : readBackup(await file.text());
    if (!result || result.kind === 'refused') {
      setProblem(`Nothing was changed. ${result ? result.reason : `That file is larger than a backup can be (${Math.round(MAX_BACKUP_BYTES / 1024 / 1024)} MB).`}`);
      return;
    }
    setProblem('');
    setPending({ workspace: result.workspace, interviews: result.interviews, name: file.name });
  };
  const merge = async () => {
    if (!pending) return;
    const { mergeWorkspaces } = await import('../../lib/backup/merge');
    const result = mergeWorkspaces($workspace.get(), pending.workspace);
    replaceWholeWorkspace(result.workspace);
    setPending(null);
    say(
      `Merged: ${result.added} added, ${result.unchanged} already here` +
        (result.conflicts ? `, ${result.conflicts} kept as copies marked “(imported)” because they differ from yours` : '') +
        (result.skipped ? `, ${result.skipped} left out (the list is full)` : '') +
        '.',
    );
  };
  const replace = () => {
    if (!pending || !window.confirm('Replace everything saved here with the backup? What is here now will be lost unless you downloaded a backup of it.')) return;
    replaceWholeWorkspace(pending.workspace);
    setPending(null);
    say(`Replaced with the backup: ${pending.interviews} ${pending.interviews === 1 ? 'interview' : 'interviews'}.`);
  };
  const remove = async () => {
    const { deleteAllData } = await import('../../lib/backup/delete-all');
    const failed = deleteAllSavedData(() => deleteAllData(() => localStorage).failed);
    setConfirmDelete(false);
    if (failed.length) setProblem('This browser refused to delete some of the data. Clear this site’s data in the browser’s settings to remove it.');
    else say('Deleted. Nothing from Follow-Up Kit is left in this browser except your light or dark theme choice.');
  };

  return (
    <section class="tool data-controls" aria-labelledby="data-heading">
      <h2 id="data-heading" class="tool-title">
        Your data
      </h2>
      <p>Everything stays in this browser. Download a backup to move it to another device or to keep it safe.</p>
      <div class="tool-actions">
        <button type="button" class="tool-button" onClick={() => void download()}>
          Download a backup
        </button>
      </div>
      <div class="tool-field">
        <label for="data-restore">Restore from a backup file</label>
        <input id="data-restore" type="file" accept="application/json,.json" onChange={(e) => void choose(e.currentTarget)} />
      </div>
      {pending && (
        <div class="tool-notice" role="group" aria-labelledby="data-pending">
          <p id="data-pending">
            “{pending.name}” holds {pending.interviews} {pending.interviews === 1 ? 'interview' : 'interviews'}. Add them to what is here, or replace
            everything?
          </p>
          <div class="tool-actions">
            <button type="button" class="tool-button" onClick={() => void merge()}>
              Merge with what is here
            </button>
            <button type="button" class="tool-button tool-button-quiet" onClick={replace}>
              Replace what is here
            </button>
            <button type="button" class="tool-button tool-button-quiet" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p class="tool-copy-status" role="status" tabIndex={-1} ref={statusLine}>
        {status}
      </p>
      <div role="alert">{problem && <p class="tool-warning">{problem}</p>}</div>

      <h3>Delete all my data</h3>
      {confirmDelete ? (
        <div class="tool-notice tool-notice-warn" tabIndex={-1} ref={confirmBox}>
          <p>This deletes every interview, draft, log entry and backup copy the kit has saved in this browser. It cannot be undone.</p>
          <div class="tool-actions">
            <button type="button" class="tool-button tool-button-danger" onClick={() => void remove()}>
              Yes, delete everything
            </button>
            <button type="button" class="tool-button tool-button-quiet" onClick={() => setConfirmDelete(false)}>
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
    </section>
  );
}
