import { updateWorkspace } from '../../../stores/workspace';
import { updatePerson } from '../../../lib/workspace/operations';
import type { Person } from '../../../lib/workspace/schema';
import { Field } from './Field';

/** The person's notes a tool may ask for in place: the ones only that tool's message uses. */
type Note = 'topics' | 'address';

const WORDING: Record<Note, { label: string; hint: string; rows: number }> = {
  topics: {
    label: 'What you talked about',
    hint: 'One point per line: a project they described, a question they asked.',
    rows: 3,
  },
  address: {
    label: 'Mailing address for a card',
    hint: 'As it goes on the envelope.',
    rows: 4,
  },
};

interface Props {
  /** The application the person belongs to. */
  appId: string;
  /** Whose note it is. */
  person: Person;
  /** Prefix of the field's id: `<prefix>-<person id>-<note>`. */
  idPrefix: string;
  /** Which note: what was discussed (thank-you drafts) or the postal address (cards). */
  note: Note;
}

/**
 * One of a person's notes, edited where the message that uses it is written: the
 * thank-you is built from what was discussed and the card needs the envelope's address,
 * so those stay beside their drafts while the rest of the person is edited on the
 * application's page.
 */
export function PersonNote({ appId, person, idPrefix, note }: Props) {
  const { label, hint, rows } = WORDING[note];
  return (
    <Field
      id={`${idPrefix}-${person.id}-${note}`}
      label={label}
      hint={hint}
      multiline
      rows={rows}
      value={person[note]}
      onInput={(v) => updateWorkspace((w) => updatePerson(w, appId, person.id, { [note]: v }))}
    />
  );
}
