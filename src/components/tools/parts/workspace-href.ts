import { withBase } from '../../../lib/site/base-path';

/** The workspace page, under whatever base the site is deployed at. */
export const WORKSPACE_HREF = withBase('workspace/', import.meta.env.BASE_URL);
