// The pre-paint theme script, kept as a string in one place: BaseLayout inlines it, and
// astro.config.mjs hashes the very same text for the Content-Security-Policy, which
// allows no inline script it has not hashed.

/**
 * Sets data-theme on <html> before the first paint (the stored choice, else the
 * system's), so a dark-theme reader never sees a white flash. Mirrors lib/theme.ts.
 */
export const THEME_SCRIPT =
  "(function(){var t=null;try{t=localStorage.getItem('fuk-theme')}catch(e){}if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';document.documentElement.dataset.theme=t})();";
