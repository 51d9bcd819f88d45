// The two-minute tone pass from guides/professionalism-and-tone.mdx as code: it marks
// the words a reader would take as pressure, guilt, a threat, shouting or a swipe at
// someone, and checks length, greeting, sign-off and the spacing of follow-ups
// (src/docs/facts.md, "Status inquiry and the hiring timeline").
//
// Severity: "warning" is what the guide says not to send (pressure, threats, guilt,
// repeated check-ins, stacked "!", capitals, criticism, a follow-up sent too soon, a
// LinkedIn note the compose box refuses). "suggestion" is form worth fixing that does no
// harm on its own: length, greeting and sign-off.
//
// Phrases are matched on the text as typed, never on a normalized copy, so offsets
// always point into the user's text. This module ships on demand and is kept small
// (11.3 KB gzipped with its imports, minified by esbuild, since the tone categories beyond
// pressure; 8.1 KB before): one pattern per rule, whose alternatives name the shape of a problem rather than list sentences.
// "Please advise immediately", "kindly revert at the earliest" and "I'd appreciate a
// decision by end of day" are one shape, a request plus a hurry word; "I've emailed you three times" and "I've reached out
// several times" another. False alarms cost more than misses here, since a user who sees
// a polite sentence flagged stops trusting the check, so each broad alternative carries
// its exceptions: the writer's own promise ("I can start immediately", "someone who can
// respond immediately"), thanks ("thank you for your quick reply"), a plan ("I'll check
// in again next month"), "Once again, thank you", and words in quotation marks, which
// are someone else's. Criticism is a small lexicon of judgments ("clueless", "couldn't be
// bothered", "a nightmare") that counts only beside a person or organization it could be
// about, so "a nightmare commute" passes. Pressure worded in a shape no alternative names
// still gets through.
//
// Measured on tests/tone-corpus.json (tuned on it) and tests/tone-heldout.json, which was
// blind when first scored (precision 1.000, recall 0.667, 2026-11-27) and has been tuned
// on once since; see tests/unit/tone-heldout.test.ts.
//
// Tone that no phrase names (sarcasm, a presumed offer, a veiled jab) is read by a small
// classifier trained on tests/fixtures/tone-training (scripts/train-tone.ts), passed in as
// `model` once fetched, so this module stays small: with it, the first frozen held-out set
// went from 36 to 89 of 93 problem messages caught, 4 false alarms in 77 clean
// (tests/fixtures/tone-heldout-v2/README.md, and -v3 to -v5 for later writers). With a
// model, the phrase rules of a category it reads stand only where it reads some of that
// tone (`ruleGate`): on messages the rules were never tuned on, they raised as many false
// alarms as catches without it.
import { shortDate } from '../dates/iso-date';
import { countCharacters } from '../linkedin/count';
import { MESSAGE_LIMITS, type LengthRule } from '../messages/message-limits';
import { wordStarts } from '../messages/text-stats';
import type { MessageKind as SentKind } from '../workspace/schema';
import type { LoadedModel } from './tone-model';

/** The message being checked: a kind the kit drafts, or anything else the user writes. */
export type MessageKind = SentKind | 'other';

/** What a finding is about: one id per check in the tone guide. */
export type RuleId =
  | 'pushy'
  | 'ultimatum'
  | 'guilt'
  | 'repeated-check-in'
  | 'exclamations'
  | 'shouting'
  | 'negativity'
  | 'passive-aggressive'
  | 'sarcasm'
  | 'entitlement'
  | 'over-familiarity'
  | 'too-long'
  | 'too-short'
  | 'no-greeting'
  | 'no-sign-off'
  | 'too-soon';

/** One thing to fix, tied to the exact words in the message. */
export interface Finding {
  rule: RuleId;
  /** "warning": the guide says not to send it like this; "suggestion": worth a look. */
  severity: 'warning' | 'suggestion';
  /**
   * The text matched, exactly as typed: always `text.slice(start, end)`. Empty for
   * too-soon and too-short, where the timing or what is missing is the problem, not any
   * words.
   */
  words: string;
  /** UTF-16 offset of the first character, as String#slice takes it. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** Why it matters, in one sentence. */
  why: string;
  /** A concrete rewrite or next step, ready to send as it is (no blanks to fill in). */
  suggestion: string;
  /**
   * For a finding about wording: a calmer version of the whole sentence the words are in,
   * and where that sentence is (`text.slice(start, end)`), so it can replace it.
   */
  rewrite?: { text: string; start: number; end: number } | undefined;
}

/** What the check needs besides the text. */
export interface ToneOptions {
  kind: MessageKind;
  /** Messages already sent for this interview (the workspace's sent records). */
  sentHistory?: { kind: string; at: string /* ISO date or instant */ }[] | undefined;
  /** The current time; defaults to the clock. */
  now?: Date | undefined;
  /**
   * Most characters the user's LinkedIn account allows in a connection note
   * (`MESSAGE_LIMITS.linkedinNote`: 200 free, 300 Premium). Defaults to Premium's; while
   * the tier is unknown, a note over the free limit also gets a suggestion.
   */
  linkedinLimit?: number | undefined;
  /**
   * The interview's day (YYYY-MM-DD): a status inquiry or final follow-up within 5
   * business days of it is too soon.
   */
  interviewDate?: string | undefined;
  /**
   * The trained classifier (tone-weights.ts through `loadModel`), loaded on demand: with
   * it, a category no phrase rule found is proposed when the model is confident, marking
   * the sentence it is most sure of, and a phrase rule of a category it reads stands only
   * where it reads some of that tone.
   */
  model?: LoadedModel | undefined;
}

/**
 * The length rule of each kind with one (src/lib/messages/message-limits.ts); the
 * LinkedIn note's depends on the account, so it is read apart.
 */
