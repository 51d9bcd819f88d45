import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $device, loadDevice, updateDevice } from '../../../stores/device';

/**
 * The choice of a notification on this device when a follow-up step falls due while the
 * site is open (the count on the installed app's icon needs no choice). Kept per device.
 */
export function NotifyChoice() {
  const device = useStore($device);
  const [message, setMessage] = useState('');
  useEffect(loadDevice, []);
  const supported = 'Notification' in window;
  const choose = async (on: boolean) => {
    setMessage('');
    if (on && Notification.permission !== 'granted') {
      if ((await Notification.requestPermission()) !== 'granted') {
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
    <>
      <div class="tool-field tool-check">
        <input
          type="checkbox"
          id="device-notify"
          checked={!!device.notify}
          disabled={!supported}
          aria-describedby="device-notify-note"
          onChange={(e) => void choose(e.currentTarget.checked)}
        />
        <label for="device-notify">
          Notify me on this device when a follow-up step falls due while this site is open
        </label>
      </div>
      <p class="tool-hint" id="device-notify-note" aria-live="polite">
        {message ||
          (supported
            ? ''
            : 'This browser cannot show notifications: "What is due" above lists every step.')}
      </p>
    </>
  );
}
