// Imported with its extension: scripts/bench.ts loads this file in Node, which needs it.
import { MESSAGE_LIMITS } from '../messages/message-limits.ts';
import type { ToolId } from './guide-schema';

/** A tool with a page of its own under /tools/. */
export interface ToolInfo {
  id: ToolId;
  /** URL slug under /tools/. */
  slug: string;
  name: string;
  /** One sentence for cards and meta descriptions. */
  summary: string;
  /** The guide that explains the technique the tool helps with. */
  guide: string;
  guideTitle: string;
}

/** The tools that exist, in the order the follow-up happens. */
export const TOOLS: readonly ToolInfo[] = [
  {
    id: 'thank-you-email-builder',
    slug: 'thank-you-email',
    name: 'Thank-you email builder',
    summary:
      'A separate, personal thank-you draft for each interviewer, a send-by countdown, and a warning when two drafts look alike.',
    guide: 'thank-you-email',
    guideTitle: 'The thank-you email',
  },
  {
    id: 'handwritten-note-planner',
    slug: 'handwritten-note',
    name: 'Handwritten-note planner',
    summary:
      'A short card text that fits an A2 or A6 card, a real-size preview to print, the envelope address and the mail-by date.',
    guide: 'handwritten-note',
    guideTitle: 'The handwritten thank-you note',
  },
  {
    id: 'linkedin-message-generator',
    slug: 'linkedin-message',
    name: 'LinkedIn message generator',
    summary: `A connection note for each interviewer that fits your account’s ${MESSAGE_LIMITS.linkedinNote.free.max} or ${MESSAGE_LIMITS.linkedinNote.premium.max} characters, advice on sending without one, and the message for after they accept.`,
    guide: 'linkedin',
    guideTitle: 'Connecting with interviewers on LinkedIn',
  },
  {
    id: 'action-item-tracker',
    slug: 'action-items',
    name: 'Action-item tracker',
    summary:
      'Everything you promised to send, with its deadline (or two business days by default), and a short cover email for each.',
    guide: 'action-items',
    guideTitle: 'Following up on action items',
  },
  {
    id: 'timeline-calculator',
    slug: 'hiring-timeline',
    name: 'Hiring-timeline calculator',
    summary:
      'Turns "1-2 weeks" or "by Friday" into a dated follow-up plan with reasons, and puts every step in your calendar.',
    guide: 'hiring-timeline',
    guideTitle: 'Keeping to the hiring timeline',
  },
  {
    id: 'status-inquiry-writer',
    slug: 'status-inquiry',
    name: 'Status-inquiry writer',
    summary:
      'A polite status inquiry for when their timeline has passed, and one final follow-up a week later.',
    guide: 'hiring-timeline',
    guideTitle: 'Keeping to the hiring timeline',
  },
  {
    id: 'engagement-log',
    slug: 'engagement-log',
    name: 'Company-engagement log',
    summary:
      'A checklist of the company’s channels and a dated log of what you read, with the details worth mentioning offered to your messages.',
    guide: 'staying-engaged',
    guideTitle: 'Staying engaged with the company',
  },
  {
    id: 'tone-checker',
    slug: 'check-my-message',
    name: 'Check my message',
    summary:
      'Paste any message: it flags pushy wording, guilt, shouting, swipes at others and the wrong length, and suggests a calmer version.',
    guide: 'professionalism-and-tone',
    guideTitle: 'Professionalism and tone',
  },
];
