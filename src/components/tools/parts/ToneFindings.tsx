import { useEffect, useRef, useState } from 'preact/hooks';
import {
  checkTone,
  warmUpToneCheck,
  type MessageKind,
  type ToneOptions,
} from '../../../lib/tone/tone-check';
import { groupFindings, toneSummary } from '../../../lib/tone/tone-summary';
import { loadToneModel, useToneModel } from '../hooks/use-tone-model';
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
  /** The interview's day (YYYY-MM-DD), for the too-soon check. */
  interviewDate?: string | undefined;
  /**
   * Puts new text in the draft, as the user's own edit; with it, each rewrite gets a
   * "Use this rewrite" button and the replacement can be undone.
   */
  onRewrite?: ((text: string) => void) | undefined;
  /** The rest of the draft, to share it for review (subject, recipient); no sharing when absent. */
  share?: { subject: string; to: string };
}

/** Runs `task` when the page is idle (a moment later where there is no requestIdleCallback). */
function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task);
  else setTimeout(task, 50);
}

/**
 * Readies the first check while the user is still reading or typing: the rules' patterns
 * compiled and the classifier's table built, each in an idle moment of its own so neither
 * is one long task. Cold, a first check of 300 words took 57–98 ms; readied, 12–25 ms
 * (scripts/bench/tone-timing.ts).
 */
export function prepareToneFindings(): void {
  whenIdle(() => {
    warmUpToneCheck();
    // A failed fetch shows in the panel when it draws; nothing to say before that.
    whenIdle(() => void loadToneModel().catch(() => undefined));
  });
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
  interviewDate,
  onRewrite,
  share,
}: ToneFindingsProps) {
  const { model, failed } = useToneModel();
  const entries = groupFindings(
    checkTone(text, { kind, sentHistory, linkedinLimit, interviewDate, model }),
  );
  const summary = toneSummary(entries);
  // The last rewrite, undoable while the draft is still exactly what it made: once the
  // user types again, undoing would take their typing away too.
  const [last, setLast] = useState<{ before: string; after: string; focus: boolean } | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  // After Undo, focus goes back to the draft once it shows the old text, so the caret
  // lands in the text the user gets back.
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    requestAnimationFrame(() => document.getElementById(targetId)?.focus());
  }, [text]);
  const undoable = last !== null && last.after === text;
  useEffect(() => {
    // The finding and its button are gone once the sentence is replaced: focus goes to
    // Undo, once the draft shows the new text (a draft panel's store may take a render).
    if (undoable && last.focus) {
      undoRef.current?.focus();
      setLast({ ...last, focus: false });
    }
  }, [last, undoable]);
  return (
    <div class="tool-tone">
      <p class={summary.warnings ? 'tool-warning' : 'tool-ok'} aria-live="polite">
        {summary.text}
      </p>
      {failed && (
        <p class="tool-hint">
          The fuller tone reading could not load, so only the phrase checks ran: check your
          connection and open the page again.
        </p>
      )}
      {onRewrite && (
        <p class="tool-undo" role="status">
          {undoable && (
            <>
              Sentence replaced.{' '}
              <button
                type="button"
                class="tool-button tool-button-quiet"
                ref={undoRef}
                onClick={() => {
                  onRewrite(last.before);
                  setLast(null);
                  refocus.current = true;
                }}
              >
                Undo<span class="visually-hidden"> the rewrite in {label}</span>
              </button>
            </>
          )}
        </p>
      )}
      {entries.length > 0 && (
        <ul class="tool-findings" aria-label={`Tone check of ${label}`}>
          {entries.map((entry, n) => {
            const f = entry[0]!;
            const end = Math.max(...entry.map((e) => e.end));
            const words = entry.filter((e) => e.words).map((e) => e.words);
            return (
              <li key={`${f.rule}-${f.start}-${n}`} class={`is-${f.severity}`}>
                <p>
                  <strong>{f.severity === 'warning' ? 'Warning' : 'Suggestion'}</strong>
                  {words.map((w, i) => [
                    i ? (i < words.length - 1 ? ', ' : ' and ') : ': ',
                    <q key={i}>{w}</q>,
                  ])}
                  {/* A quoted sentence brings its own full stop. */}
                  {/[.!?…]$/.test(words.at(-1) ?? '') ? ' ' : '. '}
                  {f.why}
                </p>
                {f.rewrite ? (
                  <p class="tool-hint">
                    Calmer: “<span class="tool-rewrite">{f.rewrite.text}</span>”
                  </p>
                ) : (
                  <p class="tool-hint">Try: {f.suggestion}</p>
                )}
                {f.rewrite && onRewrite && (
                  <button
                    type="button"
                    class="tool-link-button"
                    onClick={() => {
                      const r = f.rewrite!;
                      const after = text.slice(0, r.start) + r.text + text.slice(r.end);
                      setLast({ before: text, after, focus: true });
                      onRewrite(after);
                    }}
                  >
                    Use this rewrite<span class="visually-hidden">: {f.rewrite.text}</span>
                  </button>
                )}
                {words.length > 0 && (
                  <button
                    type="button"
                    class="tool-link-button"
                    onClick={() => showWords(targetId, f.start, end)}
                  >
                    Show me in the draft
                    <span class="visually-hidden">
                      : {words.slice(0, -1).join(', ')}
                      {words.length > 1 && ' and '}
                      {words.at(-1)}
                    </span>
                  </button>
                )}
              </li>
            );
          })}
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
