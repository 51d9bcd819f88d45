// The recruiter-screen and panel thank-yous from a workspace: who they go to, whom the
// panel email copies, and the builders' inputs (lib/situations/screen-thank-you.ts,
// panel-thank-you.ts). Loaded with the builder's screen and panel modes only, so the
// thank-you pages do not carry it.
import type { DraftText } from '../messages/draft-rule';
import { draftPanelThankYou, type PanelThankYouDraft } from '../situations/panel-thank-you';
import { promisedFor } from '../situations/promised-items';
import { draftScreenThankYou } from '../situations/screen-thank-you';
import { mapRound, peopleMet } from '../workspace/operations';
import type {
  Application,
  Draft,
  Person,
  Profile,
  Round,
  Tone,
  Workspace,
} from '../workspace/schema';
import { PANEL } from './modes';
import { oneLine, points } from './wording';

const SCREEN = 'thank-you-email/screen';
/** The key prefix of the panel draft while set aside (one email per person chosen). */
const PANEL_OFF = 'thank-you-email/panel-off';

/** Where the screen thank-you to `personId` is kept ("thank-you-email/screen" for no one). */
export function screenDraftKey(personId?: string): string {
  return personId ? `${SCREEN}:${personId}` : SCREEN;
}

/** Where the panel email led by `leadId` is kept: while chosen (`on`), or set aside. */
export function panelDraftKey(leadId: string, on: boolean): string {
  return `${on ? PANEL : PANEL_OFF}:${leadId}`;
}

/**
 * Who a screen thank-you goes to: the recruiter met in the round, else the
 * application's recruiter, else the first person met (the user may not have marked
 * their role); undefined greets the team.
 */
export function screenRecipient(app: Application, round: Round): Person | undefined {
  const isRecruiter = (p: Person) => p.role === 'recruiter';
  const met = peopleMet(app, round);
  return met.find(isRecruiter) ?? app.people.find(isRecruiter) ?? met[0];
}

/** The thank-you after a recruiter screen, to `recipient`, with what they discussed and what was promised. */
export function screenThankYou(
  app: Application,
  round: Round,
  recipient: Person | undefined,
  profile: Profile,
  tone: Tone,
): DraftText {
  return draftScreenThankYou({
    candidate: { name: profile.name, phone: profile.phone },
    company: app.company,
    role: app.role,
    recipient: { name: recipient?.name ?? '', title: recipient?.title ?? '' },
    tone,
    topics: recipient?.topics ?? '',
    qualifications: app.qualifications,
    promised: promisedFor(round.actionItems, recipient?.id ?? ''),
  });
}

/** `lead` first, then everyone else met in the order met. */
export function panelOrder(lead: Person | undefined, met: readonly Person[]): Person[] {
  return lead ? [lead, ...met.filter((p) => p.id !== lead.id)] : [...met];
}

/**
 * One thank-you to the panel, addressed to `lead` with the others met copied: each
 * member's first topic goes with their name, and everything promised in the round
 * (whoever asked, since all of them read it) is named once.
 */
export function panelThankYou(
  app: Application,
  round: Round,
  lead: Person | undefined,
  profile: Profile,
  tone: Tone,
): PanelThankYouDraft {
  const [first, ...others] = panelOrder(lead, peopleMet(app, round)).map((p) => ({
    name: p.name,
    topic: points(p.topics)[0] ?? '',
  }));
  return draftPanelThankYou({
    candidate: { name: profile.name, phone: profile.phone },
    company: app.company,
    role: app.role,
    tone,
    lead: first ?? { name: '' },
    others,
    qualifications: app.qualifications,
    promised: round.actionItems
      .filter((i) => i.status === 'todo' && i.what.trim() !== '')
      .map((i) => ({ what: i.what, due: i.due })),
    format: round.format,
  });
}

/** The mail link's addresses for a panel email: the lead's, and the others' that are known. */
export function panelAddresses(people: readonly Person[]): { to: string; cc: string[] } {
  const [lead, ...others] = people.map((p) => p.email.trim());
  return { to: lead ?? '', cc: others.filter(Boolean) };
}

/** People as an address line reads: "Dana Lee <dana@acme.example>, Sam Ortiz"; unnamed people by their address only. */
export function addressLine(people: readonly Person[]): string {
  return people
    .map((p) => {
      const name = oneLine(p.name);
      const email = p.email.trim();
      return name && email ? `${name} <${email}>` : name || email;
    })
    .filter(Boolean)
    .join(', ');
}

/** The panel draft's key in a round, if it has one (chosen or set aside). */
function panelKey(round: Round): string | undefined {
  return Object.keys(round.drafts).find(
    (k) => k.startsWith(`${PANEL}:`) || k.startsWith(`${PANEL_OFF}:`),
  );
}

/** The lead a panel email goes to by default: the hiring manager if one was met, else the first person met. */
export function defaultLead(met: readonly Person[]): Person | undefined {
  return met.find((p) => p.role === 'hiring-manager') ?? met[0];
}

/** Whether a round's thank-you is one panel email, to whom, and under which key. */
export interface PanelChoice {
  /** The panel email is chosen over one email per person. */
  on: boolean;
  /** Who it goes to: the lead last picked while still among `met`, else the default. */
  lead: Person | undefined;
  /** The key of the draft when chosen. */
  key: string;
}

/**
 * The panel choice of a round whose people met are `met`: on only with two or more of
 * them and the panel draft kept as chosen.
 */
export function panelChoice(round: Round, met: readonly Person[]): PanelChoice {
  const key = panelKey(round);
  const leadId = key?.slice(key.indexOf(':') + 1);
  const lead = met.find((p) => p.id === leadId) ?? defaultLead(met);
  const on = met.length > 1 && !!key?.startsWith(`${PANEL}:`);
  return { on, lead, key: on ? key! : panelDraftKey(lead?.id ?? '', true) };
}

/**
 * Chooses one panel email (`on`) or one email per person, and with `leadId` who leads
 * it (by default the lead kept, else the default lead), moving the panel draft to the
 * key that says so: its text, edited or not, goes with it, so switching back and forth
 * or changing the lead loses nothing the user wrote. Unknown ids change nothing.
 */
export function choosePanel(
  ws: Workspace,
  appId: string,
  roundId: string,
  on: boolean,
  leadId?: string,
): Workspace {
  const app = ws.applications.find((a) => a.id === appId);
  const round = app?.rounds.find((r) => r.id === roundId);
  if (!app || !round) return ws;
  const lead = leadId ?? panelChoice(round, peopleMet(app, round)).lead?.id ?? '';
  return mapRound(ws, appId, roundId, (r) => {
    const old = panelKey(r);
    const drafts = Object.fromEntries(Object.entries(r.drafts).filter(([k]) => k !== old));
    // A placeholder until the panel builder writes: an unedited draft shows what the details give.
    const draft: Draft = (old && r.drafts[old]) || {
      subject: '',
      body: '',
      edited: false,
      tone: 'warm',
    };
    return { ...r, drafts: { ...drafts, [panelDraftKey(lead, on)]: draft } };
  });
}
