// The answer to an offer being drafted on the application page (Round.offerAnswer):
// read with its defaults, and edited. Apart from operations.ts so that only the step's
// draft, loaded when opened, carries it.
import { isValidIsoDate } from '../dates/iso-date';
import { LINE_LIMIT } from './field-limits';
import { currentRound, updateRound } from './operations';
import type { Application, OfferAnswer, Workspace } from './schema';

/**
 * What an answer starts as: accepting (the usual reason to answer), nothing typed, no
 * offer letter yet (so the email asks for it rather than confirm terms not seen), and
 * the door left open (declining graciously keeps a contact; facts.md, "Answering an
 * offer in writing").
 */
export const OFFER_ANSWER_DEFAULTS: OfferAnswer = {
  choice: 'accept',
  startDate: '',
  terms: '',
  writtenOffer: false,
  reason: '',
  doorOpen: true,
};

/** The answer kept in the application's latest round, its unset fields at their defaults. */
export function offerAnswerOf(app: Application): OfferAnswer {
  return { ...OFFER_ANSWER_DEFAULTS, ...currentRound(app).offerAnswer };
}

/**
 * Changes the answer in the application's latest round. A start date that is not
 * YYYY-MM-DD (or '') and text over one line's limit are refused: the workspace is
 * returned unchanged, so what is kept always reads back.
 */
export function setOfferAnswer(
  ws: Workspace,
  appId: string,
  patch: Partial<OfferAnswer>,
): Workspace {
  const app = ws.applications.find((a) => a.id === appId);
  if (!app) return ws;
  if (patch.startDate && !isValidIsoDate(patch.startDate)) return ws;
  if ((patch.terms ?? '').length > LINE_LIMIT || (patch.reason ?? '').length > LINE_LIMIT)
    return ws;
  return updateRound(ws, appId, currentRound(app).id, {
    offerAnswer: { ...offerAnswerOf(app), ...patch },
  });
}