const LENGTHS: Partial<Record<MessageKind, LengthRule>> = {
  'thank-you-email': MESSAGE_LIMITS.thankYou,
  'handwritten-note': MESSAGE_LIMITS.handwrittenNote,
  'linkedin-message': MESSAGE_LIMITS.linkedinMessage,
  'status-inquiry': MESSAGE_LIMITS.statusInquiry,
  'final-follow-up': MESSAGE_LIMITS.finalFollowUp,
  'action-item': MESSAGE_LIMITS.actionItem,
  // The messages an outcome calls for, by the same rules as their builders
  // (lib/situations/kinds.ts): both thank-yous after accepting share one.
  withdrawal: MESSAGE_LIMITS.withdrawal,
  expedite: MESSAGE_LIMITS.expedite,
  'offer-extension': MESSAGE_LIMITS.offerExtension,
  'rejection-reply': MESSAGE_LIMITS.rejectionReply,
  reconnect: MESSAGE_LIMITS.reconnect,
  'reference-thanks': MESSAGE_LIMITS.acceptedThanks,
  'recruiter-thanks': MESSAGE_LIMITS.acceptedThanks,
  'offer-acceptance': MESSAGE_LIMITS.offerAcceptance,
  'offer-decline': MESSAGE_LIMITS.offerDecline,
};
const { free: FREE_NOTE, premium: PREMIUM_NOTE } = MESSAGE_LIMITS.linkedinNote;

const ASK = 'Is there any update on the timeline?';
const NOTE_FROM = 'I wanted to follow up on my earlier note.';
/** The guide's own rewrites for pressure that is not a plain demand for news. */
const PUSHY_REWRITES: [RegExp, string][] = [
  [/^(?:why|what|you|no)/i, NOTE_FROM],
  [/expect/i, 'I understood you hoped to decide around now, so I wanted to check in.'],
  [/need this|down/i, "I'm still very interested in the role."],
];

/**
 * Calmer sentences for criticism: of this employer's people or process, and otherwise
 * (a past employer, colleagues). "Use this rewrite" puts them in the draft, so each is a
 * sentence to send, never advice about one.
 */
const PROCESS_CRITICISM =
  /\b(your|process|recruit\w*|interview\w*|panel|coordinators?|receptionists?|agency)\b/i;
const CALM_ABOUT_PROCESS = 'I appreciate the time everyone has given to the process.';
const CALM_ABOUT_PAST = "I'm looking for a role where I can build on what I've learned.";

// Negativity is a judgment about people, so its words count only beside someone they
// could be about: "a nightmare commute", "a chaotic market" and "the useless error
// message we fixed" name no one. These parts are in the notation of PHRASES below.
/** People and organizations a candidate might criticize ("HR", not "3 hr"). */
const PEOPLE =
  '(manag(er|ers|ement)|boss(es)?|team|staff|colleagues?|co-?workers?|recruiters?|coordinators?|(?<!\\d )hr|compan(y|ies)|firm|employers?|department|leadership|supervisors?|directors?|interviewers?|panel|agency|organi[sz]ation|receptionists?|executives|culture|workplace|owners?)';
/** Someone in particular: "my current manager", "your recruiter", "the agency recruiter". */
const WHO = `(an?|my|your|our|the|their|his|her)( \\p{L}+){0,2}? ${PEOPLE}`;
/** A past or present workplace: "my last setting", "my old school". */
const MINE =
  'my (last|current|old|previous|former) (\\p{L}+ )?(job|place|setting|school|practice|store|shop|kitchen|clinic|hospital|office|studio|restaurant)';
/** Up to 60 characters of the same clause, past no "I", "we", "and", negation or turn. */
const GAP = "((?!\\b(I|we|and|not|never|than|but|unlike)\\b|n't)[^.!?;\\n]){0,60}?";
const FOOLS = '(clowns|idiots|morons|amateurs|cowboys|jokers)';
/** Words that judge whoever they describe. */
const BAD =
  '(clueless|incompetent|hopeless|useless|disorgani[sz]ed|chaotic|lazy|rude|unprofessional|arrogant|condescending|inept|toxic|dysfunctional|pathetic|stupid|dishonest|unhelpful|terrible|awful|horrible|dreadful|shambolic)';
/** "…clueless", "…pretty hopeless", "…a total nightmare", "…run by amateurs", after a verb like "is" (IS). */
const JUDGED = `( (?!not\\b|never\\b)\\w+){0,2}? (${BAD}|unprepared|appalling|rubbish|the worst|joke|nightmare|mess|disaster|circus|shambles|((bunch|pack) of )?${FOOLS}|out of (his|her|their) depth)`;
const IS = `('re| is| was| are| were| been| seem\\w*| appear\\w*| became| got)${JUDGED}`;
/** What people do that is criticism however it is worded. */
const DOES = `micromanag\\w*|(could~|can('t|not)) be bothered|(can('t|not)|could~) (run|organi[sz]e|plan|manage|lead) (a|an|the|their|his|her|its) \\w+|to save (his|her|their|its) li(fe|ves)|${FOOLS}`;

/** Leaving the process, as a threat's second half ("…I'll be pulling out"); not "withdraw from my other applications". */
const QUIT =
  'withdraw\\w*(?!( from)?( my| the| all)? other)|pull\\w* out|drop\\w* out|walk\\w* away|sign\\w* with';

/**
 * Rule, why, rewrite, pattern (as alternatives). Patterns are written with plain
 * spaces, straight apostrophes and "~" for "n't"/" not"; `phrase()` widens them to any
 * whitespace (line breaks included) and to the curly apostrophes phones type. Groups
 * are plain "(...)": only the whole match is used, and "(?:" everywhere would cost the
 * bundle about 70 bytes gzipped.
 */
