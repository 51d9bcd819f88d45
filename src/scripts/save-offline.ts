// "Save all guides for offline": fetched only when the reader presses the button. Says
// what it will download before it does (the size from offline-later.json, written by
// scripts/build-sw.ts), warns when the browser asks to save data, shows progress and can
// be stopped. Files go into the caches the service worker reads (src/lib/site/offline-caches.ts).
import { cacheFor, pageKey } from '../lib/site/offline-caches';

/** What offline-later.json holds: the files a first visit did not save, and their bytes. */
interface Later {
  bytes: number;
  files: string[];
}

/** Downloads at once: enough to be quick, few enough not to crowd out the reader's page. */
const PARALLEL = 4;

const megabytes = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Whether the reader's browser asks sites to save data (Chromium's Save-Data). */
function savesData(): boolean {
  return (
    (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true
  );
}

/** The URL a file is fetched from and saved under: pages by their folder, as they are asked for. */
function target(base: string, file: string): { fetchUrl: string; key: string } {
  const fetchUrl = new URL(`${base}${file}`, location.origin).href;
  return { fetchUrl, key: cacheFor(file) === 'fuk-search' ? fetchUrl : pageKey(fetchUrl) };
}

/**
 * Whether the service worker serves this page, waiting a few seconds for it on a first
 * visit (it takes over once installed): without it, saved guides would never be read.
 */
async function controlled(): Promise<boolean> {
  if (!('caches' in window) || !('serviceWorker' in navigator)) return false;
  const sw = navigator.serviceWorker;
  if (sw.controller) return true;
  await new Promise<void>((resolve) => {
    const done = () => resolve();
    sw.addEventListener('controllerchange', done, { once: true });
    setTimeout(done, 8000);
  });
  // Read again: the event above may have changed it.
  return (sw.controller as ServiceWorker | null) !== null;
}

/** Binds one "Save all guides" block: its button, status line, progress bar and stop button. */
export function mountSaveOffline(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const start = root.querySelector<HTMLButtonElement>('[data-save-start]')!;
  const confirm = root.querySelector<HTMLButtonElement>('[data-save-confirm]')!;
  const stop = root.querySelector<HTMLButtonElement>('[data-save-stop]')!;
  const status = root.querySelector<HTMLElement>('[data-save-status]')!;
  const bar = root.querySelector<HTMLProgressElement>('[data-save-progress]')!;
  let todo: string[] = [];
  let controller: AbortController | null = null;

  const say = (text: string) => {
    status.textContent = text;
  };

  /** Reads what is left to save, and asks before downloading it. */
  const prepare = async () => {
    start.disabled = true;
    if (!(await controlled())) {
      say(
        'Saving for offline needs this site’s offline copy, which starts on your first visit: reload the page once, then try again.',
      );
      start.disabled = false;
      return;
    }
    say('Checking what is not saved yet…');
    let later: Later;
    try {
      const response = await fetch(`${base}offline-later.json`, { cache: 'no-cache' });
      if (!response.ok) throw new Error(String(response.status));
      later = (await response.json()) as Later;
    } catch {
      say('You seem to be offline: connect, then try again.');
      start.disabled = false;
      return;
    }
    const saved = await Promise.all(
      later.files.map(async (f) => {
        const { key } = target(base, f);
        return !!(await (await caches.open(cacheFor(f))).match(key));
      }),
    );
    todo = later.files.filter((_, i) => !saved[i]);
    if (todo.length === 0) {
      say('Every guide is already saved for offline reading on this device.');
      start.disabled = false;
      return;
    }
    const share = later.files.length ? todo.length / later.files.length : 1;
    const size = megabytes(later.bytes * share);
    const guides = todo.filter((f) => f.startsWith('guides/')).length;
    say(
      `This saves ${guides} ${guides === 1 ? 'guide' : 'guides'} and their search text: about ${size}.` +
        (savesData()
          ? ' Your browser is set to save data: download only on a connection you do not pay for.'
          : ''),
    );
    confirm.textContent = `Download ${size}`;
    confirm.hidden = false;
    confirm.focus();
  };

  /** Downloads what is left, a few at a time, until done or stopped. */
  const download = async () => {
    confirm.hidden = true;
    stop.hidden = false;
    stop.focus();
    bar.hidden = false;
    bar.max = todo.length;
    bar.value = 0;
    controller = new AbortController();
    const { signal } = controller;
    // Read through a function: the Stop button changes it while the downloads await.
    const stopped = () => signal.aborted;
    let done = 0;
    let failed = 0;
    const queue = [...todo];
    const worker = async () => {
      for (let file = queue.shift(); file && !stopped(); file = queue.shift()) {
        const { fetchUrl, key } = target(base, file);
        try {
          const response = await fetch(fetchUrl, { signal });
          if (!response.ok) throw new Error(String(response.status));
          await (await caches.open(cacheFor(file))).put(key, response);
          done += 1;
        } catch {
          if (!stopped()) failed += 1;
        }
        bar.value = done + failed;
        say(`Saved ${done} of ${todo.length} files…`);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    stop.hidden = true;
    bar.hidden = true;
    start.disabled = false;
    if (stopped())
      say(`Stopped. ${done} files are saved; the rest are not. Press again to carry on.`);
    else if (failed)
      say(
        `${done} files saved; ${failed} could not be downloaded (check your connection and press again).`,
      );
    else say('Done: every guide is saved for offline reading on this device.');
    start.focus();
  };

  start.addEventListener('click', () => void prepare());
  confirm.addEventListener('click', () => void download());
  stop.addEventListener('click', () => controller?.abort());
}
