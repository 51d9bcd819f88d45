// Loaded by site.ts only when a new version of the site is installed and waiting: a
// banner at the top of the header offering to reload into it. The waiting worker takes
// over only when asked (SKIP_WAITING); site.ts reloads the page when it does.
/** Set by "Later": not asked again in this tab until it is closed. */
const LATER_KEY = 'fuk-update-later';

export function offerUpdate(reg: ServiceWorkerRegistration): void {
  try {
    if (sessionStorage.getItem(LATER_KEY)) return;
  } catch {
    // No session storage: ask again on each page.
  }
  if (document.querySelector('[data-update-banner]')) return;
  const banner = document.createElement('div');
  banner.className = 'update-banner';
  banner.dataset.updateBanner = '';
  const message = document.createElement('p');
  message.setAttribute('role', 'status');
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button';
  reload.textContent = 'Reload';
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'update-later';
  later.textContent = 'Later';
  banner.append(message, reload, later);
  (document.querySelector('.site-header') ?? document.body).prepend(banner);
  // Filled once the live region is in the page, so screen readers announce it.
  setTimeout(() => (message.textContent = 'A new version of Follow-Up Kit is ready.'), 50);

  reload.addEventListener('click', () => {
    reload.disabled = true;
    message.textContent = 'Updating…';
    if (reg.waiting) reg.waiting.postMessage({ type: 'SKIP_WAITING' });
    else location.reload();
  });
  later.addEventListener('click', () => {
    try {
      sessionStorage.setItem(LATER_KEY, '1');
    } catch {
      // Ignored: the banner comes back on the next page.
    }
    banner.remove();
    document.querySelector<HTMLElement>('.brand')?.focus();
  });
}
