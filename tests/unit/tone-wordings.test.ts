// The thank-you builder ships the warm tone and fetches the other two when a draft needs
// them (tone-wordings.ts): each is fetched once, and a failed fetch (offline) can be tried again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONCISE } from '../../src/lib/thank-you/tones/concise';
import { FORMAL } from '../../src/lib/thank-you/tones/formal';
import { WARM } from '../../src/lib/thank-you/tones/warm';

/** A fresh copy of the module, with nothing fetched yet. */
async function freshModule() {
  vi.resetModules();
  return import('../../src/lib/thank-you/tone-wordings');
}

afterEach(() => {
  vi.doUnmock('../../src/lib/thank-you/tones/formal');
});

describe('tone wordings fetched on demand', () => {
  it('has the warm tone at once, and the others only once fetched', async () => {
    const { loadedToneWording, loadToneWording } = await freshModule();
    // Compared by content: after resetModules each tone module is a fresh copy.
    const warm = loadedToneWording('warm');
    expect(warm?.firstTopic).toEqual(WARM.firstTopic);
    expect(loadedToneWording('formal')).toBeUndefined();
    expect(loadedToneWording('concise')).toBeUndefined();
    await expect(loadToneWording('warm')).resolves.toBe(warm);
    const formal = await loadToneWording('formal');
    expect(formal.firstTopic).toEqual(FORMAL.firstTopic);
    expect(formal.greeting('Priya Shah')).toBe('Dear Priya Shah,');
    expect(loadedToneWording('formal')).toBe(formal);
    const concise = await loadToneWording('concise');
    expect(concise.firstTopic).toEqual(CONCISE.firstTopic);
    expect(loadedToneWording('concise')).toBe(concise);
  });

  it('asks for a tone once however many drafts want it at the same moment', async () => {
    const { loadToneWording } = await freshModule();
    const first = loadToneWording('concise');
    expect(loadToneWording('concise')).toBe(first);
    const wording = await first;
    await expect(loadToneWording('concise')).resolves.toBe(wording);
  });

  it('after a failed fetch (offline), a later attempt fetches it again', async () => {
    vi.doMock('../../src/lib/thank-you/tones/formal', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { loadedToneWording, loadToneWording } = await freshModule();
    await expect(loadToneWording('formal')).rejects.toThrow();
    expect(loadedToneWording('formal')).toBeUndefined();
    vi.doUnmock('../../src/lib/thank-you/tones/formal');
    const formal = await loadToneWording('formal');
    expect(formal.firstTopic).toEqual(FORMAL.firstTopic);
  });
});
