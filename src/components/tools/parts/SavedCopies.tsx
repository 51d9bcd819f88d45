import { useEffect, useState } from 'preact/hooks';
import { savedCopies } from '../../../stores/workspace-admin';
import { copySizeText, type SnapshotInfo } from '../../../lib/workspace/snapshots';
import { formatStamp } from '../../../lib/dates/format-date';
import { downloadCopy } from './StorageNoticePanel';

interface Props {
  /** Starts a restore from a copy's text, as from a chosen file. */
  onRestore: (text: string, name: string) => void;
  say: (text: string) => void;
  fail: (text: string) => void;
  /** Changes when copies may have been added or removed. */
  refresh: number;
}

/**
 * The copies the kit keeps in this browser (of data it could not read, and of
 * everything before a restore), each to download, restore or delete. Fetched by
 * DataControls only when there is one.
 */
export function SavedCopies({ onRestore, say, fail, refresh }: Props) {
  const [copies, setCopies] = useState<SnapshotInfo[]>([]);
  const [words, setWords] = useState<Record<string, string>>({});
  const reload = async () => {
    const c = await savedCopies();
    setWords(c.words);
    setCopies(c.list());
  };
  useEffect(() => void reload(), [refresh]);
  if (copies.length === 0) return null;

  const act = async (info: SnapshotInfo, what: 'download' | 'restore' | 'delete') => {
    const c = await savedCopies();
    const when = formatStamp(info.at, { seconds: true });
    if (what === 'delete') {
      c.remove(info.key);
      await reload();
      return say(`Deleted the saved copy from ${when}.`);
    }
    if (what === 'download')
      return (await downloadCopy(info.key))
        ? say(`Downloaded the saved copy from ${when}.`)
        : fail('That saved copy could not be read back.');
    const text = c.text(info.key);
    if (text === null)
      return fail('That saved copy could not be read back, so nothing was changed.');
    onRestore(text, `the saved copy from ${when}`);
  };
  return (
    <>
      <h3 id="data-copies-heading">Saved copies</h3>
      <p>
        Kept in this browser when saved data could not be read, or just before a restore replaced
        it. Each can be downloaded or restored.
      </p>
      <ul class="tool-list" aria-labelledby="data-copies-heading">
        {copies.map((c) => {
          const when = formatStamp(c.at, { seconds: true });
          return (
            <li key={c.key}>
              <div class="tool-list-main">
                <strong>{when}</strong>
                <span class="tool-muted">
                  {words[c.reason] ?? c.reason} · {copySizeText(c.length)}
                </span>
              </div>
              <div class="tool-actions">
                <button
                  type="button"
                  class="tool-button tool-button-quiet"
                  onClick={() => void act(c, 'download')}
                >
                  Download<span class="visually-hidden"> the copy from {when}</span>
                </button>
                <button
                  type="button"
                  class="tool-button tool-button-quiet"
                  onClick={() => void act(c, 'restore')}
                >
                  Restore<span class="visually-hidden"> the copy from {when}</span>
                </button>
                <button
                  type="button"
                  class="tool-button tool-button-danger"
                  onClick={() => void act(c, 'delete')}
                >
                  Delete<span class="visually-hidden"> the copy from {when}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
