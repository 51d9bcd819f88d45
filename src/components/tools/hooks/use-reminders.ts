import { useEffect } from 'preact/hooks';
import { newlyDue, type DueStep } from '../../../lib/site/reminders';
import { readDevicePrefs } from '../../../lib/site/device-prefs';

/** Keys seen due in this page's life; null until the first reading. */
let seen: Set<string> | null = null;

/**
 * Puts the number of steps due (today and overdue) on the installed app's icon where the
 * browser supports it, and, when this device asked for notifications and the browser
 * allows them, shows one for each step that falls due while the page is open.
 */
export function useReminders(due: readonly DueStep[]): void {
  const keys = due.map((d) => d.key).join('\n');
  useEffect(() => {
    // Unsupported, or not installed: nothing to do, and nothing to report.
    if ('setAppBadge' in navigator)
      (due.length ? navigator.setAppBadge(due.length) : navigator.clearAppBadge()).catch(
        () => undefined,
      );
    const fresh = newlyDue(seen, due);
    seen = new Set(due.map((d) => d.key));
    if (
      fresh.length &&
      readDevicePrefs().notify &&
      'Notification' in window &&
      Notification.permission === 'granted'
    )
      for (const step of fresh)
        new Notification('A follow-up step is due', { body: step.title, tag: step.key });
    // The list's keys say when it changed; `due` itself is a new array every render.
  }, [keys]);
}
