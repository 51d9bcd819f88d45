import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import { currentApplication } from '../../../lib/workspace/operations';
import {
  CHANNEL_KINDS,
  ENGAGEMENT_KINDS,
  type EngagementEntry,
  type EngagementKind,
  type Application,
} from '../../../lib/workspace/schema';
import {
  CHANNEL_LABELS,
  ENGAGEMENT_LABELS,
  addEngagement,
  channelNameInSentence,
  checkLink,
  checkLogEntry,
  engagementGuardrails,
  entriesByDay,
  removeEngagement,
  setChannel,
  updateEngagement,
  worthMentioning,
} from '../../../lib/engagement/engagement-log';
import { isoDateIn, userTimeZone } from '../../../lib/dates/zoned-time';
import { Field } from '../parts/Field';
import { useNow } from '../hooks/use-now';
import { useUndo } from '../hooks/use-undo';
import { ToolShell } from '../parts/ToolShell';
import { ApplicationSummary } from '../parts/ApplicationSummary';
import { UndoBar } from '../parts/UndoBar';
import { undoable } from '../../../lib/workspace/undo';
import { FIELD_LIMITS } from '../../../lib/workspace/field-limits';

/**
 * The company-engagement log: a checklist of the company's channels and a dated log of
 * what the user read or reacted to, with gentle notes when the log shows a burst of
 * activity. Entries marked "worth mentioning" are offered to the message builders.
 */
export default function EngagementLog({
  idPrefix = 'en',
  titled = true,
}: {
  idPrefix?: string;
  /** Shows the tool's own title: false on the tool's page, whose h1 already names it. */
  titled?: boolean;
}) {
  const ws = useStore($workspace);
  const interview = currentApplication(ws);
  const now = useNow(60_000);
  return (
    <ToolShell name="engagement-log" title={titled ? 'Company-engagement log' : undefined}>
      <ApplicationSummary idPrefix={idPrefix} />
      {interview && (
        <Log
          key={interview.id}
          interview={interview}
          today={isoDateIn(now, userTimeZone())}
          idPrefix={idPrefix}
          H={titled ? 'h3' : 'h2'}
        />
      )}
    </ToolShell>
  );
}

/** A link the user typed, shown as a link only when it is a safe web address. */
function LinkStatus({ url, id, name }: { url: string; id: string; name: string }) {
  const link = checkLink(url);
  return (
    <div aria-live="polite">
      {link.kind === 'empty' ? null : link.kind === 'ok' ? (
        <p class="tool-hint" id={id}>
          <a href={link.href} rel="noopener noreferrer" target="_blank">
            Open {name}
            <span class="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      ) : (
        <p class="tool-warning" id={id}>
          {link.reason}
        </p>
      )}
    </div>
  );
}

function Channels({ interview, idPrefix }: { interview: Application; idPrefix: string }) {
  const company = interview.company.trim() || 'the company';
  return (
    <fieldset class="tool-fieldset">
      <legend>Channels to follow at {company}</legend>
      <p class="tool-hint">
        Tick each one once you follow or bookmark it. Addresses are optional and stay in this
        browser.
      </p>
      {CHANNEL_KINDS.map((kind) => {
        const channel = interview.channels[kind];
        const id = `${idPrefix}-ch-${kind}`;
        const set = (patch: Partial<typeof channel>) =>
          updateWorkspace((w) => setChannel(w, interview.id, kind, patch));
        const name = channelNameInSentence(kind);
        return (
          <div class="tool-channel" key={kind}>
            <div class="tool-field tool-check">
              <input
                type="checkbox"
                id={`${id}-followed`}
                checked={channel.followed}
                aria-describedby={`${id}-hint`}
                onChange={(e) => set({ followed: e.currentTarget.checked })}
              />
              <label for={`${id}-followed`}>{CHANNEL_LABELS[kind].name}</label>
            </div>
            <p class="tool-hint" id={`${id}-hint`}>
              {CHANNEL_LABELS[kind].hint}
            </p>
            <Field
              id={`${id}-url`}
              label={`Address of the ${name}`}
              type="url"
              value={channel.url}
              onInput={(url) => set({ url })}
            />
            <LinkStatus url={channel.url} id={`${id}-link`} name={name} />
          </div>
        );
      })}
    </fieldset>
  );
}

