// The search UI, loaded on demand by site.ts. Talks to Pagefind's JS API directly
// (not its default UI) so the header box stays small and fully keyboard-driven.
import { excerptSegments } from '../lib/site/search-excerpt';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  /** Set when only the title is known: the result's text is not saved on this device. */
  notSaved?: boolean;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
    o?: { filters?: Record<string, string[]> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

let titles: Promise<Record<string, [string, string]>> | undefined;
/**
 * A result's page and title without its text: offline, when its Pagefind fragment is not
 * saved (scripts/build-sw.ts writes pagefind/titles.json, which is always saved).
 */
async function titleOnly(base: string, id: string): Promise<PagefindResultData> {
  titles ??= fetch(`${base}pagefind/titles.json`).then(
    (r) => r.json() as Promise<Record<string, [string, string]>>,
  );
  const known: Record<string, [string, string]> = await titles.catch(() => ({}));
  const [url, title] = known[id] ?? ['', 'A guide'];
  return { url: `${base}${url.replace(/^\//, '')}`, excerpt: '', meta: { title }, notSaved: true };
}

const MAX_HEADER_RESULTS = 6;
const MAX_PAGE_RESULTS = 20;

let api: Promise<PagefindApi> | undefined;
/** Loads Pagefind once, from under the site's base path. */
function pagefind(base: string): Promise<PagefindApi> {
  api ??= (async () => {
    const mod = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    // No metaCacheTag: a build id in this script would change its name on every build, and
    // with it the site script that imports it and every page's HTML, so a redeploy of the
    // same content would re-download every page. Pagefind then asks for
    // pagefind-entry.json?ts=<now>; the service worker answers it from the saved copy of
    // this build (it ignores the query), and without one the host serves it fresh.
    await mod.options({ baseUrl: base, excerptLength: 24 });
    await mod.init();
    return mod;
  })();
  return api;
}

/** Renders one result as a link with a highlighted excerpt, never parsing result text as HTML. */
function renderResult(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = data.url;
  a.className = 'search-result-title';
  a.textContent = data.meta.title ?? data.url;
  const p = document.createElement('p');
  p.className = 'search-result-excerpt';
  for (const seg of excerptSegments(data.excerpt)) {
    if (seg.match) {
      const mark = document.createElement('mark');
      mark.textContent = seg.text;
      p.append(mark);
    } else p.append(seg.text);
  }
  li.append(a, p);
  if (data.notSaved) {
    // Offline, the one thing to offer: saving every guide ahead, next time there is a connection.
    const save = document.createElement('a');
    save.href = `${data.url.slice(0, data.url.indexOf('guides/'))}#save-offline-heading`;
    save.textContent = 'save all guides';
    p.replaceChildren(
      'Not saved on this device yet: it opens when you are back online, or ',
      save,
      ' then to read every guide offline.',
    );
  }
  return li;
}

/**
 * Runs a query and fills `list`; a newer query started meanwhile wins, so results
 * never arrive out of order.
 */
function makeRunner(base: string, list: HTMLOListElement, status: HTMLElement, max: number) {
  let generation = 0;
  return async (term: string, filters?: Record<string, string[]>): Promise<number> => {
    const mine = ++generation;
    const q = term.trim();
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return 0;
    }
    let found;
    try {
      found = await (await pagefind(base)).search(q, filters ? { filters } : {});
    } catch {
      if (mine === generation)
        status.textContent = navigator.onLine
          ? 'Search could not load. Try reloading the page.'
          : 'Offline, search covers the words of the guides saved on this device. To search everything offline, save all guides when you are back online (on the home page).';
      return 0;
    }
    if (!found || mine !== generation) return -1;
    const datas = await Promise.all(
      found.results.slice(0, max).map((r) => r.data().catch(() => titleOnly(base, r.id))),
    );
    if (mine !== generation) return -1;
    // A reader already arrowing through the list keeps their place when later keystrokes'
    // results arrive, instead of losing focus with the links it was on.
    const at = [...list.querySelectorAll('a')].indexOf(document.activeElement as HTMLAnchorElement);
    list.replaceChildren(...datas.map(renderResult));
    if (at >= 0) list.querySelectorAll('a')[at]?.focus();
    const n = found.results.length;
    status.textContent =
      n === 0
        ? `No guides match “${q}”.`
        : `${n} ${n === 1 ? 'guide matches' : 'guides match'} “${q}”.`;
    return n;
  };
}

