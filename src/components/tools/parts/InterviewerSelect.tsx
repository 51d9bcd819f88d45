import type { Person } from '../../../lib/workspace/schema';

interface Props {
  id: string;
  label: string;
  /** The people to choose from: those met in the round. */
  people: Person[];
  /** The chosen person's id ('' for none). */
  value: string;
  onChange: (interviewerId: string) => void;
  /** The option shown when nobody has been added yet ("The hiring team"). */
  emptyLabel: string;
}

/** Picks one of the interview's interviewers, each named with their title so two people are told apart. */
export function InterviewerSelect({ id, label, people, value, onChange, emptyLabel }: Props) {
  return (
    <div class="tool-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {people.length === 0 && <option value="">{emptyLabel}</option>}
        {people.map((p, n) => (
          <option key={p.id} value={p.id}>
            {p.name || `Interviewer ${n + 1}`}
            {p.title ? `, ${p.title}` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
