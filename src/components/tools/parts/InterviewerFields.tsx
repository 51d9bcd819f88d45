import { updateWorkspace } from '../../../stores/workspace';
import { updatePerson } from '../../../lib/workspace/operations';
import type { Person, PersonRole } from '../../../lib/workspace/schema';
import { Field } from './Field';

interface Props {
  appId: string;
  interviewer: Person;
  idPrefix: string;
  /** Which optional fields this tool needs; name, title and topics always show. */
  show?: { email?: boolean; linkedin?: boolean; address?: boolean; rapport?: boolean };
  /**
   * The parts a person can play, as the "Their part" select reads them; absent, no
   * select (the application page's editor passes them, so the tool pages do not carry the words).
   */
  roles?: Record<PersonRole, string>;
}

/** One interviewer's fields. Each keystroke is saved to the workspace. */
export function InterviewerFields({
  appId,
  interviewer,
  idPrefix,
  show = { email: true, rapport: true },
  roles,
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
        {roles && (
          <div class="tool-field">
            <label for={id('role')}>Their part</label>
            <select
              id={id('role')}
              value={interviewer.role}
              onChange={(e) => set({ role: e.currentTarget.value as PersonRole })}
            >
              {(Object.keys(roles) as PersonRole[]).map((r) => (
                <option key={r} value={r}>
                  {roles[r]}
                </option>
              ))}
            </select>
          </div>
        )}
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
