import { $workspace, dismissNotice } from '../../../stores/workspace';
import {
  noticeWording,
  savedCopyFilename,
  type SavedDataNotice,
} from '../../../lib/workspace/saved-data-notice';
import { savedCopies } from '../../../stores/workspace-admin';
import { downloadText } from './download';

/** Downloads a kept copy as a file that "Restore from a backup" reads. */
export async function downloadCopy(key: string): Promise<boolean> {
  const copies = await savedCopies();
  const text = copies.text(key);
  if (text === null) return false;
  downloadText(savedCopyFilename(new Date()), text);
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
  const { text, list, action, urgent } = noticeWording(notice);
  const download = action?.download;
  const run = download
    ? download === 'workspace'
      ? downloadWorkspace
      : () => void downloadCopy(download.copy)
    : null;
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
        {action && run && (
          <button type="button" class="tool-button" onClick={run}>
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
