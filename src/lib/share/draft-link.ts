// "Share a draft for review": the draft travels in the link's fragment (the part after
// "#", which browsers never send to a server), compressed with lz-string so a long
// email still fits in a link. The reader treats the fragment as hostile: it never
// throws, caps every size before and after decompressing, and keeps only four
// strictly typed fields. The page shows them as text, never as HTML.
import LZString from 'lz-string';
import type { MessageKind } from '../workspace/schema';

/** A draft as shared: what a reviewer needs to see, nothing else from the workspace. */
export interface SharedDraft {
  kind: MessageKind | 'other';
  subject: string;
  body: string;
  /** Who it is going to (an address or a name); '' unless the user chose to share contacts. */
  to: string;
}

/** Version of the link's payload, so a later format can be told apart. */
export const SHARE_VERSION = 1;
/** Longest fragment read. A 20,000-character draft of ordinary prose compresses to well under it. */
export const MAX_FRAGMENT_LENGTH = 16_000;
/** Longest payload read once decompressed (a few characters of input can expand to megabytes). */
export const MAX_PAYLOAD_LENGTH = 40_000;
/** Field limits: the workspace's own (read-workspace.ts: one line, long text). */
export const SHARE_LIMITS = { subject: 500, body: 20_000, to: 500 } as const;

/** The fragment's parameter name: "#d=…". */
const PARAM = 'd';

// ---------------------------------------------------------------------------------
// Leaving contact details out.

/** An email address; the lookbehind starts matches only at the start of a word, so a long run of letters stays linear. */
const EMAIL = /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** A LinkedIn profile address ("linkedin.com/in/…"): contact details too. Starts at a word's start, like EMAIL. */
const LINKEDIN = /(?<![\w./-])(?:https?:\/\/)?(?:[\w-]+\.)?linkedin\.com\/in\/[^\s<>"')\]]+/giu;
/**
 * Dates and times, which look like phone numbers to a pattern of digits and dashes:
 * 2026-11-24, 24.11.2026, 11/24/2026, 2026/11/24, 14:30, 9.30–10.30, 2019-2023.
 * They are hidden from the phone pattern (not changed).
 */
const DATE_OR_TIME = new RegExp(
  [
    String.raw`\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:[T ]\d{1,2}[:.]\d{2}(?::\d{2})?)?`,
    String.raw`[0-3]?\d[-./][0-3]?\d[-./](?:\d{4}|\d{2})`,
    String.raw`(?:19|20)\d{2}\s?[-–—]\s?(?:19|20)\d{2}`,
    String.raw`[0-2]?\d[:.][0-5]\d(?:[:.][0-5]\d)?(?:\s?[-–—]\s?[0-2]?\d[:.][0-5]\d)?`,
  ]
    .map((p) => String.raw`(?<![\d.])${p}(?!\.?\d)`)
    .join('|'),
  'g',
);
/**
 * A phone number: digits with optional "+", spaces, dashes, dots and parentheses,
 * starting and ending on a word boundary. Only runs of 7 to 15 digits count (E.164
 * allows 15); shorter ones are amounts, years, counts.
 */
const PHONE =
  /(?<![\p{L}\p{N}+])\+?(?:\(\d{1,5}\)|\d)(?:[ .-]?(?:\(\d{1,5}\)|\d))*(?![\p{L}\p{N}])/gu;

function hidePhones(text: string): string {
  // Same length, no digits: positions in `masked` are positions in `text`.
  const masked = text.replace(DATE_OR_TIME, (m) => '\u0000'.repeat(m.length));
  let out = '';
  let from = 0;
  for (const m of masked.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits < 7 || digits > 15) continue;
    out += `${text.slice(from, m.index)}[phone]`;
    from = m.index + m[0].length;
  }
  return out + text.slice(from);
}

/** The text with email addresses, LinkedIn profile links and phone numbers replaced by "[email]", "[LinkedIn profile]", "[phone]". */
export function withoutContacts(text: string): string {
  return hidePhones(text.replace(EMAIL, '[email]').replace(LINKEDIN, '[LinkedIn profile]'));
}

// ---------------------------------------------------------------------------------
// Writing and reading the link.

/**
 * The fragment ("#d=…") carrying the draft. Without `includeContacts`, the recipient
 * field is emptied and contact details in the text are replaced (see withoutContacts).
 * The caller checks the result against MAX_FRAGMENT_LENGTH before offering the link:
 * a longer one would be refused when opened.
 */
