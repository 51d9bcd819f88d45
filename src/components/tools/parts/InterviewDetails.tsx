import type { ComponentChildren } from 'preact';
import { updateWorkspace } from '../../../stores/workspace';
import { updateApplication, updateRound } from '../../../lib/workspace/operations';
import { INTERVIEW_FORMATS, type Application, type Round } from '../../../lib/workspace/schema';
import { Field } from './Field';
import { ZoneField } from './ZoneField';
import { FIELD_LIMITS } from '../../../lib/workspace/field-limits';
import { FORMAT_LABELS } from './labels';

interface Props {
  /** The application: company, role, qualifications. */
  application: Application;
  /** The round: when, where and how it was held, and the timeline given in it. */
  round: Round;
  idPrefix: string;
  /** Which groups of fields to show: tools ask only for what they use. */
  show?: { timeline?: boolean; qualifications?: boolean };
  /** More fields for the grid, after the format (the editor: where it stands). */
  children?: ComponentChildren;
}

/**
 * The interview's own fields: the application's company and role, the round's date,
 * start, zone and format, the timeline given in the round, and what to reaffirm.
 */
export function InterviewDetails({ application, round, idPrefix, show = {}, children }: Props) {
  const set = (patch: Partial<Application>) =>
    updateWorkspace((w) => updateApplication(w, application.id, patch));
  const setRound = (patch: Partial<Round>) =>
    updateWorkspace((w) => updateRound(w, application.id, round.id, patch));
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <fieldset class="tool-fieldset">
      <legend>The interview</legend>
      <div class="tool-grid">
        <Field
          id={id('company')}
          label="Company"
          value={application.company}
          onInput={(v) => set({ company: v })}
          autoComplete="organization"
        />
        <Field
          id={id('role')}
          label="Role"
          value={application.role}
          onInput={(v) => set({ role: v })}
          autoComplete="organization-title"
        />
        <Field
          id={id('date')}
          label="Date"
          type="date"
          value={round.date}
          onInput={(v) => setRound({ date: v })}
        />
        <Field
          id={id('time')}
          label="Start time"
          type="time"
          value={round.start}
          onInput={(v) => setRound({ start: v })}
        />
        <Field
          id={id('end')}
          label="End time"
          hint="The thank-you clock starts here."
          type="time"
          value={round.end}
          onInput={(v) => setRound({ end: v })}
        />
        <ZoneField
          id={id('zone')}
          zone={round.timeZone}
          date={round.date}
          onChoose={(z) => setRound({ timeZone: z })}
        />
        <div class="tool-field">
          <label for={id('format')}>Format</label>
          <select
            id={id('format')}
            value={round.format}
            onChange={(e) => setRound({ format: e.currentTarget.value as Round['format'] })}
          >
            {INTERVIEW_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </div>
        {children}
      </div>
      {show.timeline && (
        <Field
          id={id('timeline')}
          label="Hiring timeline they gave"
          hint={'As they said it, e.g. "1-2 weeks".'}
          value={round.timeline}
          limit={FIELD_LIMITS.timeline}
          onInput={(v) => setRound({ timeline: v })}
        />
      )}
      {show.timeline && application.people.length > 0 && (
        <div class="tool-field">
          <label for={id('timeline-by')}>Who said it</label>
          <select
            id={id('timeline-by')}
            value={round.timelineBy}
            onChange={(e) => setRound({ timelineBy: e.currentTarget.value })}
          >
            <option value="">Not noted</option>
            {application.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name.trim() || 'Unnamed person'}
              </option>
            ))}
          </select>
        </div>
      )}
      {show.qualifications !== false && (
        <Field
          id={id('qualifications')}
          label="Qualifications to reaffirm"
          hint="One per line: strengths you want them to remember."
          multiline
          value={application.qualifications}
          onInput={(v) => set({ qualifications: v })}
        />
      )}
    </fieldset>
  );
}
