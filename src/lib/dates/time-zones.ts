// The time zones offered for an interview's start time.

/** Zones offered when the browser cannot list its own (Intl.supportedValuesOf is missing). */
const FALLBACK_ZONES = [
  'UTC',
  'Europe/London',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Asia/Tokyo',
];

/**
 * Every IANA zone the runtime knows, with `own` (the user's, or the one already chosen)
 * first and not repeated; a short list as fallback where the runtime cannot list them.
 */
export function timeZones(own: string): string[] {
  let all: string[];
  try {
    all = (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf(
      'timeZone',
    );
  } catch {
    all = FALLBACK_ZONES;
  }
  return [own, ...all.filter((z) => z !== own)];
}