const PHRASES: [RuleId, string, string, string[]][] = [
  [
    'pushy',
    'Demands add pressure, and pressure rarely speeds up a decision.',
    ASK,
    [
      'asap',
      // A request and a hurry word: "please advise immediately", "kindly revert at the
      // earliest", "a decision by end of day". Not the writer's own act ("I'll reply right
      // away", "I always respond promptly", "someone who can respond immediately"), not
      // "no need to reply right away", and not "I received a reply immediately"; "you"
      // puts the act back on them ("I'd like you to respond immediately").
      "((?<!((?<!\\p{L})(I|we|who)('\\w+)?|\\bno|n't|\\bnot)( (?!you\\b)\\w+){0,4} |(your|the|for|(?<!you )to) )(respond|reply|answer|confirm|advise|revert|get back|let (me|us) know|hear back|update me)|(?<!(got|gets?|received|had|gave|sent|expects?|wants?|needs?|guarante\\w*|to)( \\w+)? )(an?|your) (\\w+ )?(decision|answer|response|reply|update))\\b((?!\\bI\\b|n't|\\bnot\\b)[^.!?\\n]){0,40}?\\b(as soon as possible|immediately|at once|(right|straight) away|without (further )?delay|urgently|promptly|by return|at the earliest(?! convenience)|by (the )?(end|close) of (the )?(day|business|play)|by (eod|cob|today|tonight|tomorrow)|within (24|48) hours)",
      "(?<!(can|should|may|when) )I('m| am|'d| would| had)?( have)? expect\\w* (to hear|better from|(a|an|your)( \\w+)? (reply|response|answer|decision|update)|the courtesy)",
      "I('d| would) (like|appreciate) (a|an|your) (decision|answer|response|reply|update) (now|today|by|within)",
      // "I need it before I go any further", "I need to know." (not "that's all I need to know").
      "(?<!(all|everything) )(I|and)('m going to| will|'ll)? (really |just )?(need|require) (to hear|(to know|it|this|that)[^.!?\\n]{0,30}?\\b(by|today|tonight|tomorrow|now)\\b|(it|this|that) before|to know(?=\\s*([.!,]|$))|(an?|your) (\\w+ )?(answer|reply|response|decision|update)\\b)|I (really )?want (an answer|a reply|a response|a decision)|I (must |have to )?(demand|insist)|I deserve",
      '(appreciate|want|need|expect) a (straight|clear) answer|yes or no|(this|it) as urgent',
      "why (have|has|did|is|am)( (you|I|it|this))?(~| still)|why (is|has) (no ?one|nobody)|what( is|'s) taking so long|why( is|'s) (it|this) taking",
      '((you|no one|nobody)( still)? (have~|did~|never|could~|(have|has) yet to)|(no one|nobody) (has|could)) (even )?(be )?(repl|respon|answer|bother|got back|gotten back|get back|acknowledg)\\w*',
      "get back to me by|please (respond|reply|let me know) (by(?! e?-?mail| phone)|today|within|no later)|let me know (by )?(today|tonight|tomorrow)(?!')|(?<!n't (feel )?)you (must|need to|have to) (reply|respond|get back|decide)|need this (job|role)|do~ let me down",
      "can('t|not) (wait|keep)[^.!?\\n]{0,40}?(forever|any longer|indefinitely)|I (\\w+ )?urgently|urgent(ly)? (reply|response|answer|decision)|(?<!no )hurry|(please|you|hope this)[^.!?\\n]{0,15}?speed\\w* (things|this|it|the process) up",
      '(?<!(for|appreciate\\w*) )(your|an) (prompt|immediate|urgent) (reply|response|answer|attention)',
      // An order to get in touch, with a deadline: "call me back today", "message me your
      // decision by Friday". Not an offer ("feel free to call me today", "you can email me
      // by Friday"), a question ("could you send me…") or a condition ("if you need
      // anything, call me today", "…if that's easier").
      `(?<!(to|can|could|would|will|may|'ll|'d|you|you please|free) |\\bif\\b[^.!?\\n]{0,40})(call|ring|phone|text|e-?mail|message|send|give|tell|get back to) me( back)?( (your|the|an?|with( the| an?)?) (\\w+ )?(decision|answer|verdict|response|reply|outcome|figure|offer))?,? (today|tonight|now|right away|first thing|by (the )?(\\w*day|tonight|tomorrow|noon|end|close|eod|cob|\\d\\w*|this \\w+|next \\w+|return))(?![^.!?\\n]{0,40}?\\b(if|when|whenever)\\b)`,
    ],
  ],
  [
    'ultimatum',
    'A deadline phrased as a threat reads as one.',
    'I have another offer to answer soon; is an update on your timeline possible?',
    [
      // Not hearing, then "I will"; a plan to follow up ("I'll check in next week") is no threat.
      "if (I (still )?((do~|have~|can't|won't) (hear|get|receive)|hear nothing)|you (do~|can't|won't) (reply|respond|get back|decide|give)|there( is|'s) no (response|reply|answer|word|news|decision))[^.!?\\n]{0,80}?I('ll| will)(?! (follow|check|send|resend|understand))",
      `(otherwise|or|unless[^.!?\\n]{0,60}?),? I('ll| will|'m)( be| have to| be forced to)? (${QUIT}|go\\w* elsewhere|mov\\w* on|look\\w* elsewhere|assum\\w* (that )?(you('re| are|'ve| have)?(~| no longer| moved| found| decided| lost)|the (role|position|job))|(accept|tak)\\w* (another|the other|a competing|a different))`,
      // Any condition, then leaving: "if it's postponed past the 14th I'll be pulling out".
      `if [^.!?\\n]{0,80}?I('ll| will)( be| have to| be forced to)? (${QUIT}|(accept|tak)\\w* (one of|another|the other|a competing|their))`,
      "I('ll| will)( have to| have no choice but to)? (withdraw(?!( from)?( my| the| all)? other)|go elsewhere|look elsewhere|(accept|take) (another|the other|a competing) (offer|role|position|job))|(last|final) (chance|warning|attempt|notice)|take it or leave it|now or never|(offer|withdraw)\\w*[^.!?\\n]{0,40}?unless (I|you)|ball is in your court|before someone else|(you have|giv\\w* you) until",
    ],
  ],
  [
    'guilt',
    'Guilt about waiting or what you gave up puts the reader on the defensive.',
    "I'm still very interested in the role.",
    [
      "I('ve| have) (\\w+ )?(been (\\w+ )?waiting|waited) (for |over |nearly |almost )?(((a|so) )?long|a (month|week)|\\d|two|three|four|five|several|weeks|days|months|ages|forever|patiently|to hear|your|a reply|an answer|news)(?! years)|still waiting|been patiently waiting|I was promised|unacceptable|ridiculous|poor form|disrespectful|you('ll| will) do the right thing",
      '(zero|no) communication(?! between)|radio silence|crickets|ghost(ed|ing)|another (week|month) has (gone by|passed)|without so much as|at least (confirm|reply|respond|acknowledge|let)|has dragged on|(me|us|candidates|left|kept) in the dark|(left|leave|leaving) (me |candidates |people )?hanging',
      '(weeks|months|a month)[^.!?\\n]{0,30}?((and|but) (still )?(nothing|no (word|reply|response|news|update))|without (a|any) (single )?(word|reply|response))|the lack of (any )?(response|reply|communication)|heard (absolutely )?nothing(?! but)|not (a|one) (single )?(word|reply|response)\\b',
      "I('ve| have) been (\\w+ ){0,2}patient(?! with)|assum\\w* the worst|how you treat (\\w+ )?candidates|still (no|have~|not) (word|reply|response|answer|news|update|heard)",
      "I thought (you|someone|I)('d| would) (have|hear|get|be hearing)|I was told (that )?(there|I|you|we)('d| would) (be a decision|hear|have|get)|promised me|you (said|promised|told me)[^.!?\\n]{0,30}?('d| would) (hear|have|get|decide|be|know|reply|respond|let me know)",
      "disappointed (that|not to|in (you|how)|by (the|how)|with the)|I('m| am) (\\w+ly |very |so )?(frustrated|annoyed|upset|fed up)|(it's|it is|this is) (\\w+ly |very |so |quite )?(frustrating|disappointing|rude) (to|that|not)|(feel|felt) (\\w+ )?ignored|ignoring (me|my)|strung along",
      '(turned down|gave up|passed up|declined|cancel\\w* (an)?other) (\\w+ ){0,2}(interview|offer|role|job|position|opportunit)\\w*|put (my|everything|other)[^.!?\\n]{0,30}?on hold|the least you could do|too much to ask|(common|basic) courtesy|decency|not even an? (reply|response)|been forgotten|forgotten (about )?me|your silence|(losing|to lose|running out of) (my )?patience',
      // What waiting or the interview cost: "an unpaid day off", "kept waiting", "at my own expense".
      '(?<!not )(kept|keep(ing)? (me|us|candidates|people)) waiting|unpaid (days?|leave|time)|(took|taking|taken?)( \\w+){0,2} (days?|time|leave|holiday) off (work )?(to|for) (attend|be|come|make|get|this|the|our|your)|at my own (expense|cost)|out of (my own )?pocket',
    ],
  ],
  [
    'repeated-check-in',
    'Pointing out earlier messages reads as a reproach.',
    NOTE_FROM,
    [
      // Future tense is a plan, not a reproach: "I'll check in again next month" is fine.
      "(?<!(will|'ll) )(follow\\w* up|check\\w* in|reach\\w* out|writ\\w*|email\\w*|contact\\w*|messag\\w*|touch\\w* base|send\\w*( this)?)( with you)?( once| yet)? again|once again,? (I('m| am) )?(writ|reach|follow|check|email|contact)\\w*",
      "(as (I )?(said|mentioned|noted|wrote)( in)?|(as )?per) my (last|previous|earlier) (emails?|messages?|notes?)|(any|none|all|either|both|each|neither) of my( \\w+)? (emails|messages|notes|voicemails)|(two|three|four|five|several|multiple|\\d+) (\\w+ )?(emails|messages|notes|voicemails|follow-ups)( that| which)? I('ve| have)?( already)? (sent|written|left)|my (last |previous |earlier )?(two|three|four|few|several|multiple|previous|earlier) (emails|messages|notes)",
      // "I've emailed you three times", not "I called the vendor several times a day".
      '(sent|written|wrote|emailed|called|messaged|contacted|reached out|followed up|left|tried( to)? (reach|contact|call)\\w*)( ((to )?you|now|already|your \\w+))* (twice|repeatedly|(two|three|four|five|\\d+|several|multiple|many|a few) (emails|messages|times|voicemails))|(third|fourth|fifth|3rd|4th|5th) (time|email|message|follow-up|attempt)|(several|multiple|numerous) (emails|messages|follow-ups)',
      '(yet )?another (reminder|follow-up)|(sorry|apologies) (to|for) (bother|pester)\\w* you( yet)? again|bumping (this|my)|resending|in case you missed|did you (get|see|receive) (any of )?my (last |previous )?(emails?|messages?|notes?)',
    ],
  ],
  [
    'passive-aggressive',
    'A polite surface over a reproach still reads as a reproach.',
    "I wanted to follow up on my earlier note in case it's useful.",
    [
      "as you may (recall|remember|know)|(which|that) I assume (did~|never|must have~) (reach|arriv|get)\\w*|I('m| am) sure you('re| are|'ve| have been) (very |extremely |incredibly |terribly |all )?(busy|swamped|inundated)|I (completely |totally |fully )?understand (that )?(you|your team|things)( \\w+)? (must be|are|is) (very |so )?(busy|swamped)",
      "(just )?(in case|perhaps|maybe|presumably) (it|my (\\w+ )?(e-?mail|message|note)) (got|was|has been|ended up) (buried|lost|missed|overlooked|forgotten)|make sure (it|my \\w+) (did~|had~|has~) (get )?(buried|lost)|I('d| had) hoped (you|your \\w+)('d| would) be different|I trust (this|that) (is~|won't|will not) (be )?(a )?surprise|(this|that) time(?= (round|around))|(some|at least one) (kind of |sort of )?(acknowledg|respon|repl)\\w* would (be|have been) (nice|appreciated|good)",
      '(would|might) (have been|be) (nice|courteous) to (hear|know|get|receive)|(no one|nobody)( \\w+)? (has )?had (a|the) chance|not (that|as if) (anyone|you|it)|(hopefully|perhaps) (this|it) (one )?(reaches|gets|finds) (you|someone)|(assuming|if) (anyone|someone) (is|still) (reading|there|checking)',
    ],
  ],
  [
    'sarcasm',
    'Sarcasm reads as contempt in writing, where no tone of voice softens it.',
    'I understand these decisions take time; is there an update on the timeline?',
    [
      "(breakneck|leisurely|blistering|lightning|glacial|whirlwind) (pace|speed|process|timeline|turnaround)|(clearly|obviously|evidently) (isn't|is not|not) (your|the team's|their) (thing|strong suit|forte|priority)|(a )?roaring success|what a (treat|thrill|joy|delight|surprise)|(generous|whopping|luxurious) \\d+ (hours|days|minutes)|I('ll| will) (be sure to|make sure to|definitely) work on that",
      "(enjoy|enjoyed|enjoying|love|loving|loved) (the|this|all (the|this)) (\\w+ )?(wait|waiting|silence|suspense|mystery|guessing)|(must be|must have been) (nice|fun|lovely)( for| to)|I('m| am) sure (it|that|this)( \\w+){0,3} will be (very |so |really )?(efficient|quick|swift|speedy|smooth|organi[sz]ed)|(no rush|take your time),? (really|obviously|clearly|though)|(truly|really|very) (impressive|inspiring|admirable) (organi[sz]ation|communication|efficiency|turnaround)|(only|just) (rescheduled|postponed|cancelled|canceled) (it |me )?(three|four|five|several) times",
      'carrier pigeon|(a|such a) (valuable|useful) lesson in patience|in case anyone (remembers|is reading|is still there)|(ten|five|fifteen|twenty) whole minutes|(e-?mails?|messages?) (seem|seems) to (be invisible|vanish|disappear)|(thanks|thank you) (so much |a lot )?for (the|all the|such) (super |very |incredibly |really )?(detailed|thorough|insightful|generous) (feedback|explanation|response|reply)[^.!?\\n]{0,40}?(one|single|two|few) (line|word|sentence)|(wow|oh|gosh),? (what|how) (a |an )?(fast|quick|efficient|speedy|organi[sz]ed|great)|a (real|true) (treat|pleasure|joy) to (wait|chase|be ignored)',
    ],
  ],
  [
    'entitlement',
    'Writing as if the role or an answer is owed to you reads as arrogance.',
    "I'd welcome the chance to continue in the process, and I'm happy to provide anything else you need.",
    [
      "I('ve| have) (more than |certainly |surely )?earned|(a candidate|someone|a professional|people|a person) (of|with|at) my (calibre|caliber|experience|seniority|level|standing|stature)|(I am|I'm) owed|(you|the (firm|company|team|panel)) owe\\w* me|the least (you|the \\w+|your \\w+) (owes?|could do)",
      "look\\w* forward to (receiving|getting|seeing|signing) (the|my|your) (offer|contract|paperwork)|when I (start|join)(?! (the )?(process|conversation|interview))|I('ll| will) (start|be starting|be joining|join) (on|from|in) (monday|tuesday|wednesday|thursday|friday|the \\d|\\d|january|february|march|april|may|june|july|august|september|october|november|december)|(skip|waive|bypass|exempt\\w*)\\w* (me )?(from )?(the )?(\\w+ )?(round|stage|test|assessment|interview|process)",
      "(clearly|obviously|surely|undoubtedly) (the|your) (best|strongest|ideal|right) (candidate|choice|fit|person)|(send|forward|email) (me )?(over )?the (offer|contract|paperwork|offer letter)|(a|just a|mere|simple) formality|(given|with) my (experience|background|seniority|credentials|track record|record)[^.!?\\n]{0,30}?I (expect|assume|shouldn't|should not|don't think I should|trust I)|I('ll| will) be expecting (it|your|an?|the)|I (expect|assume) (to be|I('ll| will) be) (offered|hired|fast-tracked|given|paid|moved)|(obvious|clear|natural) (choice|fit|pick) for (the|this) (role|position|job)|(top|the top of the|the highest) (salary|band|of the band|pay)[^.!?\\n]{0,30}?(given|expect|naturally|of course)",
    ],
  ],
  [
    'over-familiarity',
    'Writing to an interviewer as to a close friend reads as unprofessional.',
    'Thank you again for your time; I enjoyed our conversation.',
    [
      'xoxo|xx|xxx|big hugs|luv( ya| you)?|love ya|lots of love|bro|bruv|dude|my man|bestie|babe|hun|hey (girl|girlie|bro|guys|hun|babe|mate|buddy|pal)|cheers,? (mate|buddy|pal)|(thanks|ta),? (mate|buddy|pal|hun)|cutest|gorgeous|handsome|hottest|😉|😘|😍|🥰|❤️|😜|🍻|🍺|🥂',
      '(grab|get|have|go for) (a |some )?(drink|drinks|beer|beers|pint|pints|cocktail|cocktails|wine)\\b|(follow|add|dm|find) me on (insta|instagram|tiktok|snap|snapchat|facebook)|(insta|instagram|tiktok|snapchat) (handle|is|@)|my (ex|landlord|divorce|therapist|boyfriend|girlfriend|hangover)\\b|(like|just like) my (dad|mum|mom|brother|sister|big sister|big brother)|(stay|be|become) (best )?friends|kisses',
    ],
  ],
  [
    'negativity',
    'Criticizing anyone makes the reader wonder what you would say about them.',
    CALM_ABOUT_PAST,
    [
      // A person or organization, then a judgment of them: "my current manager
      // micromanages", "your recruiter has been pretty hopeless". Nothing in between may be
      // "I", "we", "not", "never" or a turn ("than", "but"), so "I had no idea the team used
      // Rust" and "the team was never rude" pass.
      `(${WHO}|${MINE})${GAP}(${IS}|(?<!\\p{L})(${DOES}|ha(s|d|ve)( absolutely)? no (idea|clue)))`,
      // "he was hopeless with rotas", "they couldn't be bothered": a pronoun right before.
      `(they|he|she)('s${JUDGED}|( \\w+)?(${IS}| (${DOES})))`,
      // The judgment first: "a useless recruiter", "the CLOWNS running my current firm".
      `(${BAD}|micromanaging)( \\p{L}+)? ${PEOPLE}|${FOOLS}[^.!?\\n]{0,40}?${WHO}`,
      '(disorgani[sz]ed|chaotic|shambolic) (hiring |interview |recruitment )?process|(candidates|applicants)[^.!?\\n]{0,40}?(did|do)~ (look|seem) (very )?prepared',
      'unlike (my|the|most|other|the other)( current| last| previous| former| old| other)? (boss|manager|company|employer|team|candidates|applicants)|than (the )?other (candidates|applicants)',
    ],
  ],
];

