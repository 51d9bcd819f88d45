// "Delete all my data": removes everything the kit saved about the user from this
// browser. The kit keeps user data only in localStorage under "fuk-" keys: there is no
// service worker, Cache Storage or IndexedDB, and the one cache of user data (the
// timeline parser's reading) lives inside the workspace itself, so it goes with it.
import { CHECKER_KEY } from '../tone/checker-state';
import { LEGACY_BACKUP_KEY, LEGACY_KEY, META_KEY } from '../workspace/storage-keys';
import { THEME_KEY } from '../site/theme';

/**
 * The keys that hold user data, known by name: the workspace's shared key, the single key
 * and backup key of earlier builds, and the message checker's text. Deletion also
 * removes every other "fuk-" key (each interview's, the saved copies), so a key added
 * later is not missed.
 */
export const USER_DATA_KEYS = [META_KEY, LEGACY_KEY, LEGACY_BACKUP_KEY, CHECKER_KEY] as const;

/**
 * Kept: the light/dark choice is a display preference, not data about the user or
 * their applications, and clearing it would flash the page into the other theme just
 * as they confirm. It is one word ("light" or "dark").
 */
export const KEPT_KEYS: readonly string[] = [THEME_KEY];

/** What deletion did: keys removed, and keys that are still there (storage refused). */
export interface DeleteResult {
  removed: string[];
  failed: string[];
}

/**
 * Removes every "fuk-" key except the theme. Never throws: a browser that refuses
 * storage, or a key that cannot be removed, is reported in `failed` so the page can
 * say the data is not all gone. Keys that were not there are in neither list.
 * `storage` is a function so a browser that refuses access to localStorage is caught here.
 */
export function deleteAllData(storage: () => Storage): DeleteResult {
  let store: Storage;
  try {
    store = storage();
  } catch {
    return { removed: [], failed: [...USER_DATA_KEYS] };
  }
  // Collect first: removing while walking the keys by index would skip some.
  const keys = new Set<string>(USER_DATA_KEYS);
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key !== null && key.startsWith('fuk-') && !KEPT_KEYS.includes(key)) keys.add(key);
    }
  } catch {
    // The known keys are still tried below.
  }
  const removed: string[] = [];
  const failed: string[] = [];
  // The shared key goes last: another tab rereads storage when it goes, and by then
  // every record's removal has reached it (removed first, that tab could reread half a
  // deletion and show interviews that are gone).
  keys.delete(META_KEY);
  keys.add(META_KEY);
  for (const key of keys) {
    try {
      if (store.getItem(key) === null) continue;
      store.removeItem(key);
      if (store.getItem(key) === null) removed.push(key);
      else failed.push(key);
    } catch {
      failed.push(key);
    }
  }
  return { removed, failed };
}
