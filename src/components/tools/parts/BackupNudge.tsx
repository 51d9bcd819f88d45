import { $workspace } from '../../../stores/workspace';
import { recordBackup, updateDevice } from '../../../stores/device';
import type { Nudge } from '../../../lib/site/backup-nudge';

/**
 * The suggestion to download a backup after real work with none since
 * (lib/site/backup-nudge.ts): loaded by "What is due" only when it has something to say.
 */
export default function BackupNudge({
  nudge,
  weight,
  say,
}: {
  nudge: Nudge;
  weight: number;
  /** Puts a line in the page's status line, which stays when this suggestion goes. */
  say: (text: string) => void;
}) {
  const backUp = async () => {
    const [{ exportBackup }, { downloadText }] = await Promise.all([
      import('../../../lib/backup/backup-file'),
      import('./download'),
    ]);
    const file = exportBackup($workspace.get(), new Date());
    downloadText(file.filename, file.text);
    recordBackup(weight);
    say(`Downloaded ${file.filename}. Keep it somewhere safe, off this browser.`);
  };
  const notNow = () => updateDevice((p) => ({ ...p, backup: { ...p.backup, dismissed: weight } }));
  return (
    <div class="tool-suggestion" role="region" aria-label="Backup suggestion">
      <p>
        {nudge.never
          ? `You have added ${nudge.added} things and never downloaded a backup on this device.`
          : `You have added ${nudge.added} things since your last backup.`}{' '}
        Everything is saved in this browser only: a backup file keeps it if the browser's data is
        cleared, and moves it to another device.
      </p>
      <div class="tool-actions">
        <button type="button" class="tool-button" onClick={() => void backUp()}>
          Download a backup
        </button>
        <button type="button" class="tool-button tool-button-quiet" onClick={notNow}>
          Not now
        </button>
      </div>
    </div>
  );
}
