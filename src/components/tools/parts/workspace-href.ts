import { withBase } from '../../../lib/site/base-path';

/** The workspace page, under whatever base the site is deployed at. */
export const WORKSPACE_HREF = withBase('workspace/', import.meta.env.BASE_URL);

/** The page of one application (the hub: its summary, its steps and their drafts). */
export const APPLICATION_HREF = withBase('workspace/application/', import.meta.env.BASE_URL);

/** The short flow a candidate goes through right after an interview. */
export const DEBRIEF_HREF = withBase('workspace/debrief/', import.meta.env.BASE_URL);

/** The page of the application with this id; `#edit` opens its details for editing. */
export const applicationHref = (id: string, edit = false): string =>
  `${APPLICATION_HREF}?id=${encodeURIComponent(id)}${edit ? '#edit' : ''}`;

/** The debrief of a new round of the application with this id, or of a new application. */
export const debriefHref = (id?: string): string =>
  id ? `${DEBRIEF_HREF}?id=${encodeURIComponent(id)}` : DEBRIEF_HREF;
