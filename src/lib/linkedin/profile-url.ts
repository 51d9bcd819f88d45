// Checking the LinkedIn profile address a user pastes for an interviewer. The page
// turns it into a link, so the address it gets back is always rebuilt here from the
// profile name alone: nothing the user typed but that name can reach an href, and the
// name is percent-encoded on the way in.

/**
 * The result of {@link checkProfileUrl}. For `ok`, `url` is rebuilt as
 * https://www.linkedin.com/in/<slug>/ and `slug` is the decoded profile name; for
 * `invalid`, `reason` is one plain-English sentence, fit to show under the field.
 */
export type ProfileUrlCheck =
  | { kind: 'empty' }
  | { kind: 'ok'; url: string; slug: string }
  | { kind: 'invalid'; reason: string };

// linkedin.com, www., m. (the old mobile site) or a two-letter country or language
// subdomain (uk., de.); a trailing dot is the same host written fully qualified.
const HOST = /^(?:(?:www|m|[a-z]{2})\.)?linkedin\.com\.?$/;
// LinkedIn custom profile names: 3–100 letters (any script) or numbers, and hyphens;
// older generated ones also have underscores. \p{M} keeps names in scripts written
// with combining marks (Hindi, Thai) whole.
const SLUG = /^[\p{L}\p{M}\p{N}_-]{3,100}$/u;

const REASON = {
  characters:
    'This is not a web address: it contains characters such as < > or quotes that addresses never have.',
  spaces: 'A profile address has no spaces or line breaks in it.',
  scheme:
    'Only web addresses can be used here: the profile address starts with https:// or simply linkedin.com.',
  slashes: 'The address is missing the two slashes after https:, so it cannot be read.',
  credentials:
    'A profile address has no user name or password in it; copy it again from the address bar.',
  port: 'A profile address has no port number (a colon and digits after the domain); copy it again from the address bar.',
  host: 'This address is not on linkedin.com, so it cannot be a LinkedIn profile.',
  bare: "Paste the whole address of the person's profile, starting with linkedin.com/in/.",
  shortLink:
    "This is a short link; open it and copy the profile's address from your browser's address bar.",
  home: "This is LinkedIn's home page; open the person's profile and copy its address.",
  company: "This is a company page, not a person's profile.",
  school: "This is a school page, not a person's profile.",
  pub: 'This is an old-style /pub/ address; open the profile and copy the address that has /in/ in it.',
  otherPath:
    "This is not a person's profile address; those start with linkedin.com/in/ followed by their profile name.",
  noSlug: "The address stops before the person's profile name, the part after /in/.",
  subpage:
    'This links to part of a profile; use its main address, which ends right after the profile name.',
  encoding:
    'The profile name in this address has a broken %-code; copy the address again from the address bar.',
  short:
    'The profile name after /in/ is too short: LinkedIn profile names are at least 3 characters.',
  long: 'The profile name after /in/ is too long: LinkedIn profile names are at most 100 characters.',
  slug: 'The profile name after /in/ has characters LinkedIn does not allow: only letters, numbers and hyphens.',
} as const;

const invalid = (reason: string): ProfileUrlCheck => ({ kind: 'invalid', reason });

/**
 * Checks a pasted LinkedIn profile address: linkedin.com/in/<name> with or without
 * http(s)://, with www. or a country subdomain, a trailing slash, a query and a
 * fragment (both dropped), and a percent-encoded or Unicode name. Anything else gets a
 * one-sentence reason: another host (look-alikes included), a non-web scheme,
 * credentials, a port, a company page, another path, or a name LinkedIn would not
 * allow. Never throws.
 */
export function checkProfileUrl(input: string): ProfileUrlCheck {
  try {
    return check(typeof input === 'string' ? input.trim() : '');
  } catch {
    // Nothing above is known to throw; a paste must never break the form if it does.
    return invalid(REASON.bare);
  }
}

function check(text: string): ProfileUrlCheck {
  if (text === '') return { kind: 'empty' };
  // Checked before the scheme, so pasted HTML gets the reason that fits it best.
  if (/[<>"'`\\{}|^]/.test(text)) return invalid(REASON.characters);
  if (/[\s\p{Cc}]/u.test(text)) return invalid(REASON.spaces);

  let rest = text;
  const scheme = /^([a-z][a-z\d+.-]*):(.*)$/is.exec(text);
  if (scheme) {
    const name = (scheme[1] ?? '').toLowerCase();
    const after = scheme[2] ?? '';
    if (name === 'http' || name === 'https') {
      if (!after.startsWith('//')) return invalid(REASON.slashes);
      rest = after.slice(2);
    } else if (name.includes('.') && /^\d*(?:[/?#]|$)/.test(after)) {
      // "linkedin.com:8080/in/x" reads as scheme "linkedin.com" to the pattern above.
      return invalid(REASON.port);
    } else {
      return invalid(REASON.scheme);
    }
  } else if (rest.startsWith('//')) {
    rest = rest.slice(2);
  }

  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd < 0 ? rest : rest.slice(0, authorityEnd);
  const afterHost = authorityEnd < 0 ? '' : rest.slice(authorityEnd);
  if (authority.includes('@')) return invalid(REASON.credentials);
  if (authority.startsWith('[')) return invalid(REASON.host);
  if (authority.includes(':')) return invalid(REASON.port);
  const host = authority.toLowerCase();
  if (host === 'lnkd.in') return invalid(REASON.shortLink);
  if (!HOST.test(host))
    return invalid(!host.includes('.') && afterHost === '' ? REASON.bare : REASON.host);

  const queryStart = afterHost.search(/[?#]/);
  const path = queryStart < 0 ? afterHost : afterHost.slice(0, queryStart);
  if (path === '' || path === '/') return invalid(REASON.home);
  const parts = path.slice(1).split('/');
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  const section = (parts[0] ?? '').toLowerCase();
  if (section === 'company') return invalid(REASON.company);
  if (section === 'school') return invalid(REASON.school);
  if (section === 'pub') return invalid(REASON.pub);
  if (section !== 'in') return invalid(REASON.otherPath);
  const raw = parts[1] ?? '';
  if (raw === '') return invalid(REASON.noSlug);
  if (parts.length > 2) return invalid(REASON.subpage);

  let slug: string;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    return invalid(REASON.encoding);
  }
  if (!SLUG.test(slug)) {
    // The slug was percent-decoded; LinkedIn's 3–100 limit counts characters, near enough code points.
    // eslint-disable-next-line @typescript-eslint/no-misused-spread
    const length = [...slug].length;
    return invalid(length < 3 ? REASON.short : length > 100 ? REASON.long : REASON.slug);
  }
  return { kind: 'ok', url: `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`, slug };
}
