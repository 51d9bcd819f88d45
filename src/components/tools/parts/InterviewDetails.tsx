import { Component } from 'preact';
import { useStore } from '@nanostores/preact';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import { updateInterview, updateProfile } from '../../../lib/workspace/operations';
import {
  INTERVIEW_FORMATS,
  INTERVIEW_STATUSES,
  type Interview,
} from '../../../lib/workspace/schema';
import { Field } from './Field';
import { FIELD_LIMITS } from '../../../lib/workspace/field-limits';
import { timeZones } from '../../../lib/dates/time-zones';
import { FORMAT_LABELS, STATUS_LABELS } from './labels';

interface Props {
  interview: Interview;
  idPrefix: string;
  /** Which groups of fields to show: tools ask only for what they use. */
  show?: { status?: boolean; timeline?: boolean; qualifications?: boolean };
}

/**
 * The 400-odd zones the browser knows, as options. Drawn again only when the chosen zone
 * changes, not on every keystroke in the fields around it.
 */
class ZoneOptions extends Component<{ own: string }> {
  override shouldComponentUpdate(next: { own: string }) {
    return next.own !== this.props.own;
  }
  override render({ own }: { own: string }) {
    return timeZones(own).map((z) => (
      <option key={z} value={z}>
        {z.replaceAll('_', ' ')}
      </option>
    ));
  }
}

/** The interview's own fields: company, role, when, where, and what to reaffirm. */
export function InterviewDetails({ interview, idPrefix, show = {} }: Props) {
  const set = (patch: Partial<Interview>) =>
    updateWorkspace((w) => updateInterview(w, interview.id, patch));
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <fieldset class="tool-fieldset">
      <legend>The interview</legend>
      <div class="tool-grid">
        <Field
          id={id('company')}
          label="Company"
          value={interview.company}
          onInput={(v) => set({ company: v })}
          autoComplete="organization"
        />
        <Field
          id={id('role')}
          label="Role"
          value={interview.role}
          onInput={(v) => set({ role: v })}
          autoComplete="organization-title"
        />
        <Field
          id={id('date')}
          label="Date"
          type="date"
          value={interview.date}
          onInput={(v) => set({ date: v })}
        />
        <Field
          id={id('time')}
          label="Start time"
          type="time"
          value={interview.time}
          onInput={(v) => set({ time: v })}
        />
        <div class="tool-field">
          <label for={id('zone')}>Time zone of that time</label>
          <select
            id={id('zone')}
            value={interview.timeZone}
            onChange={(e) => set({ timeZone: e.currentTarget.value })}
          >
            <ZoneOptions own={interview.timeZone} />
          </select>
        </div>
        <div class="tool-field">
          <label for={id('format')}>Format</label>
          <select
            id={id('format')}
            value={interview.format}
            onChange={(e) => set({ format: e.currentTarget.value as Interview['format'] })}
          >
            {INTERVIEW_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </div>
        {show.status && (
          <div class="tool-field">
            <label for={id('status')}>Status</label>
            <select
              id={id('status')}
              value={interview.status}
              onChange={(e) => set({ status: e.currentTarget.value as Interview['status'] })}
            >
              {INTERVIEW_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {show.timeline && (
        <Field
          id={id('timeline')}
          label="Hiring timeline they gave"
          hint={'As they said it, e.g. "1-2 weeks".'}
          value={interview.timeline}
          limit={FIELD_LIMITS.timeline}
          onInput={(v) => set({ timeline: v })}
        />
      )}
      {show.qualifications !== false && (
        <Field
          id={id('qualifications')}
          label="Qualifications to reaffirm"
          hint="One per line: strengths you want them to remember."
          multiline
          value={interview.qualifications}
          onInput={(v) => set({ qualifications: v })}
        />
      )}
    </fieldset>
  );
}

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
