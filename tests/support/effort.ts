// How long a person would take to do what a test did, by the Keystroke-Level Model
// (Card, Moran and Newell, "The Keystroke-Level Model for User Performance Time with
// Interactive Systems", CACM 23(7), 1980): each keystroke costs K, each pointing or tap
// P, and each mental preparation M, counted before every field typed into and every
// command (Enter, a tap, a pick from a list). A test drives the page far faster than a
// person; this turns what it did into the time a person would need, so "in under two
// minutes" fails when a flow asks for more typing, tabbing or tapping.
import type { Page } from '@playwright/test';

/** What a person did on the page, counted from the page's own events. */
export interface Effort {
  /** Characters typed into fields (what input events inserted). */
  chars: number;
  /** Keys that are not text: Tab, Enter, arrows, Escape (modifiers count with their key). */
  keys: number;
  /** Enter presses among `keys` (each one a command). */
  enters: number;
  /** Taps or clicks. */
  taps: number;
  /** Choices from a native list (a select changed): a tap to open and one to choose. */
  picks: number;
  /** Separate stretches of typing: each into one field, after something else. */
  typingRuns: number;
}

/** The model's operator times, in seconds. */
export const KLM = {
  /** The model's average non-secretary typist's keystroke (about 40 words a minute). */
  keystroke: 0.28,
  /**
   * A character on a phone's on-screen keyboard: 36.2 words a minute (5 characters each)
   * was the average of 37,370 volunteers (Palin et al., "How do People Type on Mobile
   * Devices? Observations from a Study with 37,000 Volunteers", MobileHCI 2019).
   */
  touchKeystroke: 60 / (36.2 * 5),
  /** Pointing at a target and tapping it. */
  point: 1.1,
  /** Mental preparation before a field or a command. */
  mental: 1.35,
};

type Event =
  | { kind: 'key'; key: string }
  | { kind: 'input'; n: number; field: string }
  | { kind: 'tap' }
  | { kind: 'pick' };

/**
 * Starts counting what the user does on `page` (through every navigation) and returns
 * the count so far.
 */
export async function watchEffort(page: Page): Promise<() => Effort> {
  const events: Event[] = [];
  await page.exposeBinding('__effort', (_source, e: Event) => {
    events.push(e);
  });
  await page.addInitScript(() => {
    const send = (e: unknown) =>
      (window as unknown as { __effort: (e: unknown) => void }).__effort(e);
    const MODIFIERS = /^(Shift|Control|Meta|Alt|AltGraph|CapsLock)$/;
    addEventListener(
      'keydown',
      (e) => {
        if (e.key.length > 1 && !MODIFIERS.test(e.key)) send({ kind: 'key', key: e.key });
      },
      true,
    );
    addEventListener(
      'input',
      (e) => {
        const t = e.target as HTMLElement;
        if (t instanceof HTMLSelectElement) return;
        const data = (e as InputEvent).data;
        send({ kind: 'input', n: data ? [...data].length : 0, field: t.id || t.tagName });
      },
      true,
    );
    addEventListener('pointerdown', () => send({ kind: 'tap' }), true);
    addEventListener(
      'change',
      (e) => {
        if (e.target instanceof HTMLSelectElement) send({ kind: 'pick' });
      },
      true,
    );
  });
  return () => {
    const effort: Effort = { chars: 0, keys: 0, enters: 0, taps: 0, picks: 0, typingRuns: 0 };
    let lastField = '';
    for (const e of events) {
      if (e.kind === 'input') {
        effort.chars += e.n;
        if (e.field !== lastField) effort.typingRuns += 1;
        lastField = e.field;
        continue;
      }
      lastField = '';
      if (e.kind === 'key') {
        effort.keys += 1;
        if (e.key === 'Enter') effort.enters += 1;
      } else if (e.kind === 'tap') effort.taps += 1;
      else effort.picks += 1;
    }
    return effort;
  };
}

/** The seconds a person would need for `effort`, typing on a keyboard or on a phone. */
export function humanSeconds(effort: Effort, typing: 'keyboard' | 'touch'): number {
  const perChar = typing === 'keyboard' ? KLM.keystroke : KLM.touchKeystroke;
  const commands = effort.enters + effort.taps + effort.picks;
  // On a phone each field is tapped before typing; a test fills it without a tap.
  const fieldTaps = typing === 'touch' ? effort.typingRuns : 0;
  return (
    effort.chars * perChar +
    effort.keys * KLM.keystroke +
    (effort.taps + effort.picks * 2 + fieldTaps) * KLM.point +
    (effort.typingRuns + commands) * KLM.mental
  );
}
