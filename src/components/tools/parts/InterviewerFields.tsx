import { updateWorkspace } from '../../../stores/workspace';
import { updatePerson } from '../../../lib/workspace/operations';
import type { Person } from '../../../lib/workspace/schema';
import { Field } from './Field';

interface Props {
  appId: string;
  interviewer: Person;
  idPrefix: string;
  /** Which optional fields this tool needs; name, title and topics always show. */
  show?: { email?: boolean; linkedin?: boolean; address?: boolean; rapport?: boolean };
}

/** One interviewer's fields. Each keystroke is saved to the workspace. */
export function InterviewerFields({
  appId,
  interviewer,
  idPrefix,
  show = { email: true, rapport: true },
}: Props) {
  const set = (patch: Partial<Person>) =>
    updateWorkspace((w) => updatePerson(w, appId, interviewer.id, patch));
  const id = (name: string) => `${idPrefix}-${interviewer.id}-${name}`;
  return (
    <div class="tool-person-fields">
      <div class="tool-grid">
        <Field
          id={id('name')}
          label="Full name"
          value={interviewer.name}
          onInput={(v) => set({ name: v })}
        />
        <Field
          id={id('title')}
          label="Job title"
          value={interviewer.title}
          onInput={(v) => set({ title: v })}
        />
        {show.email && (
          <Field
            id={id('email')}
            label="Email"
            type="email"
            value={interviewer.email}
            onInput={(v) => set({ email: v })}
          />
        )}
        {show.linkedin && (
          <Field
            id={id('linkedin')}
            label="LinkedIn profile address"
            type="url"
            value={interviewer.linkedin}
            onInput={(v) => set({ linkedin: v })}
          />
        )}
      </div>
      <Field
        id={id('topics')}
        label="What you talked about"
        hint="One point per line: a project they described, a question they asked."
        multiline
        value={interviewer.topics}
        onInput={(v) => set({ topics: v })}
      />
      {show.rapport && (
        <Field
          id={id('rapport')}
          label="Shared interests or rapport (optional)"
          hint="A hometown, a book, a team tradition you connected on."
          multiline
          rows={2}
          value={interviewer.rapport}
          onInput={(v) => set({ rapport: v })}
        />
      )}
      {show.address && (
        <Field
          id={id('address')}
          label="Mailing address for a card"
          hint="As it goes on the envelope."
          multiline
          rows={4}
          value={interviewer.address}
          onInput={(v) => set({ address: v })}
        />
      )}
    </div>
  );
}
