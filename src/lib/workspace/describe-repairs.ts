// Names a place in the workspace's data in words a user understands, for notices about
// parts that could not be read and for refused backups.
import type { Repair } from './read-workspace';

/**
 * Words for the lists and maps a path goes through ("applications", 0 → "interview 1":
 * the pages call an application an interview). v4's names stay, for refused backups of
 * earlier builds.
 */
const ITEMS: Record<string, string> = {
  applications: 'interview',
  interviews: 'interview',
  people: 'person',
  interviewers: 'interviewer',
  rounds: 'round',
  outcomes: 'outcome',
  met: 'person met',
  actionItems: 'promised item',
  sent: 'sent message',
  engagement: 'engagement entry',
  holidays: 'holiday',
};
const MAPS: Record<string, string> = { drafts: 'draft', steps: 'plan step', channels: 'channel' };
const FIELD_WORDS: Record<string, string> = {
  applications: 'interviews',
  linkedin: 'LinkedIn',
  linkedinTier: 'LinkedIn account',
  timelineReading: 'timeline reading',
};

const fieldWords = (key: string) =>
  FIELD_WORDS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
/** Quoted and cut short: keys come from the file and may be long or odd. */
const quote = (key: string) => `“${key.length > 40 ? `${key.slice(0, 40)}…` : key}”`;

/** "applications.0.people.1.email" → "the “email” field of person 2 in interview 1". */
export function describePath(path: readonly PropertyKey[]): string {
  const places: string[] = [];
  let field = '';
  for (let i = 0; i < path.length; i++) {
    const key = String(path[i]);
    const next = path[i + 1];
    if (ITEMS[key] && typeof next === 'number') {
      places.push(`${ITEMS[key]} ${next + 1}`);
      i++;
    } else if (MAPS[key] && next !== undefined) {
      places.push(`the ${MAPS[key]} ${quote(String(next))}`);
      i++;
    } else if (i === path.length - 1)
      field = ITEMS[key] ? `the list of ${fieldWords(key)}` : `the ${quote(fieldWords(key))} field`;
    else places.push(`the ${fieldWords(key)}`);
  }
  const where = places.reverse();
  if (!field) return where.length ? where.join(' of ') : 'the workspace';
  return where.length ? `${field} of ${where.join(' in ')}` : field;
}

const keys = (path: string) => path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));

/** The reader's problem in words: "expected a whole number from 1 to 60" reads as it is; code names do not. */
function problemWords(problem: string): string {
  return problem.replace(
    /\b([a-z]+)([A-Z][A-Za-z]*)\b/g,
    (_m, a: string, b: string) =>
      `${a} ${b
        .replace(/([A-Z])/g, ' $1')
        .toLowerCase()
        .trim()}`,
  );
}

/** One line per repair: where, what was wrong, and what was done. */
export function describeRepairs(repairs: readonly Repair[]): string[] {
  return repairs.map((r) => {
    const where = r.what ?? describePath(keys(r.path));
    // A record set aside for one of its fields: name that field in words too.
    const inside = r.field?.startsWith(`${r.path}.`)
      ? `${describePath(keys(r.field.slice(r.path.length + 1)))} `
      : '';
    return `${where.charAt(0).toUpperCase()}${where.slice(1)} (${inside}${problemWords(r.problem)}): ${r.action === 'default' ? 'reset to its default' : 'set aside'}`;
  });
}
