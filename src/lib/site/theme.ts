/** The two colour themes the site ships. */
export type Theme = 'light' | 'dark';

/** localStorage key for the reader's explicit theme choice (absent = follow the system). */
export const THEME_KEY = 'fuk-theme';

/**
 * Picks the theme to show: a valid stored choice wins, otherwise the system preference.
 * Anything else in storage (corrupt, old format) is ignored rather than trusted.
 */
export function resolveTheme(stored: string | null, systemPrefersDark: boolean): Theme {
  if (stored === 'light' || stored === 'dark') return stored;
  return systemPrefersDark ? 'dark' : 'light';
}
