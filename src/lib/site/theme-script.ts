// The pre-paint inline script, kept as a string in one place: BaseLayout inlines it, and
// astro.config.mjs hashes the very same text for the Content-Security-Policy, which
// allows no inline script it has not hashed.

/**
 * Hides the whole page when any frame around it belongs to another origin (reading a
 * cross-origin window's location throws), so nothing on it can be clicked through an
 * invisible frame (clickjacking). The frame-ancestors header (src/lib/security-headers.ts)
 * stops that on hosts that send it; this covers hosts that cannot send headers. It hides
 * through the CSSOM, which the CSP allows; framing by a page of this site still works.
 * A frame sandboxed without scripts skips it, but there no island runs either, so no
 * button does anything.
 */
export const FRAME_GUARD =
  "try{for(var w=self;w!==top;)if((w=w.parent).location.origin!==location.origin)throw 0}catch(e){document.documentElement.style.display='none'}";

/**
 * Sets data-theme on <html> before the first paint (the stored choice, else the
 * system's), so a dark-theme reader never sees a white flash. Mirrors lib/theme.ts.
 * Runs the frame guard first, so a framed page is hidden before it is painted.
 */
export const THEME_SCRIPT =
  '(function(){' +
  FRAME_GUARD +
  "var t=null;try{t=localStorage.getItem('fuk-theme')}catch(e){}if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';document.documentElement.dataset.theme=t})();";