/** Binds the header search box: live results, Enter opens the first, Escape closes. */
export function mountHeaderSearch(form: HTMLFormElement): void {
  const base = form.dataset.base ?? '/';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const more = form.querySelector<HTMLAnchorElement>('[data-search-more]')!;
  const run = makeRunner(base, list, status, MAX_HEADER_RESULTS);
  void pagefind(base).catch(() => undefined);

  // Set by Escape so re-focusing the box does not pop the panel straight back up.
  let dismissed = false;
  const close = () => {
    panel.hidden = true;
  };
  const update = async () => {
    dismissed = false;
    panel.hidden = input.value.trim() === '';
    const n = await run(input.value);
    // The panel lists the first few; the rest are one link away on the search page.
    if (n === -1) return;
    more.hidden = n <= MAX_HEADER_RESULTS;
    more.href = `${form.action.split('?')[0]}?q=${encodeURIComponent(input.value.trim())}`;
    more.textContent = `See all ${n} results`;
  };
  input.addEventListener('input', () => void update());
  if (input.value.trim()) void update();
  form.addEventListener('submit', (e) => {
    const first = list.querySelector<HTMLAnchorElement>('a');
    if (first && !panel.hidden) {
      e.preventDefault();
      location.href = first.href;
    }
  });
  form.addEventListener('keydown', (e) => {
    const links = [
      ...list.querySelectorAll<HTMLAnchorElement>('a'),
      ...(more.hidden ? [] : [more]),
    ];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'Escape') {
      if (!panel.hidden) {
        e.preventDefault();
        dismissed = true;
        close();
        input.focus();
      } else if (input.value) {
        input.value = '';
      }
    } else if (e.key === 'ArrowDown' && links.length) {
      e.preventDefault();
      links[Math.min(at + 1, links.length - 1)]!.focus();
    } else if (e.key === 'ArrowUp' && links.length) {
      e.preventDefault();
      if (at <= 0) input.focus();
      else links[at - 1]!.focus();
    }
  });
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) close();
  });
  // Safari does not focus a link that is clicked or tapped: the box's focus would go to
  // nothing, the panel would close, and the click would land on nothing. Pressing a result
  // keeps the focus in the box; the click then follows the link in every browser.
  panel.addEventListener('mousedown', (e) => e.preventDefault());
  input.addEventListener('focus', () => {
    if (!dismissed && input.value.trim() && list.childElementCount) panel.hidden = false;
  });
}

/** Binds the /search/ page: reads ?q= and ?stage=, and keeps the URL in step with the query. */
export function mountSearchPage(root: HTMLElement): void {
  const base = document.querySelector<HTMLFormElement>('[data-search-form]')?.dataset.base ?? '/';
  const form = root.querySelector<HTMLFormElement>('[data-search-page-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const stage = form.querySelector<HTMLSelectElement>('select[name="stage"]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const run = makeRunner(base, list, status, MAX_PAGE_RESULTS);

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const wanted = params.get('stage') ?? '';
  if ([...stage.options].some((o) => o.value === wanted)) stage.value = wanted;

  const update = () => {
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    if (stage.value) url.searchParams.set('stage', stage.value);
    else url.searchParams.delete('stage');
    history.replaceState(null, '', url);
    return run(input.value, stage.value ? { stage: [stage.value] } : undefined);
  };
  input.addEventListener('input', () => void update());
  stage.addEventListener('change', () => void update());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void update();
  });
  input.addEventListener('keydown', (e) => {
    const first = list.querySelector<HTMLAnchorElement>('a');
    if (e.key === 'Enter' && first) {
      e.preventDefault();
      location.href = first.href;
    } else if (e.key === 'Escape') {
      input.value = '';
      void update();
    }
  });
  if (input.value) void update();
  input.focus();
}
