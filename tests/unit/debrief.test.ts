import { describe, expect, it } from 'vitest';
import {
  backLabel,
  clampStep,
  DEBRIEF_STEPS,
  nextLabel,
  stepCount,
} from '../../src/lib/debrief/debrief-steps';
import {
  debriefDraft,
  debriefStart,
  ensureDebrief,
  setMet,
} from '../../src/lib/workspace/debrief-edits';
import {
  addApplication,
  addPerson,
  blankApplication,
  blankPerson,
  currentApplication,
  currentRound,
  updateApplication,
} from '../../src/lib/workspace/operations';
import { emptyWorkspace, type Workspace } from '../../src/lib/workspace/schema';
import { MAX_INTERVIEWS } from '../../src/lib/workspace/field-limits';

const NOW = new Date('2026-11-24T15:30:00Z');

describe('the debrief steps', () => {
  it('are four, counted from one, each with a forward and (after the first) a back label', () => {
    expect(DEBRIEF_STEPS.map((s) => s.id)).toEqual(['interview', 'people', 'timing', 'promised']);
    expect(stepCount(0)).toBe('Step 1 of 4');
    expect(stepCount(1)).toBe('Step 2 of 4');
    expect(stepCount(3)).toBe('Step 4 of 4');
    expect(nextLabel(0)).toBe('Next: Who you met');
    expect(nextLabel(2)).toBe('Next: What you promised to send');
    expect(nextLabel(3)).toBe('Done: see my follow-ups');
    expect(backLabel(0)).toBeNull();
    expect(backLabel(1)).toBe('Back: The interview');
  });

  it('keeps any number within the steps', () => {
    expect(clampStep(-1)).toBe(0);
    expect(clampStep(9)).toBe(3);
    expect(clampStep(Number.NaN)).toBe(0);
    expect(clampStep(1.5)).toBe(0);
    expect(stepCount(12)).toBe('Step 4 of 4');
    expect(nextLabel(12)).toBe('Done: see my follow-ups');
  });
});

describe('where a debrief writes', () => {
  const saved = blankApplication(NOW, 'Europe/London', 'app-1');
  const ws: Workspace = addApplication(emptyWorkspace(), saved);

  it('starts a new application without an id, or with one that names none', () => {
    expect(debriefStart(ws, '')).toEqual({ kind: 'new', unknownId: false });
    expect(debriefStart(ws, '?id=gone')).toEqual({ kind: 'new', unknownId: true });
  });

  it('starts a new round of a saved application, and continues a round once it is saved', () => {
    expect(debriefStart(ws, '?id=app-1')).toMatchObject({ kind: 'new-round' });
    const roundId = saved.rounds[0]!.id;
    expect(debriefStart(ws, `?id=app-1&round=${roundId}`)).toMatchObject({
      kind: 'continue',
      round: { id: roundId },
    });
    expect(debriefStart(ws, '?id=app-1&round=nope')).toMatchObject({ kind: 'new-round' });
  });

  it('shows a blank application dated today in the zone, with one blank person met', () => {
    const { application, round } = debriefDraft(
      { kind: 'new', unknownId: false },
      NOW,
      'Asia/Tokyo',
    );
    expect(round.date).toBe('2026-11-25');
    expect(round.timeZone).toBe('Asia/Tokyo');
    expect(round.met).toEqual([application.people[0]!.id]);
  });

  it('shows a new round that met nobody yet, after the saved ones', () => {
    const start = debriefStart(ws, '?id=app-1');
    const { application, round } = debriefDraft(start, NOW, 'Europe/London');
    expect(application).toBe(saved);
    expect(round.met).toEqual([]);
    expect(round.date).toBe('2026-11-24');
    expect(round.id).not.toBe(saved.rounds[0]!.id);
  });

  it('saves nothing until the first edit, then the application or the round once', () => {
    const fresh = debriefDraft({ kind: 'new', unknownId: false }, NOW, 'Europe/London');
    const once = ensureDebrief(emptyWorkspace(), fresh);
    expect(once.applications).toHaveLength(1);
    expect(currentApplication(once)?.id).toBe(fresh.application.id);
    expect(ensureDebrief(once, fresh)).toBe(once);

    const other = addApplication(ws, blankApplication(NOW, 'Europe/London', 'app-2'));
    const draft = debriefDraft(debriefStart(other, '?id=app-1'), NOW, 'Europe/London');
    const next = ensureDebrief(other, draft);
    const app = next.applications.find((a) => a.id === 'app-1')!;
    expect(app.rounds.map((r) => r.id)).toEqual([saved.rounds[0]!.id, draft.round.id]);
    expect(currentRound(app).id).toBe(draft.round.id);
    expect(next.currentId).toBe('app-1');
    expect(ensureDebrief(next, draft).applications).toEqual(next.applications);
  });

  it('adds nothing to a full list', () => {
    let full = emptyWorkspace();
    for (let n = 0; n < MAX_INTERVIEWS; n++)
      full = addApplication(full, blankApplication(NOW, 'UTC', `a${n}`));
    const draft = debriefDraft({ kind: 'new', unknownId: false }, NOW, 'UTC');
    expect(ensureDebrief(full, draft)).toBe(full);
  });

  it('ticks and unticks a person already known as met in the round', () => {
    const person = blankPerson('p-1');
    const named = updateApplication(addPerson(ws, 'app-1', person), 'app-1', { company: 'Acme' });
    const target = { appId: 'app-1', roundId: saved.rounds[0]!.id };
    const met = setMet(named, target, 'p-1', true);
    expect(currentRound(met.applications[0]!).met).toContain('p-1');
    expect(setMet(met, target, 'p-1', true)).toEqual(met);
    const unmet = setMet(met, target, 'p-1', false);
    expect(currentRound(unmet.applications[0]!).met).not.toContain('p-1');
  });
});
