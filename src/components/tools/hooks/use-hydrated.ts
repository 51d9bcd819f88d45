import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $workspaceReady } from '../../../stores/workspace';

/**
 * False during server rendering, the first client render and while older saved data
 * is being migrated; true after. Islands show a neutral "loading" state until then, so
 * saved data never flashes as empty fields and the server HTML matches the first
 * client render.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  const ready = useStore($workspaceReady);
  useEffect(() => setHydrated(true), []);
  return hydrated && ready;
}
