import { $workspace, dismissNotice, type SavedDataNotice } from '../../../stores/workspace';
import { savedCopies } from '../../../stores/workspace-admin';
import { downloadText } from './download';

const stamp = () => new Date().toISOString().slice(0, 10);

/** Downloads a kept copy as a file that "Restore from a backup" reads. */
export async function downloadCopy(key: string): Promise<boolean> {
  const copies = await savedCopies();
  const text = copies.text(key);
  if (text === null) return false;
  downloadText(`follow-up-kit-saved-copy-${stamp()}.json`, text);
  return true;
}

/**
 * Tells the user, in plain words, what happened to their saved data and what was kept,
 * and offers the download that keeps it safe. It says "a copy is kept" only when the
 * copy was written and read back. Loaded only when there is a notice.
 */
export function StorageNoticePanel({ notice }: { notice: SavedDataNotice }) {
  // A backup file the "Restore from a backup" control on My interviews can read again.
  const downloadWorkspace = () =>
    void import('../../../lib/backup/backup-file').then(({ exportBackup }) => {
      const file = exportBackup($workspace.get(), new Date());
      downloadText(file.filename, file.text);
    });
  const copy = 'copy' in notice && notice.copy ? notice.copy : null;
  const downloadKept = copy
    ? { label: 'Download the kept copy', run: () => void downloadCopy(copy) }
    : null;
  const notSaved =
    'Nothing will be written over it: changes you make now are not saved. Free some space (for example, delete old saved copies on My interviews), then reload.';
  let text: string;
  let list: string[] = [];
  let action: { label: string; run: () => void } | null = null;
  let urgent = true;
  switch (notice.kind) {
    case 'unreadable':
      text = notice.kept
        ? 'Your saved interviews could not be read (the stored data is damaged), so the tools started empty. Nothing was thrown away: a copy of the damaged data is kept in this browser, listed under “Saved copies” on My interviews.'
        : `Your saved interviews could not be read, and there is no room to keep a copy. They are left exactly as they were. ${notSaved}`;
      action = downloadKept;
      break;
    case 'repaired':
      text = notice.kept
        ? 'Some of your saved data could not be read and was set aside; everything else opened as usual. A copy of the data as it was is kept in this browser (under “Saved copies” on My interviews). Set aside:'
        : `Some of your saved data could not be read, and there is no room to keep a copy of it. What could be read is shown; the stored data is left as it was. ${notSaved} Could not be read:`;
      list = notice.parts;
      action = downloadKept;
      break;
    case 'newer':
      text = `Your saved interviews were made by a newer version of Follow-Up Kit (format ${notice.version}). They are kept untouched; changes you make in this tab will not be saved. Reload the page to get the newer version.`;
      action = downloadKept;
      break;
    case 'migrated':
      text = 'Your saved interviews were updated to the current format. Nothing was lost.';
      urgent = false;
      break;
    case 'load-failed':
      text =
        'Your saved interviews could not be opened just now (the page may be offline). They are kept untouched; changes you make now will not be saved. Reload the page to try again.';
      break;
    case 'unavailable':
      text =
        'This browser is not letting the site save anything (private mode or a privacy setting). The tools still work, but your interviews will be gone when you close this tab. Download a copy to keep them.';
      action = { label: 'Download my interviews', run: downloadWorkspace };
      break;
    case 'quota':
      text =
        "Your browser's storage for this site is full, so your latest changes are on screen but not saved. Download a copy now, then free some space (delete old interviews or saved copies).";
      action = { label: 'Download my interviews', run: downloadWorkspace };
      break;
    case 'nearly-full':
      text = `Your browser's storage for this site is nearly full (about ${Math.round((notice.used / notice.quota) * 100)}% used). Everything is saved, but download a backup now, and delete old interviews or saved copies you no longer need.`;
      action = { label: 'Download a backup', run: downloadWorkspace };
      break;
    case 'reset-elsewhere':
      text =
        'Your data was replaced or deleted in another tab, so this tab now shows what is saved.';
      urgent = false;
      break;
  }
  return (
    <div
      class={`tool-notice ${urgent ? 'tool-notice-warn' : ''}`}
      role={urgent ? 'alert' : 'status'}
    >
      <p>{text}</p>
      {list.length > 0 && (
        <ul>
          {list.slice(0, 10).map((part, n) => (
            <li key={n}>{part}</li>
          ))}
          {list.length > 10 && <li>and {list.length - 10} more.</li>}
        </ul>
      )}
      <div class="tool-actions">
        {action && (
          <button type="button" class="tool-button" onClick={action.run}>
            {action.label}
          </button>
        )}
        <button type="button" class="tool-button tool-button-quiet" onClick={dismissNotice}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
