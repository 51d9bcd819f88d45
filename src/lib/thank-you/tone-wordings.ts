// The thank-you builder starts with the warm tone only; the other two are fetched when
// a draft needs them. Each costs about 0.7 KB gzip, and the builder's page has a 25 KB
// budget it would otherwise exceed.
import type { Tone } from '../workspace/schema';
import type { ToneWording } from './wording';
import { WARM } from './tones/warm';

const loaded: Partial<Record<Tone, ToneWording>> = { warm: WARM };
const pending = new Map<Tone, Promise<ToneWording>>();

/** The wording of a tone if it is already here, else undefined (see loadToneWording). */
export function loadedToneWording(tone: Tone): ToneWording | undefined {
  return loaded[tone];
}

/** Fetches a tone's wording once; later calls share the same request. */
export function loadToneWording(tone: Tone): Promise<ToneWording> {
  const have = loaded[tone];
  if (have) return Promise.resolve(have);
  let request = pending.get(tone);
  if (!request) {
    request = (
      tone === 'formal'
        ? import('./tones/formal').then((m) => m.FORMAL)
        : import('./tones/concise').then((m) => m.CONCISE)
    ).then(
      (wording) => (loaded[tone] = wording),
      (error: unknown) => {
        // Let a later attempt (back online) try again.
        pending.delete(tone);
        throw error;
      },
    );
    pending.set(tone, request);
  }
  return request;
}
