// mailto: links (RFC 6068) that open the user's own mail program with a draft filled
// in: the kit never sends mail itself.

/**
 * Longest mailto: link we offer as a single click. Some mail clients, and Windows when
 * it hands a link to the default mail program, cut longer URLs off without a word,
 * so a longer draft should be copied and pasted instead.
 */
export const MAILTO_MAX_LENGTH = 2000;

/** What goes into a mailto: link. */
export interface MailtoFields {
  to: string;
  cc?: string[];
  subject: string;
  body: string;
}

/** A mailto: link and whether it is too long to trust to every mail program. */
export interface Mailto {
  href: string;
  tooLong: boolean;
}

/** Replaces unpaired UTF-16 halves, which encodeURIComponent refuses with an error. */
function wellFormed(text: string): string {
  return String(text ?? '').replace(/\p{Cs}/gu, '\uFFFD');
}

/** Percent-encodes an address, leaving '@' readable as RFC 6068 allows. */
function encodeAddress(address: string): string {
  return encodeURIComponent(wellFormed(address)).replace(/%40/g, '@');
}

/**
 * Builds a mailto: link. Subject and body are percent-encoded in full; line breaks in
 * the body become CRLF (%0D%0A) as RFC 6068 requires, and any in the subject become a
 * space, since a header is one line. Empty cc entries are left out.
 */
export function buildMailto(fields: MailtoFields): Mailto {
  const query: string[] = [];
  const cc = (fields.cc ?? []).filter((address) => address !== '');
  if (cc.length > 0) query.push(`cc=${cc.map(encodeAddress).join(',')}`);
  const subject = wellFormed(fields.subject).replace(/\r\n|\r|\n/g, ' ');
  if (subject !== '') query.push(`subject=${encodeURIComponent(subject)}`);
  const body = wellFormed(fields.body).replace(/\r\n|\r|\n/g, '\r\n');
  if (body !== '') query.push(`body=${encodeURIComponent(body)}`);
  const href = `mailto:${encodeAddress(fields.to)}${query.length > 0 ? `?${query.join('&')}` : ''}`;
  return { href, tooLong: href.length > MAILTO_MAX_LENGTH };
}

/** Percent-decoding that leaves a malformed escape as written instead of throwing. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Reads a mailto: link back into its fields (CRLF in the body becomes \n), or null when
 * `href` is not a mailto: link. Extra `to=` fields join the address list with commas.
 */
export function parseMailto(
  href: string,
): { to: string; cc: string[]; subject: string; body: string } | null {
  const match = /^mailto:([^?#]*)(?:\?([^#]*))?/i.exec(typeof href === 'string' ? href : '');
  if (!match) return null;
  const to = [match[1] ? decode(match[1]) : ''];
  const cc: string[] = [];
  let subject = '';
  let body = '';
  for (const field of (match[2] ?? '').split('&')) {
    const equals = field.indexOf('=');
    if (equals < 0) continue;
    const name = decode(field.slice(0, equals)).toLowerCase();
    const value = field.slice(equals + 1);
    if (name === 'to') to.push(...value.split(',').map(decode));
    else if (name === 'cc') cc.push(...value.split(',').filter(Boolean).map(decode));
    else if (name === 'subject') subject = decode(value);
    else if (name === 'body') body = decode(value).replace(/\r\n/g, '\n');
  }
  return { to: to.filter(Boolean).join(','), cc, subject, body };
}
