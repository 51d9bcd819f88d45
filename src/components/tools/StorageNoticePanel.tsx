import { $workspace, dismissNotice, readBackup, type StorageNotice } from '../../stores/workspace';
import { downloadText } from './download';

const stamp = () => new Date().toISOString().slice(0, 10);

/**
 * Tells the user, in plain words, why their saved data could not be read or saved,
 * and offers the download that keeps it safe. Loaded only when there is a notice.
 */
export function StorageNoticePanel({ notice }: { notice: StorageNotice }) {
  // A backup file the "Restore from a backup" control on My interviews can read again.
  const downloadWorkspace = () =>
    void import('../../lib/backup/backup-file').then(({ exportBackup }) => {
      const file = exportBackup($workspace.get(), new Date());
      downloadText(file.filename, file.text);
    });
  const downloadBackup = () => {
    const backup = readBackup();
    if (backup !== undefined) downloadText(`follow-up-kit-unreadable-${stamp()}.txt`, backup, 'text/plain');
  };
  let text: string;
  let action: { label: string; run: () => void } | null = null;
  let urgent = true;
  switch (notice.kind) {
    case 'corrupt':
    case 'wrong-shape':
      text = notice.backedUp
        ? 'Your saved interviews could not be read (the stored data is damaged), so the tools started empty. Nothing was thrown away: a copy of the unreadable data is kept in this browser and you can download it.'
        : 'Your saved interviews could not be read, and there was no room to keep a backup copy. They are left exactly as they were; changes you make now will not be saved. Download the unreadable data to keep it safe.';
      action = { label: 'Download the unreadable data', run: downloadBackup };
      break;
    case 'newer':
      text = `Your saved interviews were made by a newer version of Follow-Up Kit (format ${notice.version}). They are kept untouched; changes you make in this tab will not be saved. Reload the page to get the newer version.`;
      break;
    case 'migrated':
      text = 'Your saved interviews were updated to the current format. Nothing was lost.';
      urgent = false;
      break;
    case 'migration-failed':
      text = 'Your saved interviews are in an older format and could not be updated just now (the page may be offline). They are kept untouched; changes you make now will not be saved. Reload the page to try again.';
      break;
    case 'load-failed':
      text = 'Your saved interviews could not be opened just now (the page may be offline). They are kept untouched; changes you make now will not be saved. Reload the page to try again.';
      break;
    case 'unavailable':
      text = 'This browser is not letting the site save anything (private mode or a privacy setting). The tools still work, but your interviews will be gone when you close this tab. Download a copy to keep them.';
      action = { label: 'Download my interviews', run: downloadWorkspace };
      break;
    case 'quota':
      text = "Your browser's storage for this site is full, so your latest changes are on screen but not saved. Download a copy now, then free some space (for example by deleting old interviews).";
      action = { label: 'Download my interviews', run: downloadWorkspace };
      break;
  }
  return (
    <div class={`tool-notice ${urgent ? 'tool-notice-warn' : ''}`} role={urgent ? 'alert' : 'status'}>
      <p>{text}</p>
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
