/**
 * Normalises a base path to start and end with exactly one slash, so joining never
 * doubles or drops a slash whatever BASE_PATH or import.meta.env.BASE_URL holds.
 */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Joins a site-internal path (with or without a leading slash) onto a base path.
 * Leaves absolute URLs, protocol-relative URLs, fragments and queries untouched.
 */
export function withBase(path: string, base: string | undefined): string {
  if (/^([a-z][a-z0-9+.-]*:|\/\/|#|\?)/i.test(path)) return path;
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

/** The URL of a guide, from its collection id. */
export function guideHref(id: string, base: string | undefined): string {
  return withBase(`guides/${id}/`, base);
}