/** A sentence that is the writer's own promise of what they will do or send. */
const OWN_PLAN =
  /^I(?:['’]ll| will)(?: also| happily| gladly)? (?:send|share|forward|email|get|have|bring|prepare|put together|follow up|be in touch)(?!\p{L})/iu;

/** The rule's calmer sentence for these words: criticism of the process gets its own. */
function calmer(rule: RuleId, words: string, rewrite: string): string {
  return rule === 'negativity' && PROCESS_CRITICISM.test(words) ? CALM_ABOUT_PROCESS : rewrite;
}

/** The rule of each classifier category whose name is not a rule's. */
const CATEGORY_RULE: Record<string, RuleId> = { pressure: 'pushy' };

/** Where each sentence starts and ends: after ".", "!", "?" or "…" and a space, or a line break. */
function sentencesOf(text: string): [number, number][] {
  return [...text.matchAll(/[^\s.!?…][^\n]*?(?:[.!?…]+["”’)]*(?=\s|$)|(?=\n)|$)/g)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
}

/** The sentence, or sentences, around `start`–`end`: a match may run over a full stop. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  const all = sentencesOf(text);
  const first = all.find(([, to]) => to > start);
  const last = all.findLast(([from]) => from < Math.max(end, start + 1));
  return first && last ? [Math.min(first[0], start), Math.max(last[1], end)] : [start, end];
}

/** A whole-word, case-insensitive pattern from the notation above. */
function phrase(source: string[]): RegExp {
  const body = source
    .join('|')
    .replace(/~/g, "(n't| not)")
    .replace(/'/g, "['’]")
    .replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

const RULES = PHRASES.map(
  ([rule, why, rewrite, source]) => [rule, why, rewrite, phrase(source)] as const,
);

// Capitalized words that are not shouting. ASAP is here because it is reported as pushy.
// Words without a vowel (SQL, CRM, NYC, HTML, GDPR) pass on their own.
const ACRONYMS = new Set(
  'ASAP API CEO CTO CFO COO USA KPI ROI AWS SEO GPA IBM MIT NASA UTC III ETL DEI ESG FAQ JSON REST HIPAA MBA CPA ICU NICU ERP SAP NATO IKEA COVID OSHA HVAC UNIX JIRA YAML OAUTH SCORM GAAP IFRS CIPD ACCA CIMA GCSE IELTS TOEFL EMEA APAC SAAS IEEE UNICEF'.split(
    ' ',
  ),
);
/** Words that shout on their own in capitals: "I STILL haven't heard", "NOT happy". */
const LOUD = /^(?:STILL|NOW|NEED|MUST|URGENT|NEVER|NOT?|WHY|PLEASE)$/;
const CAPS_WORD =
  /(?<![\p{L}\p{N}\p{M}])[\p{Lu}\p{N}](?:[\p{Lu}\p{N}\p{M}]|['’](?=\p{Lu}))*(?![\p{L}\p{N}\p{M}])/gu;
const DAY_MS = 86_400_000;

/** An acronym in capitals: listed, with a digit (B2B), or without a vowel (SQL, HR, HTTPS). */
function acronym(word: string): boolean {
  return /\d/.test(word) || ACRONYMS.has(word) || !/[^\p{Lu}]|[AEIOUY]/u.test(word);
}

/** Not shouting on its own: an acronym or a word under 3 letters ("UX", "SO", "I'M"). */
function harmlessCaps(word: string): boolean {
  return acronym(word) || word.replace(/\P{L}/gu, '').length < 3;
}

/**
 * Day number (days since 1970-01-01) of a Date or an ISO date or instant, on the user's
 * own calendar: a message sent at 11 pm belongs to that evening, not to the next UTC day.
 * NaN when unreadable. A bare YYYY-MM-DD gets "T00:00", which ISO 8601 reads as local
 * time; on its own `new Date` would read it as UTC midnight, the day before in America.
 */
function dayOf(at: unknown): number {
  const d =
    at instanceof Date
      ? at
      : new Date(typeof at !== 'string' ? NaN : /^\d{4}-\d\d-\d\d$/.test(at) ? `${at}T00:00` : at);
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS);
}

/** YYYY-MM-DD of a day number ('' past the end of Date's range, where toISOString throws). */
function isoDay(day: number): string {
  const date = new Date(day * DAY_MS);
  return Number.isNaN(+date) ? '' : date.toISOString().slice(0, 10);
}

/**
 * Checks a message against the tone guide and returns what to fix, in text order.
 *
 * Warnings: pressure ("ASAP", "please advise immediately", "I expect to hear", "why
 * haven't you"), ultimatums, guilt, repeated check-ins, more than one "!" in the message
 * (or "!!", "?!", "‼" anywhere; full-width and emoji marks count), capitals (a run of two
 * or more words, one with a short word as in "SO EXCITED", a pressure word such as
 * "STILL" or "PLEASE" alone, or two or more words of four letters or more anywhere in the
 * message; acronyms such as SQL or UX aside), criticism of someone named nearby, a
 * LinkedIn note over the account's limit (`linkedinLimit`, Premium's unless told), and a
 * status inquiry or final follow-up within 5 business days of the last one, or a second
 * status inquiry within 7 days (from `sentHistory`, counted on the user's calendar up to
 * `now`; holidays are not known here). Phrases that start inside "quotation marks" are
 * not reported. Suggestions: words outside the kind's target range (`MESSAGE_LIMITS`: a
 * thank-you under 100 or over 180, more firmly past 200), a LinkedIn note over the free
 * limit when the tier is not known, and a missing greeting or sign-off (not for
 * LinkedIn). Lengths are counted as the counters count them: words by `wordStarts`,
 * LinkedIn characters by `countCharacters` on the whole text (an emoji or an accented
 * letter is one).
 *
 * Case-insensitive and safe on any Unicode text; `words` is always
 * `text.slice(start, end)`. Never throws; blank text has nothing to check.
 */
export function checkTone(text: string, opts: ToneOptions): Finding[] {
  if (typeof text !== 'string' || !text.trim()) return [];
  const kind = opts?.kind;
  const found: Finding[] = [];
  const add = (
    rule: RuleId,
    severity: Finding['severity'],
    start: number,
    end: number,
    why: string,
    suggestion: string,
  ) => found.push({ rule, severity, words: text.slice(start, end), start, end, why, suggestion });

  // The calmer sentence replaces the whole sentence the words are in, so the draft reads
  // on without a half-sentence left over.
  const reword = (rule: RuleId, start: number, end: number, why: string, calm: string) => {
    const [from, to] = sentenceAround(text, start, end);
    found.push({
      rule,
      severity: 'warning',
      words: text.slice(start, end),
      start,
      end,
      why,
      suggestion: calm,
      rewrite: { text: calm, start: from, end: to },
    });
  };

  // Words in quotation marks are someone else's (you said the role needs someone who can
  // "respond immediately"), so a phrase that starts inside them is not the writer's.
  const model = opts?.model;
  const ruled = new Set<RuleId>();
  for (const [rule, why, rewrite, pattern] of RULES) {
    // A rule of a tone the classifier reads is gated by it (exclamations, capitals and
    // timing are not).
    const gated =
      model?.ruleGate !== undefined &&
      model.categories.some(
        (category) =>
          (CATEGORY_RULE[category] ?? category) === rule ||
          (rule === 'repeated-check-in' && category === 'passive-aggressive'),
      );
    for (const m of text.matchAll(pattern)) {
      if ((text.slice(0, m.index).match(/["“”]/g)?.length ?? 0) % 2) continue;
      // The phrase's own sentence, read by the classifier: a whole message would bury one
      // blunt line. Any problem it reads there will do, since neighbouring tones share
      // words ("Why haven't I heard back?" reads to it as a jab more than as pressure).
      if (model && gated) {
        const [from, to] = sentenceAround(text, m.index, m.index + m[0].length);
        const scores = model.scores(text.slice(from, to));
        if (scores.every((p, c) => p < model.ruleGate! * model.threshold[c]!)) continue;
      }
      // In a withdrawal, withdrawing is the message, not a threat.
      if (kind === 'withdrawal' && rule === 'ultimatum' && /withdraw/i.test(m[0])) continue;
      const own = rule === 'pushy' && PUSHY_REWRITES.find(([test]) => test.test(m[0]));
      reword(rule, m.index, m.index + m[0].length, why, own ? own[1] : calmer(rule, m[0], rewrite));
      ruled.add(rule);
    }
  }

  // The classifier reads the tone of the whole message where no phrase matched; its
  // finding marks the sentence it is most sure of, since a tone has no single word.
  if (model) {
    const probs = model.scores(text);
    const sentences = sentencesOf(text);
    model.categories.forEach((category, c) => {
      const entry = RULES.find(([rule]) => (CATEGORY_RULE[category] ?? category) === rule);
      if (!entry || ruled.has(entry[0]) || probs[c]! < model.threshold[c]!) return;
      if (entry[0] === 'passive-aggressive' && ruled.has('repeated-check-in')) return;
      let best: [number, number] | undefined;
      let top = -1;
      for (const [from, to] of sentences) {
        const p = model.scores(text.slice(from, to))[c]!;
        if (p > top) [top, best] = [p, [from, to]];
      }
      // The writer's own plan ("I'll send the SQL sample by Friday.") shares a threat's
      // words but is a promise, as in the phrase rules' exceptions.
      if (best && !OWN_PLAN.test(text.slice(best[0], best[1])))
        reword(
          entry[0],
          best[0],
          best[1],
          entry[1],
          calmer(entry[0], text.slice(...best), entry[2]),
        );
    });
  }

  // One "!" in a thank-you is warmth (the tone guide); two, or "!!" / "?!", read as nerves.
  // Phones also type the full-width "！", "‼" and "⁉" (two each) and the ❗ emoji.
  const bangs = text.replace(/[‼⁉]/g, '!!').match(/[!！❗❕]/g)?.length ?? 0;
  // U+FE0F (emoji presentation) may follow any of these; its place in the class is meant.
  // eslint-disable-next-line no-misleading-character-class
  for (const m of text.matchAll(/[!?！？❗❕❓‼⁉\ufe0f]*[!！❗❕‼⁉][!?！？❗❕❓‼⁉\ufe0f]*/g)) {
    if (bangs > 1 || m[0].replace(/\ufe0f/g, '').length > 1) {
      add(
        'exclamations',
        'warning',
        m.index,
        m.index + m[0].length,
        'Several exclamation marks read as nervous, not keen.',
        `Use "${/[?？❓⁉]/.test(m[0]) ? '?' : '.'}" instead of "${m[0]}".`,
      );
    }
  }

  // Capitals: two or more shouted words in a row ("STILL WAITING - Marketing"), joined
  // across spaces, light punctuation and acronyms; one with a short word ("SO EXCITED",
  // "NO reply"); or a pressure word alone ("I STILL haven't heard").
  //
  // One capitalized word of praise ("It was AMAZING", "I would LOVE to join", "Thanks SO
  // much") is the emphasis a voice gives one word, not shouting. Two or more such words
  // of four letters or more, even apart ("it was GREAT meeting you… the CLOWNS running
  // my firm", "I LOVED… REALLY hope… VERY interested"), make capitals the message's way
  // of speaking, and that is what reads as shouting: each is marked. "SO" and "UX" are
  // too short to count, and acronyms never count: listed, with a digit, or without a
  // vowel (SQL, GDPR, HTTPS). A name written in capitals that the list lacks (IKEA)
  // counts, so a message with two of them is marked; one never is.
  let run: RegExpExecArray[] = [];
  const lone: RegExpExecArray[][] = [];
  const shout = (marked: RegExpExecArray[]) => {
    const start = marked[0]!.index;
    const end = marked[marked.length - 1]!.index + marked[marked.length - 1]![0].length;
    const calm = text
      .slice(start, end)
      .replace(CAPS_WORD, (w) => (acronym(w) ? w : w.toLowerCase()));
    add(
      'shouting',
      'warning',
      start,
      end,
      'Capitals read as shouting.',
      `Write "${calm.replace(/(?<!\p{L})i(?!\p{L})/gu, 'I')}" instead.`,
    );
  };
  const flush = () => {
    const loud = run.filter((w) => !harmlessCaps(w[0]));
    // Words of two characters or more that are not acronyms: "SO", "I'M", "STILL".
    const marked = run.filter((w) => !acronym(w[0]) && w[0][1]);
    if (loud[1] || (loud[0] && marked[1]) || marked.some((w) => LOUD.test(w[0]))) shout(marked);
    else if (/\p{L}{4}/u.test(loud[0]?.[0] ?? '')) lone.push(marked);
    run = [];
  };
  for (const w of text.matchAll(CAPS_WORD)) {
    const last = run[run.length - 1];
    if (last && !/^[^\p{L}\p{N}]{1,4}$/u.test(text.slice(last.index + last[0].length, w.index)))
      flush();
    run.push(w);
  }
  flush();
  if (lone[1]) lone.forEach(shout);

  // Length, by the table in src/lib/messages/message-limits.ts, counted exactly as the
  // counters beside the drafts count: a LinkedIn note in characters as a person sees
  // them (an emoji or an accented letter is one), the whole text as it would be pasted;
  // the rest in words. Too long is marked from the first character or word past the
  // limit to the end; too short marks nothing, since what is missing has no words.
  const end = text.trimEnd().length;
  const rule = LENGTHS[kind];
  if (kind === 'linkedin') {
    const tier = opts.linkedinLimit;
    const max = tier! >= 1 ? tier! : PREMIUM_NOTE.max;
    const size = countCharacters(text);
    // Over the account's limit: a warning. Tier unknown: a suggestion past the free one too.
    const cap = size > max ? max : tier === undefined && size > FREE_NOTE.max ? FREE_NOTE.max : 0;
    if (cap) {
      // The first character past the cap: the first code unit at which the count of the
      // text so far passes it. Prefixes end on whole code points (a lone half of a pair
      // would count as a character of its own), where the count only ever grows.
      let cut = 0;
      for (let hi = text.length; cut < hi;) {
        const mid = (cut + hi) >> 1;
        if (
          countCharacters(text.slice(0, mid + 1 + +/[\ud800-\udbff]/.test(text.charAt(mid)))) > cap
        )
          hi = mid;
        else cut = mid + 1;
      }
      // Only spaces or line breaks past the cap: they are pasted and counted too.
      const blank = cut >= end;
      add(
        'too-long',
        cap === max ? 'warning' : 'suggestion',
        cut,
        blank ? text.length : end,
        `LinkedIn allows ${cap} characters${cap === FREE_NOTE.max ? ' on a free account' : ''}; this has ${size}.`,
        blank
          ? 'Delete the spaces or line breaks at the end: LinkedIn counts them too.'
          : `Cut it to under ${tier === undefined ? FREE_NOTE.max : max} characters: what you discussed, and that you'd like to stay in touch.`,
      );
    }
  } else if (rule) {
    const starts = wordStarts(text);
    const count = starts.length;
    const { min, max } = rule.target;
    const aim = `Aim for ${min ? `${min}–${max}` : `${max} or fewer`} words; this has ${count}`;
    if (count > max) {
      // Length alone never makes a message one not to send (tests/tone-corpus.json: a long,
      // polite thank-you is fine), so past the hard maximum the suggestion only grows firmer.
      add(
        'too-long',
        'suggestion',
        starts[max]!,
        end,
        rule.max !== null && count > rule.max
          ? `${aim}, more than the ${rule.max} a reader takes in at a glance.`
          : `${aim}.`,
        `Cut about ${count - max} words, keeping one specific detail.`,
      );
    } else if (count < min) {
      add(
        'too-short',
        'suggestion',
        end,
        end,
        `${aim}.`,
        `Add about ${min - count} words: one specific detail from your conversation, and why it matters to you.`,
      );
    }
  }

  if (kind !== 'linkedin') {
    const lines = [...text.matchAll(/\S[^\n\r]*/g)];
    const line = (i: number) => lines[i]![0].trimEnd();
    const mark = (rule: RuleId, i: number, why: string, suggestion: string) =>
      add(rule, 'suggestion', lines[i]!.index, lines[i]!.index + line(i).length, why, suggestion);
    // "Hi Priya", "Dear Ms. Alvarez", "Good morning", or a name and a comma ("Priya,"); never "Hey".
    if (
      !/^(?:hi|hello|dear|good (?:morning|afternoon|evening))(?!\p{L})/iu.test(line(0)) &&
      !/^(?!Hey)\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3},/u.test(line(0))
    ) {
      mark(
        'no-greeting',
        0,
        'Using their name shows the message was written for them.',
        'Start with "Hi Priya," or "Dear Ms. Alvarez,".',
      );
    }
    // A closing line ("Best regards,", "Thank you again for your time,") and a short
    // name line after it, within the last few lines, or both on one ("Thanks, Sam").
    const closing =
      /^(?:(?:best|kind|warm|with|many|all|the|yours|thank you)\s+){0,3}(?:best|regards|wishes|thanks|thank you|sincerely|yours|respectfully|cheers|warmly|gratefully|gratitude|appreciation|take care)(?!\p{L})/iu;
    const short = (i: number, n: number) => line(i).split(/\s+/).length <= n;
    const last = lines.length - 1;
    let signed = closing.test(line(last)) && /,\s*\p{L}/u.test(line(last)) && short(last, 6);
    for (let i = Math.max(1, last - 5); i < last; i++)
      signed ||=
        closing.test(line(i)) && short(i, 10) && /^\p{L}/u.test(line(i + 1)) && short(i + 1, 6);
    if (!signed)
      mark(
        'no-sign-off',
        last,
        'A closing and your full name show who wrote it.',
        'End with "Best regards," and your full name below it.',
      );
  }

  // Follow-ups too close together (src/docs/facts.md, "Status inquiry and the hiring
  // timeline": about a week apart; the second status inquiry 5 business days after the
  // first).
  const today = dayOf(opts?.now instanceof Date ? opts.now : new Date());
  let wait = 0;
  let since = 0;
  let after = 'Your last follow-up went out';
  // The interview counts like a follow-up sent that day: its first status inquiry waits
  // 5 business days too (same section of src/docs/facts.md).
  const interview =
    typeof opts?.interviewDate === 'string' && opts.interviewDate
      ? [{ kind: 'interview', at: opts.interviewDate }]
      : [];
  for (const sent of kind === 'status-inquiry' || kind === 'final-follow-up'
    ? [...(Array.isArray(opts.sentHistory) ? opts.sentHistory : []), ...interview]
    : []) {
    const day = dayOf(sent?.at);
    // Unreadable dates (NaN) and anything in the future or over two weeks ago fail this test.
    if (
      !(day <= today && day > today - 14) ||
      !/^(?:status-inquiry|final-follow-up|interview)$/.test(sent?.kind)
    )
      continue;
    let ready = day;
    // 1970-01-01 was a Thursday, so (day + 4) mod 7 is 0 on Sundays and 6 on Saturdays.
    for (let n = 0; n < 5;) if (((((ready += 1) % 7) + 11) % 7) % 6) n += 1;
    if (kind === 'status-inquiry' && sent.kind === kind) ready = Math.max(ready, day + 7);
    if (ready > today && ready > wait) {
      [wait, since] = [ready, day];
      after = sent.kind === 'interview' ? 'Your interview was' : 'Your last follow-up went out';
    }
  }
  if (wait) {
    add(
      'too-soon',
      'warning',
      0,
      0,
      `${after} on ${shortDate(isoDay(since), isoDay(today))}; about a week apart reads as patient, not pressing.`,
      `Save it as a draft and send it on ${shortDate(isoDay(wait), isoDay(today))} or later.`,
    );
  }

  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A short follow-up whose check runs every rule's patterns once. */
const WARM_UP_TEXT =
  'Hi Sam,\n\nI am writing again about the Analyst role. Any update?\n\nBest regards,\nAl';

/**
 * Checks a short message and throws the findings away, so that the first check a user
 * asks for does not also pay for compiling the rules' patterns: cold, that first check
 * took 45–95 ms in Chromium on this 2-core machine, and 15–20 ms for a 300-word message
 * once warm (scripts/bench/tone-timing.ts). Meant for an idle moment after the page loads.
 */
export function warmUpToneCheck(): void {
  checkTone(WARM_UP_TEXT, { kind: 'status-inquiry', now: new Date(0) });
}
