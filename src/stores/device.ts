// This device's own settings (src/lib/site/device-prefs.ts) for the islands of one page:
// the backup suggestion and the data controls both change what was backed up.
import { atom } from 'nanostores';
import { readDevicePrefs, writeDevicePrefs, type DevicePrefs } from '../lib/site/device-prefs';

/** This device's settings; read from storage on first use in the browser. */
export const $device = atom<DevicePrefs>({ backup: {} });
let read = false;

/** Reads the stored settings once (call after hydration: the server has no storage). */
export function loadDevice(): void {
  if (read) return;
  read = true;
  $device.set(readDevicePrefs());
}

/** Changes and saves the settings; false when the browser would not keep them. */
export function updateDevice(change: (prefs: DevicePrefs) => DevicePrefs): boolean {
  const kept = writeDevicePrefs(change);
  $device.set(kept ? readDevicePrefs() : change($device.get()));
  return kept;
}

/** Records a backup of a workspace of this weight (src/lib/site/backup-nudge.ts). */
export function recordBackup(weight: number): void {
  updateDevice((p) => ({ ...p, backup: { ...p.backup, backedUp: weight } }));
}
