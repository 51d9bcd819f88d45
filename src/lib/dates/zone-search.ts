// Finding a time zone by what people type: a city ("new york", "São Paulo"), a common
// abbreviation ("IST", "PT") or an offset ("GMT+1", "UTC-5:30"), and naming each zone
// with its UTC offset on the interview's day, so daylight saving is right for that day.
// Loaded with the zone picker only (src/components/tools/parts/ZonePicker.tsx).

/**
 * Abbreviations people write in invitations, each to the zones it usually means, most
 * likely first. Ambiguous ones (IST is also Israel and Ireland, CST also China) list the
 * likelier reading for a job candidate first and the others after.
 */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  IST: ['Asia/Kolkata', 'Asia/Jerusalem', 'Europe/Dublin'],
  EST: ['America/New_York', 'America/Toronto'],
  EDT: ['America/New_York', 'America/Toronto'],
  ET: ['America/New_York', 'America/Toronto'],
  CST: ['America/Chicago', 'America/Mexico_City', 'Asia/Shanghai'],
  CDT: ['America/Chicago'],
  CT: ['America/Chicago'],
  MST: ['America/Denver', 'America/Phoenix'],
  MDT: ['America/Denver'],
  MT: ['America/Denver'],
  PST: ['America/Los_Angeles', 'America/Vancouver'],
  PDT: ['America/Los_Angeles', 'America/Vancouver'],
  PT: ['America/Los_Angeles', 'America/Vancouver'],
  GMT: ['Europe/London', 'UTC'],
  BST: ['Europe/London'],
  UTC: ['UTC'],
  WET: ['Europe/Lisbon'],
  CET: ['Europe/Paris', 'Europe/Berlin', 'Europe/Madrid', 'Europe/Rome', 'Europe/Amsterdam'],
  CEST: ['Europe/Paris', 'Europe/Berlin', 'Europe/Madrid', 'Europe/Rome', 'Europe/Amsterdam'],
  EET: ['Europe/Athens', 'Europe/Helsinki', 'Europe/Bucharest'],
  AEST: ['Australia/Sydney', 'Australia/Melbourne', 'Australia/Brisbane'],
  AEDT: ['Australia/Sydney', 'Australia/Melbourne'],
  AWST: ['Australia/Perth'],
  NZST: ['Pacific/Auckland'],
  JST: ['Asia/Tokyo'],
  KST: ['Asia/Seoul'],
  SGT: ['Asia/Singapore'],
  HKT: ['Asia/Hong_Kong'],
  PKT: ['Asia/Karachi'],
  SAST: ['Africa/Johannesburg'],
  BRT: ['America/Sao_Paulo'],
};

/**
 * Old names some runtimes still list (ICU keeps them as canonical) for zones renamed in
 * the IANA database: offered under the name people know now.
 */
const RENAMED: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'America/Godthab': 'America/Nuuk',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

/** The current IANA name of `zone` when it was renamed and the runtime accepts the new one. */
export function currentZoneName(zone: string): string {
  const now = RENAMED[zone];
  return now && isKnownZone(now) ? now : zone;
}

/** Lower case, no accents, and '_', '/' and '-' as spaces: how names are compared. */
export function foldZoneText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_/-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const formats = new Map<string, Intl.DateTimeFormat | null>();
function formatFor(zone: string): Intl.DateTimeFormat | null {
  let f = formats.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' });
    } catch {
      // Not a zone this runtime knows: it is never offered or saved.
      f = null;
    }
    formats.set(zone, f);
  }
  return f;
}

/** True when `zone` is an IANA zone id this runtime accepts. */
export function isKnownZone(zone: string): boolean {
  return zone !== '' && formatFor(zone) !== null;
}

/** Minutes east of UTC in `zone` at the instant `at`; null for a zone the runtime does not know. */
export function zoneOffsetMinutes(zone: string, at: Date): number | null {
  const name = formatFor(zone)
    ?.formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  if (name === undefined) return null;
  const m = /([+-\u2212])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '+' ? minutes : -minutes;
}

/** An offset in minutes as people write it: "UTC+0", "UTC+5:30", "UTC-4". */
export function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  const mm = abs % 60;
  return `UTC${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${mm ? `:${String(mm).padStart(2, '0')}` : ''}`;
}

/**
 * The place a zone id names, for people: its last part with spaces ("New York"), and the
 * middle part when there is one ("Indianapolis, Indiana"). Ids without a place stay whole.
 */
export function zonePlace(zone: string): string {
  const parts = zone.split('/').map((p) => p.replaceAll('_', ' '));
  if (parts.length < 2 || parts[0] === 'Etc') return zone;
  return parts.length > 2 ? `${parts.at(-1)}, ${parts[1]}` : parts[1]!;
}

/** A zone with its offset at `at`, e.g. "London (UTC+0)"; the bare place if the offset is unknown. */
export function zoneLabel(zone: string, at: Date): string {
  const offset = zoneOffsetMinutes(zone, at);
  return offset === null ? zonePlace(zone) : `${zonePlace(zone)} (${offsetText(offset)})`;
}

/** An offset typed as "GMT+1", "UTC -5", "+05:30" or "utc+5.5", in minutes; null otherwise. */
export function parseOffsetQuery(query: string): number | null {
  const m = /^(?:utc|gmt)?\s*([+\-\u2212])\s*(\d{1,2})(?::(\d{2})|(\.\d{1,2}))?$/i.exec(
    query.trim(),
  );
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + (m[3] ? Number(m[3]) : Math.round(Number(m[4] ?? 0) * 60));
  if (minutes > 14 * 60) return null;
  return m[1] === '+' ? minutes : -minutes;
}

/**
 * The zones that match `query`, best first: those its abbreviation names, then those at
 * the offset it names (at `at`), then those whose place starts with it, then those with a
 * word starting with it, then any containing it. Every result is a zone this runtime
 * accepts, so a choice from it is always a valid IANA id; an empty query matches nothing.
 */
export function searchZones(query: string, zones: readonly string[], at: Date): string[] {
  const folded = foldZoneText(query);
  if (!folded) return [];
  const abbreviation = ZONE_ABBREVIATIONS[query.trim().toUpperCase()] ?? [];
  const offset = parseOffsetQuery(query);
  const ranked: [number, number, string][] = [];
  const seen = new Set<string>();
  const add = (zone: string, rank: number) => {
    if (seen.has(zone) || !isKnownZone(zone)) return;
    seen.add(zone);
    ranked.push([rank, ranked.length, zone]);
  };
  abbreviation.forEach((z) => add(z, 0));
  for (const zone of zones.map(currentZoneName)) {
    if (offset !== null) {
      if (zoneOffsetMinutes(zone, at) === offset) add(zone, 1);
      continue;
    }
    const place = foldZoneText(zonePlace(zone));
    const whole = foldZoneText(zone);
    if (place.startsWith(folded)) add(zone, 2);
    else if (` ${whole}`.includes(` ${folded}`)) add(zone, 3);
    else if (whole.includes(folded)) add(zone, 4);
  }
  return ranked.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, , zone]) => zone);
}
