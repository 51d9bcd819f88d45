import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $storageNotice } from '../../../stores/workspace';
import type { StorageNoticePanel } from './StorageNoticePanel';

/**
 * Shows the storage notice when there is one. The wording and the download code are
 * fetched only then: most visits have nothing to report, and every tool page has a
 * 25 KB budget.
 */
export function StorageNotice() {
  const notice = useStore($storageNotice);
  const [Panel, setPanel] = useState<typeof StorageNoticePanel | null>(null);
  useEffect(() => {
    if (notice && !Panel)
      void import('./StorageNoticePanel').then((m) => setPanel(() => m.StorageNoticePanel));
  }, [notice, Panel]);
  return notice && Panel ? <Panel notice={notice} /> : null;
}
