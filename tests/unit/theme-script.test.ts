// The inline script every page runs before its first paint (theme-script.ts), run here
// against a stand-in window: it picks the theme (stored choice, else the system's) and
// hides a page framed by another site.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { THEME_SCRIPT } from '../../src/lib/site/theme-script';

interface Frame {
  location: { origin: string };
  parent: Frame;
}

interface Setup {
  stored?: string | null;
  /** getItem throws (storage blocked). */
  storageBlocked?: boolean;
  systemDark?: boolean;
  /** The origins of the frames around the page, innermost first ([] when not framed). */
  framedBy?: string[];
  /** Another origin's location reads (instead of throwing): its origin must still be compared. */
  foreignReadable?: boolean;
}

/** Runs the script as a page would; returns what it set on <html>. */
function runScript({
  stored = null,
  storageBlocked = false,
  systemDark = false,
  framedBy = [],
  foreignReadable = false,
}: Setup) {
  const origin = 'https://followupkit.example';
  const html = { dataset: {} as Record<string, string>, style: { display: '' } };
  const self = { location: { origin } } as Frame;
  let inner = self;
  for (const outer of framedBy) {
    const frame = {} as Frame;
    // Reading another origin's location throws, as browsers do.
    Object.defineProperty(frame, 'location', {
      get: () => {
        if (outer !== origin && !foreignReadable)
          throw new DOMException('Blocked a frame', 'SecurityError');
        return { origin: outer };
      },
    });
    inner.parent = frame;
    inner = frame;
  }
  inner.parent = inner;
  const top = inner;
  const localStorage = {
    getItem: (key: string) => {
      if (storageBlocked) throw new DOMException('denied', 'SecurityError');
      return key === 'fuk-theme' ? stored : null;
    },
  };
  const matchMedia = (query: string) => ({
    matches: query === '(prefers-color-scheme: dark)' && systemDark,
  });
  // A context of its own, as the page's global scope: the script sees only what is given.
  runInNewContext(THEME_SCRIPT, {
    self,
    top,
    location: self.location,
    localStorage,
    matchMedia,
    document: { documentElement: html },
  });
  return { theme: html.dataset.theme, hidden: html.style.display === 'none' };
}

describe('the pre-paint theme script', () => {
  it('uses the stored choice over the system’s', () => {
    expect(runScript({ stored: 'dark', systemDark: false }).theme).toBe('dark');
    expect(runScript({ stored: 'light', systemDark: true }).theme).toBe('light');
  });
  it('follows the system when nothing valid is stored, or storage is blocked', () => {
    expect(runScript({ systemDark: true }).theme).toBe('dark');
    expect(runScript({ systemDark: false }).theme).toBe('light');
    expect(runScript({ stored: 'purple', systemDark: true }).theme).toBe('dark');
    expect(runScript({ stored: 'dark', storageBlocked: true, systemDark: false }).theme).toBe(
      'light',
    );
  });
  it('shows a page that is not framed, or framed by this site', () => {
    expect(runScript({}).hidden).toBe(false);
    expect(runScript({ framedBy: ['https://followupkit.example'] }).hidden).toBe(false);
  });
  it('hides a page framed by another site, however deep (clickjacking), and still sets the theme', () => {
    expect(runScript({ framedBy: ['https://evil.example'] })).toEqual({
      theme: 'light',
      hidden: true,
    });
    expect(
      runScript({ framedBy: ['https://followupkit.example', 'https://evil.example'] }).hidden,
    ).toBe(true);
    expect(runScript({ framedBy: ['https://evil.example'], foreignReadable: true }).hidden).toBe(
      true,
    );
  });
});