/** The "add to the log" form: kept in local state until it is valid, then saved at once. */
function AddEntry({
  interview,
  today,
  idPrefix,
  onAdded,
}: {
  interview: Application;
  today: string;
  idPrefix: string;
  onAdded: (what: string) => void;
}) {
  const [date, setDate] = useState(today);
  const [kind, setKind] = useState<EngagementKind>('read');
  const [what, setWhat] = useState('');
  const [link, setLink] = useState('');
  const [worth, setWorth] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const whatInput = useRef<HTMLInputElement>(null);
  const id = (name: string) => `${idPrefix}-new-${name}`;

  const add = (e: Event) => {
    e.preventDefault();
    const check = checkLogEntry({ date, kind, what, link, worthMentioning: worth }, today);
    setProblems(check.kind === 'invalid' ? check.problems : []);
    if (check.kind !== 'ok') return;
    updateWorkspace((w) => addEngagement(w, interview.id, check.entry));
    onAdded(check.entry.what);
    setWhat('');
    setLink('');
    setWorth(false);
    whatInput.current?.focus();
  };

  return (
    <form onSubmit={add} noValidate>
      <fieldset class="tool-fieldset">
        <legend>Add to the log</legend>
        <div class="tool-grid">
          <div class="tool-field">
            <label for={id('date')}>Date</label>
            <input
              id={id('date')}
              type="date"
              value={date}
              max={today}
              onInput={(e) => setDate(e.currentTarget.value)}
            />
          </div>
          <div class="tool-field">
            <label for={id('kind')}>What you did</label>
            <select
              id={id('kind')}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as EngagementKind)}
            >
              {ENGAGEMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {ENGAGEMENT_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div class="tool-field">
          <label for={id('what')}>What it was</label>
          <input
            id={id('what')}
            ref={whatInput}
            type="text"
            value={what}
            maxLength={FIELD_LIMITS.what}
            onInput={(e) => setWhat(e.currentTarget.value)}
          />
        </div>
        <div class="tool-field">
          <label for={id('link')}>Link (optional)</label>
          <input
            id={id('link')}
            type="url"
            maxLength={FIELD_LIMITS.link}
            value={link}
            onInput={(e) => setLink(e.currentTarget.value)}
          />
        </div>
        <div class="tool-field tool-check">
          <input
            id={id('worth')}
            type="checkbox"
            checked={worth}
            onChange={(e) => setWorth(e.currentTarget.checked)}
          />
          <label for={id('worth')}>Worth mentioning in a follow-up</label>
        </div>
        <div role="alert">
          {problems.map((p) => (
            <p class="tool-warning" key={p}>
              {p}
            </p>
          ))}
        </div>
        <button type="submit" class="tool-button">
          Add to the log
        </button>
      </fieldset>
    </form>
  );
}

function Log({
  interview,
  today,
  idPrefix,
  H,
}: {
  interview: Application;
  today: string;
  idPrefix: string;
  /** The sections' heading: under the tool's h2 title, or the page's h1 when untitled. */
  H: 'h2' | 'h3';
}) {
  const Day = H === 'h2' ? 'h3' : 'h4';
  const undo = useUndo();
  const days = entriesByDay(interview.engagement, today);
  const notes = engagementGuardrails(interview.engagement, today);
  const mentions = worthMentioning(interview);

  const remove = (entry: EngagementEntry) =>
    undo.remove((ws) =>
      undoable(
        ws,
        (w) => ({
          workspace: removeEngagement(w, interview.id, entry.id),
          removed:
            w.applications
              .find((i) => i.id === interview.id)
              ?.engagement.find((e) => e.id === entry.id) ?? null,
        }),
        (w, { id, ...rest }) => addEngagement(w, interview.id, rest, id),
        (e) => ({ done: `Removed “${e.what}”.`, undone: `Put back “${e.what}”.` }),
      ),
    );

  return (
    <>
      <Channels interview={interview} idPrefix={idPrefix} />
      <AddEntry
        interview={interview}
        today={today}
        idPrefix={idPrefix}
        onAdded={(what) => undo.say(`Added “${what}” to the log.`)}
      />
      <UndoBar undo={undo} />
      <div aria-live="polite">
        {notes.map((n) => (
          <p class={n.kind === 'mention' ? 'tool-hint' : 'tool-warning'} key={n.kind}>
            {n.text}
          </p>
        ))}
      </div>

      <H id={`${idPrefix}-log-heading`}>Your log</H>
      {days.length === 0 ? (
        <p class="tool-hint">
          Nothing logged yet. Add the first thing you read; one entry a week is plenty.
        </p>
      ) : (
        days.map((day) => (
          <section
            key={day.date}
            class="tool-log-day"
            aria-labelledby={`${idPrefix}-day-${day.date}`}
          >
            <Day id={`${idPrefix}-day-${day.date}`}>
              <time dateTime={day.date}>{day.label}</time>
            </Day>
            <ul class="tool-list">
              {day.entries.map((entry) => {
                const link = checkLink(entry.link);
                const worthId = `${idPrefix}-worth-${entry.id}`;
                return (
                  <li key={entry.id}>
                    <span class="tool-list-main">
                      <strong>{entry.what}</strong>
                      <span class="tool-muted">
                        {ENGAGEMENT_LABELS[entry.kind]}
                        {link.kind === 'ok' && (
                          <>
                            {' · '}
                            <a href={link.href} rel="noopener noreferrer" target="_blank">
                              Link
                              <span class="visually-hidden">
                                {' '}
                                to {entry.what} (opens in a new tab)
                              </span>
                            </a>
                          </>
                        )}
                      </span>
                    </span>
                    <span class="tool-actions">
                      <span class="tool-check">
                        <input
                          type="checkbox"
                          id={worthId}
                          checked={entry.worthMentioning}
                          onChange={(e) =>
                            updateWorkspace((w) =>
                              updateEngagement(w, interview.id, entry.id, {
                                worthMentioning: e.currentTarget.checked,
                              }),
                            )
                          }
                        />
                        <label for={worthId}>
                          Worth mentioning<span class="visually-hidden">: {entry.what}</span>
                        </label>
                      </span>
                      <button
                        type="button"
                        class="tool-button tool-button-danger"
                        onClick={() => remove(entry)}
                      >
                        Remove<span class="visually-hidden"> {entry.what}</span>
                      </button>
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        ))
      )}

      <H>Offered to your message builders</H>
      {mentions.length === 0 ? (
        <p class="tool-hint">
          Tick “Worth mentioning” on an entry and the thank-you, handwritten-note, status-inquiry
          and LinkedIn builders will offer it as a personal detail.
        </p>
      ) : (
        <ul>
          {mentions.map((m) => (
            <li key={m.id}>{m.sentence}</li>
          ))}
        </ul>
      )}
    </>
  );
}
