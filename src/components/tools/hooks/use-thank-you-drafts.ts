import { useEffect, useState } from 'preact/hooks';
import { draftKey } from '../../../lib/workspace/operations';
import type { Application, Person, Profile, Round, Tone } from '../../../lib/workspace/schema';
import { composeThankYouEmail } from '../../../lib/thank-you/compose';
import { loadedToneWording, loadToneWording } from '../../../lib/thank-you/tone-wordings';
import { mentionText } from '../../../lib/engagement/mention';
import { promisedFor } from '../../../lib/situations/promised-items';
import { useDraft, type DraftHandle } from './use-draft';

/** The thank-you drafts of a round: one per person, and whether a tone failed to load. */
export interface ThankYouDrafts {
  drafts: { person: Person; draft: DraftHandle }[];
  /** A tone's wording could not be fetched (offline, never saved). */
  toneFailed: boolean;
}

/**
 * One thank-you draft per person, under the keys the thank-you builder and the
 * application page share (so an edit in one is the draft in the other), each in its own
 * tone; a tone's wording not loaded yet is fetched, and the drafts drawn again.
 * Call with the same `people` order on every render (it holds one hook per person).
 */
export function useThankYouDrafts(
  application: Application,
  round: Round,
  people: readonly Person[],
  profile: Profile,
): ThankYouDrafts {
  const drafts = people.map((person) => ({
    person,
    draft: useDraft(
      application.id,
      round,
      draftKey('thank-you-email', person.id),
      ({ tone, mention }) => {
        const wording = loadedToneWording(tone);
        return wording
          ? composeThankYouEmail(
              {
                application,
                round,
                interviewer: person,
                profile,
                tone,
                extraDetail: mentionText(application, mention),
                promised: promisedFor(round.actionItems, person.id),
              },
              wording,
            )
          : null;
      },
    ),
  }));
  // Tones not loaded yet: fetch them, then draw again.
  const missing = [
    ...new Set(drafts.filter((d) => !d.draft.ready).map((d) => d.draft.tone)),
  ].join();
  const [, setLoads] = useState(0);
  const [toneFailed, setToneFailed] = useState(false);
  useEffect(() => {
    for (const tone of missing ? (missing.split(',') as Tone[]) : [])
      loadToneWording(tone).then(
        () => setLoads((n) => n + 1),
        () => setToneFailed(true),
      );
  }, [missing]);
  return { drafts, toneFailed };
}