export function shareFragment(
  draft: SharedDraft,
  { includeContacts }: { includeContacts: boolean },
): string {
  const clean = includeContacts ? (s: string) => s : withoutContacts;
  const payload = {
    v: SHARE_VERSION,
    kind: draft.kind,
    subject: clean(draft.subject),
    body: clean(draft.body),
    to: includeContacts ? draft.to : '',
  };
  return `#${PARAM}=${LZString.compressToEncodedURIComponent(JSON.stringify(payload))}`;
}

/** What a link's fragment held. */
export type SharedDraftResult =
  | { kind: 'ok'; draft: SharedDraft }
  | { kind: 'none' }
  | { kind: 'damaged'; reason: string }
  | { kind: 'too-large'; reason: string };

/**
 * The kinds a link may name. Listed here rather than imported from the schema: the
 * review page would otherwise load the workspace store's chunk just for this list (a
 * test checks the two lists agree). The payload is checked by hand for the same
 * reason: zod/mini cost 6 KB gzip of this module's 8 KB to check four fields.
 */
export const SHARE_KINDS: readonly (MessageKind | 'other')[] = [
  'thank-you-email',
  'handwritten-note',
  'linkedin',
  'linkedin-message',
  'status-inquiry',
  'final-follow-up',
  'action-item',
  'withdrawal',
  'expedite',
  'offer-extension',
  'rejection-reply',
  'reconnect',
  'reference-thanks',
  'recruiter-thanks',
  'offer-acceptance',
  'offer-decline',
  'other',
];

/** The payload's four fields, or why not: 'damaged' (wrong shape) or 'too-large' (a field over its limit). */
function checkPayload(data: unknown): SharedDraft | 'damaged' | 'too-large' {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'damaged';
  const d = data as Record<string, unknown>;
  const { kind, subject, body, to } = d;
  if (
    d.v !== SHARE_VERSION ||
    !SHARE_KINDS.includes(kind as MessageKind) ||
    typeof subject !== 'string' ||
    typeof body !== 'string' ||
    typeof to !== 'string'
  )
    return 'damaged';
  if (
    subject.length > SHARE_LIMITS.subject ||
    body.length > SHARE_LIMITS.body ||
    to.length > SHARE_LIMITS.to
  )
    return 'too-large';
  return { kind: kind as MessageKind | 'other', subject, body, to };
}

const DAMAGED =
  'This link is damaged, perhaps cut short when it was copied: ask for the link again.';
const TOO_LARGE =
  'This link holds more than a draft can, so it was not opened: ask for the link again.';

/**
 * Reads a draft from a location hash ("#d=…"; the "#" is optional). Never throws.
 * `none`: no draft in it (an ordinary visit); `damaged` and `too-large` carry one
 * sentence for the page to show.
 */
export function readSharedDraft(hash: string): SharedDraftResult {
  try {
    return read(hash);
  } catch {
    return { kind: 'damaged', reason: DAMAGED };
  }
}

function read(hash: string): SharedDraftResult {
  if (typeof hash !== 'string') return { kind: 'none' };
  if (hash.length > MAX_FRAGMENT_LENGTH) return { kind: 'too-large', reason: TOO_LARGE };
  const param = hash
    .replace(/^#/, '')
    .split('&')
    .find((p) => p.startsWith(`${PARAM}=`));
  if (param === undefined) return { kind: 'none' };
  let packed = param.slice(PARAM.length + 1);
  // Some mail apps percent-encode the link's "$" and "+"; lz-string's alphabet has no "%".
  if (packed.includes('%')) {
    try {
      packed = decodeURIComponent(packed);
    } catch {
      return { kind: 'damaged', reason: DAMAGED };
    }
  }
  if (packed === '') return { kind: 'damaged', reason: DAMAGED };
  const json = LZString.decompressFromEncodedURIComponent(packed) as string | null;
  if (typeof json !== 'string' || json === '') return { kind: 'damaged', reason: DAMAGED };
  if (json.length > MAX_PAYLOAD_LENGTH) return { kind: 'too-large', reason: TOO_LARGE };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { kind: 'damaged', reason: DAMAGED };
  }
  if (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { v?: unknown }).v === 'number' &&
    (data as { v: number }).v > SHARE_VERSION
  ) {
    return {
      kind: 'damaged',
      reason:
        'This link was made by a newer version of the Follow-Up Kit: reload the page to update it, then open the link again.',
    };
  }
  // A fresh object with the four fields only: nothing else from the link comes through.
  const draft = checkPayload(data);
  if (draft === 'damaged') return { kind: 'damaged', reason: DAMAGED };
  if (draft === 'too-large') return { kind: 'too-large', reason: TOO_LARGE };
  return { kind: 'ok', draft };
}
