import { useState } from 'preact/hooks';
import type { Profile } from '../../../lib/workspace/schema';
import { ProfileFields } from './ProfileFields';

/**
 * The candidate's name and phone for the sign-off, folded away once the name is there:
 * it is typed once and then only read, so it should not push the drafts down the page.
 */
export function SignOff({ profile, idPrefix }: { profile: Profile; idPrefix: string }) {
  // Open at first only when the name is missing; after that the user decides (a
  // controlled `open` would fold it shut on their first keystroke).
  const [open] = useState(() => !profile.name.trim());
  const name = profile.name.trim();
  return (
    <details class="tool-signoff" open={open}>
      <summary>{name ? `Signed as ${name}` : 'Your name for the sign-off'}</summary>
      <ProfileFields idPrefix={idPrefix} />
    </details>
  );
}
