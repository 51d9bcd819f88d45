/**
 * The site's icons as SVG path data on a 24 × 24 grid, drawn as 2 px strokes in
 * currentColor by the `.icon` style (global.css). Each is its own export so an island
 * that draws one icon ships that one path only; `Icon.astro` reads them all.
 */

/** A calendar page: adding a step to the calendar. */
export const CALENDAR = 'M4 6h16v14H4zM4 10h16M8 3v4M16 3v4';
/** An envelope: opening a draft in the mail app. */
export const MAIL = 'M3 5h18v14H3zM3 6l9 7 9-7';
/** Two sheets: copying a draft. */
export const COPY = 'M9 9h11v11H9zM5 15H4V4h11v1';
/** A tick: something done or sent. */
export const CHECK = 'M5 12.5l4.5 4.5L19 7';
/** A clock face: what is due, and snoozing. */
export const CLOCK = 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7v5l3 2';
/** A pencil: editing details, or writing a draft. */
export const EDIT = 'M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4';
/** A box with a lid: archiving an application. */
export const ARCHIVE = 'M3 4h18v4H3zM5 8v12h14V8M10 12h4';
/** A magnifier: search. */
export const SEARCH = 'M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM15.5 15.5L20 20';
/** An arrow into a tray: downloading a file. */
export const DOWNLOAD = 'M12 4v11M7 10l5 5 5-5M4 20h16';
/** An arrow to the right: going on to the next thing. */
export const ARROW = 'M5 12h14M13 6l6 6-6 6';
/** A warning triangle: something overdue or needing attention. */
export const ALERT = 'M12 3L2 20h20zM12 9v5M12 17v.5';

/** An icon's name as `Icon.astro` takes it: its export in lower case. */
export type IconName =
  | 'calendar'
  | 'mail'
  | 'copy'
  | 'check'
  | 'clock'
  | 'edit'
  | 'archive'
  | 'search'
  | 'download'
  | 'arrow'
  | 'alert';
