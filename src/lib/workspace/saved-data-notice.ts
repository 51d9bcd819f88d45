// What the kit tells the user about their saved data (the store's $storageNotice), and
// the words for it. The wording is fetched with the notice's panel, only when there is
// a notice.

/** What the page should tell the user about their saved data; null when all is well. */
export type SavedDataNotice =
  /** Nothing stored could be read; the tools start empty. `kept`: a copy was written and read back. */
  | { kind: 'unreadable'; kept: boolean; copy?: string }
  /** Some parts could not be read and were set aside (`parts` names them); the rest opened. */
  | { kind: 'repaired'; kept: boolean; parts: string[]; copy?: string }
  | { kind: 'newer'; version: number; kept: boolean; copy?: string }
  | { kind: 'migrated'; from: number }
  | { kind: 'load-failed' }
  | { kind: 'unavailable' }
  | { kind: 'quota' }
  /** Storage is close to the browser's limit: `used` of about `quota` characters. */
  | { kind: 'nearly-full'; used: number; quota: number }
  /** Another tab replaced or deleted everything; this tab now shows what is stored. */
  | { kind: 'reset-elsewhere' };

/** What the panel shows for a notice. */
export interface NoticeWording {
  /** What happened and what was kept, in plain sentences. */
  text: string;
  /** The parts that were set aside, listed under the text. */
  list: string[];
  /**
   * The download offered: the kept copy of the stored data (only when one was kept), or
   * everything on screen as a backup file.
   */
  action: { label: string; download: { copy: string } | 'workspace' } | null;
  /** Something to act on (announced at once), rather than news. */
  urgent: boolean;
}

/** Says what was not saved, and what to do, when nothing can be written over the stored data. */
const NOT_SAVED =
  'Nothing will be written over it: changes you make now are not saved. Free some space (for example, delete old saved copies on My interviews), then reload.';

/**
 * The words for a notice: it says "a copy is kept" only when the copy was written and
 * read back (`kept`), and offers the kept copy's download only when there is one.
 */
export function noticeWording(notice: SavedDataNotice): NoticeWording {
  const copy = 'copy' in notice && notice.copy ? notice.copy : null;
  const downloadKept = copy ? { label: 'Download the kept copy', download: { copy } } : null;
  const downloadWorkspace = (label: string) => ({ label, download: 'workspace' as const });
  switch (notice.kind) {
    case 'unreadable':
      return {
        text: notice.kept
          ? 'Your saved interviews could not be read (the stored data is damaged), so the tools started empty. Nothing was thrown away: a copy of the damaged data is kept in this browser, listed under “Saved copies” on My interviews.'
          : `Your saved interviews could not be read, and there is no room to keep a copy. They are left exactly as they were. ${NOT_SAVED}`,
        list: [],
        action: downloadKept,
        urgent: true,
      };
    case 'repaired':
      return {
        text: notice.kept
          ? 'Some of your saved data could not be read and was set aside; everything else opened as usual. A copy of the data as it was is kept in this browser (under “Saved copies” on My interviews). Set aside:'
          : `Some of your saved data could not be read, and there is no room to keep a copy of it. What could be read is shown; the stored data is left as it was. ${NOT_SAVED} Could not be read:`,
        list: notice.parts,
        action: downloadKept,
        urgent: true,
      };
    case 'newer':
      return {
        text: `Your saved interviews were made by a newer version of Follow-Up Kit (format ${notice.version}). They are kept untouched; changes you make in this tab will not be saved. Reload the page to get the newer version.`,
        list: [],
        action: downloadKept,
        urgent: true,
      };
    case 'migrated':
      return {
        text: 'Your saved interviews were updated to the current format. Nothing was lost.',
        list: [],
        action: null,
        urgent: false,
      };
    case 'load-failed':
      return {
        text: 'Your saved interviews could not be opened just now (the page may be offline). They are kept untouched; changes you make now will not be saved. Reload the page to try again.',
        list: [],
        action: null,
        urgent: true,
      };
    case 'unavailable':
      return {
        text: 'This browser is not letting the site save anything (private mode or a privacy setting). The tools still work, but your interviews will be gone when you close this tab. Download a copy to keep them.',
        list: [],
        action: downloadWorkspace('Download my interviews'),
        urgent: true,
      };
    case 'quota':
      return {
        text: "Your browser's storage for this site is full, so your latest changes are on screen but not saved. Download a copy now, then free some space (delete old interviews or saved copies).",
        list: [],
        action: downloadWorkspace('Download my interviews'),
        urgent: true,
      };
    case 'nearly-full':
      return {
        text: `Your browser's storage for this site is nearly full (about ${Math.round((notice.used / notice.quota) * 100)}% used). Everything is saved, but download a backup now, and delete old interviews or saved copies you no longer need.`,
        list: [],
        action: downloadWorkspace('Download a backup'),
        urgent: true,
      };
    case 'reset-elsewhere':
      return {
        text: 'Your data was replaced or deleted in another tab, so this tab now shows what is saved.',
        list: [],
        action: null,
        urgent: false,
      };
  }
}

/**
 * The file a kept copy downloads as, one that "Restore from a backup" reads:
 * "follow-up-kit-saved-copy-2026-11-24.json", dated by `now` in UTC.
 */
export function savedCopyFilename(now: Date): string {
  return `follow-up-kit-saved-copy-${now.toISOString().slice(0, 10)}.json`;
}
