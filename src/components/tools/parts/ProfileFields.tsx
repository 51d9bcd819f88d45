import { useStore } from '@nanostores/preact';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import { updateProfile } from '../../../lib/workspace/operations';
import { Field } from './Field';

/** The candidate's own name and phone, used to sign every message. */
export function ProfileFields({ idPrefix }: { idPrefix: string }) {
  const ws = useStore($workspace);
  return (
    <fieldset class="tool-fieldset">
      <legend>You</legend>
      <div class="tool-grid">
        <Field
          id={`${idPrefix}-my-name`}
          label="Your name (for the sign-off)"
          value={ws.profile.name}
          onInput={(v) => updateWorkspace((w) => updateProfile(w, { name: v }))}
          autoComplete="name"
        />
        <Field
          id={`${idPrefix}-my-phone`}
          label="Your phone (optional)"
          type="tel"
          value={ws.profile.phone}
          onInput={(v) => updateWorkspace((w) => updateProfile(w, { phone: v }))}
          autoComplete="tel"
        />
      </div>
    </fieldset>
  );
}
