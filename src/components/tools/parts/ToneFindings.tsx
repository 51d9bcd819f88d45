import { checkTone, type MessageKind, type ToneOptions } from '../../../lib/tone/tone-check';
import { toneSummary } from '../../../lib/tone/tone-summary';
import { SharePanel } from './SharePanel';

/** What the tone panel checks, and where the words it quotes are. */
export interface ToneFindingsProps {
  /** The message as it stands now. */
  text: string;
  kind: MessageKind;
  /** What the message is, for headings and button names ("your email to Priya"). */
  label: string;
  /** Id of the textarea holding `text`, so "Show me" can select the words in it. */
  targetId: string;
  /** The interview's sent messages, for the too-soon check. */
  sentHistory?: ToneOptions['sentHistory'];
  /** LinkedIn note limit for the user's account (200 free, 300 Premium). */
  linkedinLimit?: number;
  /** The rest of the draft, to share it for review (subject, recipient); no sharing when absent. */
  share?: { subject: string; to: string };
}

/** Selects the flagged words in the draft, so a keyboard user lands on them ready to retype. */
function showWords(targetId: string, start: number, end: number): void {
  const area = document.getElementById(targetId);
  if (!(area instanceof HTMLTextAreaElement)) return;
  area.focus();
  area.setSelectionRange(start, end);
}

/** The findings of the professionalism checker for one message, updated as it changes. */
export function ToneFindings({
  text,
  kind,
  label,
  targetId,
  sentHistory,
  linkedinLimit,
  share,
}: ToneFindingsProps) {
  const findings = checkTone(text, { kind, sentHistory, linkedinLimit });
  const summary = toneSummary(findings);
  return (
    <div class="tool-tone">
      <p class={summary.warnings ? 'tool-warning' : 'tool-ok'} aria-live="polite">
        {summary.text}
      </p>
      {findings.length > 0 && (
        <ul class="tool-findings" aria-label={`Tone check of ${label}`}>
          {findings.map((f, n) => (
            <li key={`${f.rule}-${f.start}-${n}`} class={`is-${f.severity}`}>
              <p>
                <strong>{f.severity === 'warning' ? 'Warning' : 'Suggestion'}</strong>
                {f.words && (
                  <>
                    {': '}
                    <q>{f.words}</q>
                  </>
                )}
                . {f.why}
              </p>
              <p class="tool-hint">Try: {f.suggestion}</p>
              {f.words && (
                <button
                  type="button"
                  class="tool-link-button"
                  onClick={() => showWords(targetId, f.start, f.end)}
                >
                  Show me in the draft<span class="visually-hidden">: {f.words}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {share && text.trim() && (
        <SharePanel
          draft={{ kind, subject: share.subject, body: text, to: share.to }}
          id={`${targetId}-share`}
          label={label}
        />
      )}
    </div>
  );
}
