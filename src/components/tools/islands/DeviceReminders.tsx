import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $workspace } from '../../../stores/workspace';
import { $device, loadDevice, recordBackup, updateDevice } from '../../../stores/device';
import { backupNudge, workspaceWeight } from '../../../lib/site/backup-nudge';
import { useHydrated } from '../hooks/use-hydrated';

/**
 * Reminders that live on this device: a suggestion to download a backup after real work
 * with none since, and the choice of a notification when a step falls due while the site
 * is open (the count on the installed app's icon needs no choice).
 */
export default function DeviceReminders() {
  const hydrated = useHydrated();
  const ws = useStore($workspace);
  const device = useStore($device);
  const [message, setMessage] = useState('');
  useEffect(loadDevice, []);
  const weight = workspaceWeight(ws);
  const nudge = hydrated ? backupNudge(weight, device.backup ?? {}) : null;
  const canNotify = hydrated && 'Notification' in window;

  const backUp = async () => {
    const [{ exportBackup }, { downloadText }] = await Promise.all([
      import('../../../lib/backup/backup-file'),
      import('../parts/download'),
    ]);
    const file = exportBackup($workspace.get(), new Date());
    downloadText(file.filename, file.text);
    recordBackup(weight);
    setMessage(`Downloaded ${file.filename}. Keep it somewhere safe, off this browser.`);
  };
  const notLater = () =>
    updateDevice((p) => ({ ...p, backup: { ...p.backup, dismissed: weight } }));
  const setNotify = async (on: boolean) => {
    setMessage('');
    if (on && Notification.permission !== 'granted') {
      const answer = await Notification.requestPermission();
      if (answer !== 'granted') {
        setMessage(
          'Your browser did not allow notifications for this site. Allow them in its site settings, then tick this again.',
        );
        return;
      }
    }
    if (!updateDevice((p) => ({ ...p, notify: on })))
      setMessage('This browser would not keep the choice: its storage is blocked or full.');
  };

  return (
    <div class="device-reminders">
      {nudge && (
        <div class="tool-notice" role="region" aria-label="Backup suggestion">
          <p>
            {nudge.never
              ? `You have added ${nudge.added} things and never downloaded a backup on this device.`
              : `You have added ${nudge.added} things since your last backup.`}{' '}
            Everything is saved in this browser only: a backup file keeps it if the browser's data
            is cleared, and moves it to another device.
          </p>
          <div class="tool-actions">
            <button type="button" class="tool-button" onClick={() => void backUp()}>
              Download a backup
            </button>
            <button type="button" class="tool-button tool-button-quiet" onClick={notLater}>
              Not now
            </button>
          </div>
        </div>
      )}
      <div class="tool-field tool-check">
        <input
          type="checkbox"
          id="device-notify"
          checked={!!device.notify}
          disabled={!canNotify}
          onChange={(e) => void setNotify(e.currentTarget.checked)}
        />
        <label for="device-notify">
          Notify me on this device when a follow-up step falls due while this site is open
        </label>
      </div>
      <p class="tool-hint" role="status">
        {message}
      </p>
    </div>
  );
}
