// Asks the browser to keep this site's data (navigator.storage.persist()), once the
// first interview is saved: some browsers clear script-written storage of sites not
// visited for a while unless the site asked and was granted. Fetched only then.

/** Asks, and gives the answer: 'granted', 'refused' or 'unsupported'. */
export async function askToKeep(): Promise<string> {
  try {
    // Missing on insecure origins and older browsers, whatever the DOM types say.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    if (navigator.storage?.persist)
      return (await navigator.storage.persist()) ? 'granted' : 'refused';
  } catch {
    // Some browsers throw instead of answering (insecure origin, policy): nothing promised.
  }
  return 'unsupported';
}
