// Runs on every page. Kept tiny on purpose: the search engine and its UI load only
// when the reader shows intent to search (focus, typing, `/` or Ctrl+K).
import { THEME_KEY, resolveTheme, type Theme } from '../lib/site/theme';

function applyTheme(theme: Theme, toggle: HTMLElement | null): void {
  document.documentElement.dataset.theme = theme;
  toggle?.setAttribute('aria-pressed', String(theme === 'dark'));
}

const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const systemDark = matchMedia('(prefers-color-scheme: dark)');
function storedTheme(): string | null {
  try {
    return localStorage.getItem(THEME_KEY);
  } catch {
    return null;
  }
}
applyTheme(resolveTheme(storedTheme(), systemDark.matches), toggle);
toggle?.addEventListener('click', () => {
  const next: Theme = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
  try {
    localStorage.setItem(THEME_KEY, next);
  } catch {
    // Storage blocked: the choice still applies to this page.
  }
  applyTheme(next, toggle);
});
systemDark.addEventListener('change', () =>
  applyTheme(resolveTheme(storedTheme(), systemDark.matches), toggle),
);
// Another tab changed the theme: follow it so open tabs agree.
addEventListener('storage', (e) => {
  if (e.key === THEME_KEY || e.key === null)
    applyTheme(resolveTheme(storedTheme(), systemDark.matches), toggle);
});

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
let loading: Promise<unknown> | undefined;
function loadSearch(): Promise<unknown> {
  if (!form) return Promise.resolve();
  loading ??= import('./search-ui').then((m) => m.mountHeaderSearch(form));
  return loading;
}
if (form && input) {
  input.addEventListener('focus', loadSearch, { once: true });
  input.addEventListener('pointerenter', loadSearch, { once: true });
  addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    if (
      (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) ||
      ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k')
    ) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
}

// "Save all guides for offline": its code arrives only when its button is pressed.
for (const block of document.querySelectorAll<HTMLElement>('[data-save-offline]')) {
  const button = block.querySelector<HTMLButtonElement>('[data-save-start]');
  button?.addEventListener(
    'click',
    () =>
      void import('./save-offline').then((m) => {
        m.mountSaveOffline(block);
        button.click();
      }),
    { once: true },
  );
}

const page = document.querySelector<HTMLElement>('[data-search-page]');
if (page) void import('./search-ui').then((m) => m.mountSearchPage(page));

// Offline: the service worker (src/sw/) saves the site's shell on the first visit (the
// whole site while it is small) and each guide as it is read. When a
// new build's worker has installed and waits, a banner offers to reload into it; when
// the worker in charge changes (that reload, or another tab's), this page reloads, so it
// never mixes files from two builds.
if (import.meta.env.PROD) {
  try {
    const sw = navigator.serviceWorker;
    const base = import.meta.env.BASE_URL;
    let controlled = !!sw.controller;
    sw.addEventListener('controllerchange', () => {
      if (controlled) location.reload();
      controlled = true;
    });
    addEventListener('load', () => {
      sw.register(`${base}sw.js`, { scope: base }).then(
        (reg) => {
          // Undefined where workers are blocked (browser policy, the e2e tests), whatever the DOM types say.
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
          if (!reg) return;
          const offer = () => {
            if (reg.waiting && sw.controller)
              void import('./update-banner').then((m) => m.offerUpdate(reg));
          };
          offer();
          reg.addEventListener('updatefound', () => {
            const next = reg.installing;
            next?.addEventListener('statechange', () => next.state === 'installed' && offer());
          });
        },
        () => undefined,
      );
    });
  } catch {
    // No service workers here (an insecure origin, or a browser without them): the site works online.
  }
}
