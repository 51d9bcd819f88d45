// What one device remembers for itself, apart from the workspace: whether it may show
// notifications, and its backups. Not in the workspace on purpose: a backup moved to
// another device must not carry this device's answers. Storage that cannot be read or
// written only means the defaults.
import type { BackupMemory } from './backup-nudge';

/** The localStorage key (the "fuk-" prefix marks the kit's keys). */
export const DEVICE_KEY = 'fuk-device';

/** This device's own settings. */
export interface DevicePrefs {
  /** The user asked for a notification when a step falls due while the site is open. */
  notify?: boolean;
  backup?: BackupMemory;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** This device's settings, each one checked: anything unreadable is left out. */
export function readDevicePrefs(): DevicePrefs {
  try {
    const raw = JSON.parse(localStorage.getItem(DEVICE_KEY) ?? '{}') as Record<string, unknown>;
    const backup = (raw.backup ?? {}) as Record<string, unknown>;
    return {
      ...(raw.notify === true ? { notify: true } : {}),
      backup: {
        ...(isCount(backup.backedUp) ? { backedUp: backup.backedUp } : {}),
        ...(isCount(backup.dismissed) ? { dismissed: backup.dismissed } : {}),
      },
    };
  } catch {
    return { backup: {} };
  }
}

/** Saves a change to this device's settings; false when the browser would not keep it. */
export function writeDevicePrefs(change: (prefs: DevicePrefs) => DevicePrefs): boolean {
  try {
    localStorage.setItem(DEVICE_KEY, JSON.stringify(change(readDevicePrefs())));
    return true;
  } catch {
    return false;
  }
}
