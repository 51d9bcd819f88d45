// Asks the browser to keep this site's data (navigator.storage.persist()), once the
// first interview is saved: some browsers clear script-written storage of sites not
// visited for a while unless the site asked and was granted. Fetched only then.
import type { WritableAtom } from 'nanostores';

/** Asks once and records the answer: 'granted', 'refused' or 'unsupported'. */
export async function askToKeep($answer: WritableAtom<string>): Promise<void> {
  let answer = 'unsupported';
  try {
    if (navigator.storage?.persist) answer = (await navigator.storage.persist()) ? 'granted' : 'refused';
  } catch {
    // Some browsers throw instead of answering (insecure origin, policy): nothing promised.
  }
  try {
    $answer.set(answer);
  } catch {
    // A full storage refuses even this word; the question is asked again next time.
  }
}
