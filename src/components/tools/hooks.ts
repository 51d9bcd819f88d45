import { useEffect, useState } from 'preact/hooks';

/**
 * False during server rendering and the first client render, true after. Islands show
 * a neutral "loading" state until then, so the saved data never flashes as empty
 * fields and the server HTML always matches the first client render.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/** The current time, refreshed every `ms` so countdowns stay true while the page is open. */
export function useNow(ms = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
