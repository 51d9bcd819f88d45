import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { allDay, timed } from './calendar-fixtures';
import {
  buildIcs,
  calendarSpan,
  ICS_PRODID,
  icsFilename,
  isSchedulable,
  normalizeCalendarText,
  stepUid,
  type BuildIcsOptions,
  type CalendarStep,
} from '../../src/lib/calendar/ics';

// Every check reads the file back with ical.js, an independent RFC 5545 parser, so
// the tests do not just restate what the serializer writes.

const NOW = new Date('2026-05-01T12:34:56.789Z');
const OPTS: BuildIcsOptions = { interviewId: 'int-42', calendarName: 'Follow-ups: Acme', now: NOW };

function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

function events(text: string): ICAL.Component[] {
  return parse(text).getAllSubcomponents('vevent');
}

/** Physical lines of the file (without their CRLF), checking it ends in CRLF. */
function rawLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

const octets = (line: string): number => new TextEncoder().encode(line).length;

/** Checks the physical form of a file: CRLF only, ≤ 75 octets, no split characters. */
function expectWellFolded(text: string): void {
  for (const line of rawLines(text)) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(octets(line)).toBeLessThanOrEqual(75);
    // A surrogate pair cut by a fold would leave a lone half on each side.
    expect(line).not.toMatch(/\p{Cs}/u);
    // A fold never separates a backslash from the character it escapes.
    expect(line).not.toMatch(/(?:^|[^\\])(?:\\\\)*\\$/);
  }
}

/** The text ical.js reads back for a property, after RFC 5545 unescaping. */
function textOf(component: ICAL.Component, name: string): unknown {
  return component.getFirstPropertyValue(name);
}

describe('buildIcs: the calendar', () => {
  const text = buildIcs([allDay, timed], OPTS);
  const calendar = parse(text);

  it('has PRODID, VERSION:2.0, CALSCALE, METHOD and the calendar name', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getAllProperties('prodid')).toHaveLength(1);
    expect(calendar.getFirstPropertyValue('prodid')).toBe(ICS_PRODID);
    expect(calendar.getAllProperties('version')).toHaveLength(1);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Follow-ups: Acme');
  });

  it('escapes the calendar name as TEXT', () => {
    const name = 'Acme, Inc.; Q2 \\ "panel"\nround 2';
    const raw = parse(buildIcs([], { ...OPTS, calendarName: name })).getFirstProperty(
      'x-wr-calname',
    )!;
    // ical.js keeps unknown X- properties raw, so unescape with its own TEXT reader.
    const unescaped = ICAL.design.icalendar.value['text']!.fromICAL!(String(raw.getFirstValue()));
    expect(unescaped).toBe(name);
  });

  it('has one VEVENT per step, each with exactly one UID, DTSTAMP, SUMMARY and DESCRIPTION', () => {
    const list = events(text);
    expect(list).toHaveLength(2);
    for (const event of list) {
      for (const name of ['uid', 'dtstamp', 'summary', 'description', 'dtstart', 'dtend']) {
        expect(event.getAllProperties(name), name).toHaveLength(1);
      }
      expect(event.getAllProperties('duration')).toHaveLength(0);
      const stamp = event.getFirstPropertyValue('dtstamp') as ICAL.Time;
      expect(stamp.zone).toBe(ICAL.Timezone.utcTimezone);
      expect(stamp.toJSDate().toISOString()).toBe('2026-05-01T12:34:56.000Z');
    }
    expect(text).toContain('\r\nDTSTAMP:20260501T123456Z\r\n');
  });

  it('writes no TZID and no VTIMEZONE: timed values are UTC', () => {
    expect(text).not.toMatch(/TZID/);
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(0);
  });

  it('ends every line in CRLF, and no line is longer than 75 octets', () => {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expectWellFolded(text);
    expect(rawLines(text)[0]).toBe('BEGIN:VCALENDAR');
    expect(rawLines(text).at(-1)).toBe('END:VCALENDAR');
  });
});

describe('buildIcs: dates', () => {
  it('writes an all-day step as DATE values ending the next day', () => {
    const text = buildIcs([allDay], OPTS);
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20260502\r\nDTEND;VALUE=DATE:20260503\r\n');
    const [event] = events(text);
    const start = event!.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = event!.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(end.isDate).toBe(true);
    expect(start.toString()).toBe('2026-05-02');
    expect(end.toString()).toBe('2026-05-03');
  });

  it.each([
    ['2026-12-31', '2027-01-01'],
    ['2028-02-28', '2028-02-29'],
    ['2028-02-29', '2028-03-01'],
    ['2026-02-28', '2026-03-01'],
    ['2026-04-30', '2026-05-01'],
  ])('ends an all-day step on %s on %s', (date, next) => {
    const [event] = events(buildIcs([{ ...allDay, date }], OPTS));
    expect((event!.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe(date);
    expect((event!.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe(next);
  });

  it('writes a timed step in UTC, converted from its offset', () => {
    const text = buildIcs([timed], OPTS);
    expect(text).toContain('\r\nDTSTART:20260518T070000Z\r\nDTEND:20260518T073000Z\r\n');
    const [event] = events(text);
    for (const name of ['dtstart', 'dtend']) {
      const value = event!.getFirstPropertyValue(name) as ICAL.Time;
      expect(value.isDate).toBe(false);
      expect(value.zone).toBe(ICAL.Timezone.utcTimezone);
    }
    expect((event!.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(
      '2026-05-18T07:00:00.000Z',
    );
    expect((event!.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString()).toBe(
      '2026-05-18T07:30:00.000Z',
    );
  });

  it('gives a timed step without a usable end 30 minutes, and drops milliseconds', () => {
    for (const end of [undefined, '', 'soon', '2026-05-18T06:00:00Z', '2026-05-18T07:00:00.400Z']) {
      const step: CalendarStep = { ...timed, start: '2026-05-18T07:00:00.250Z' };
      if (end === undefined) delete step.end;
      else step.end = end;
      expect(calendarSpan(step)).toEqual({
        allDay: false,
        start: '20260518T070000Z',
        end: '20260518T073000Z',
      });
    }
  });

  it('refuses instants without a zone, which would depend on the browser', () => {
    expect(calendarSpan({ ...timed, start: '2026-05-18T09:00', end: '2026-05-18T09:30' })).toEqual({
      allDay: true,
      start: '20260518',
      end: '20260519',
    });
  });

  it('falls back to an all-day event when a timed step has no usable start', () => {
    const step: CalendarStep = { ...timed, start: 'not a time' };
    const [event] = events(buildIcs([step], OPTS));
    expect((event!.getFirstPropertyValue('dtstart') as ICAL.Time).isDate).toBe(true);
    expect((event!.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2026-05-18');
  });

  it('leaves out steps with no real date, and says so through isSchedulable', () => {
    const bad = ['', '2026-02-30', '2026-13-01', '26-05-02', '2026-5-2', '2026-05-02T00:00:00Z'];
    for (const date of bad) {
      expect(isSchedulable({ ...allDay, date }), date).toBe(false);
    }
    const text = buildIcs(
      [...bad.map((date, i) => ({ ...allDay, id: `bad-${i}`, date })), allDay],
      OPTS,
    );
    expect(events(text)).toHaveLength(1);
    expect(isSchedulable(allDay)).toBe(true);
    expect(isSchedulable(timed)).toBe(true);
  });

  it('writes a calendar with no events when nothing can be scheduled', () => {
    const calendar = parse(buildIcs([], OPTS));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });

  it('throws a RangeError for an invalid "now" rather than writing a bad DTSTAMP', () => {
    expect(() => buildIcs([allDay], { ...OPTS, now: new Date('nope') })).toThrow(RangeError);
  });
});

describe('buildIcs: reminders', () => {
  function alarmOf(step: CalendarStep, opts: Partial<BuildIcsOptions> = {}): ICAL.Component {
    const [event] = events(buildIcs([step], { ...OPTS, ...opts }));
    const alarms = event!.getAllSubcomponents('valarm');
    expect(alarms).toHaveLength(1);
    return alarms[0]!;
  }

  function triggerSeconds(alarm: ICAL.Component): number {
    const property = alarm.getFirstProperty('trigger')!;
    // Relative to the start (RELATED=START is the default), never to the end.
    expect(property.getParameter('related')).toBeUndefined();
    return (property.getFirstValue() as ICAL.Duration).toSeconds();
  }

  it('has ACTION:DISPLAY with exactly one DESCRIPTION and one TRIGGER', () => {
    for (const step of [allDay, timed]) {
      const alarm = alarmOf(step);
      expect(alarm.getAllProperties('action')).toHaveLength(1);
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarm.getAllProperties('description')).toHaveLength(1);
      expect(alarm.getFirstPropertyValue('description')).toBe(step.title);
      expect(alarm.getAllProperties('trigger')).toHaveLength(1);
    }
  });

  it('fires 60 minutes before a timed step by default, or as asked', () => {
    expect(triggerSeconds(alarmOf(timed))).toBe(-3600);
    expect(triggerSeconds(alarmOf(timed, { alarmMinutesBefore: 15 }))).toBe(-900);
    expect(triggerSeconds(alarmOf(timed, { alarmMinutesBefore: 1440 }))).toBe(-86_400);
    expect(triggerSeconds(alarmOf(timed, { alarmMinutesBefore: 0 }))).toBe(0);
    // Nonsense falls back to the default instead of writing an invalid duration.
    for (const bad of [-5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(triggerSeconds(alarmOf(timed, { alarmMinutesBefore: bad }))).toBe(-3600);
    }
  });

  it('fires at 09:00 the day before an all-day step by default, or 09:00 on the day', () => {
    expect(triggerSeconds(alarmOf(allDay))).toBe(-15 * 3600);
    expect(triggerSeconds(alarmOf(allDay, { alarmAllDay: 'PT9H' }))).toBe(9 * 3600);
    expect(triggerSeconds(alarmOf(allDay, { alarmAllDay: '-PT15H' }))).toBe(-15 * 3600);
  });

  it('still describes the reminder when the step has no title', () => {
    const alarm = alarmOf({ ...allDay, title: '  ' });
    expect(alarm.getFirstPropertyValue('description')).toBe('Follow-up reminder');
  });
});

describe('buildIcs: text', () => {
  it('escapes backslash, semicolon, comma and line breaks, and reads back exactly', () => {
    const title = 'Q&A; Acme, Inc. \\ C:\\path\\n "quoted" 1–2 weeks';
    const description = 'Line one\nLine two\r\nLine three\rend; a, b \\n not a newline\\';
    const text = buildIcs([{ ...allDay, title, description }], OPTS);
    expect(text).toContain('SUMMARY:Q&A\\; Acme\\, Inc. \\\\ C:\\\\path\\\\n "quoted" 1–2 weeks');
    const [event] = events(text);
    expect(textOf(event!, 'summary')).toBe(title);
    expect(textOf(event!, 'description')).toBe(
      'Line one\nLine two\nLine three\nend; a, b \\n not a newline\\',
    );
  });

  it('folds long lines at 75 octets without splitting multi-byte characters', () => {
    const description = `${'é'.repeat(100)}${'👩🏽‍💻'.repeat(40)}${'中文'.repeat(60)}${'\\;,\n'.repeat(50)}x`;
    const text = buildIcs([{ ...allDay, description }], OPTS);
    expectWellFolded(text);
    expect(rawLines(text).some((line) => line.startsWith(' '))).toBe(true);
    expect(textOf(events(text)[0]!, 'description')).toBe(description);
  });

  it('fills lines up to exactly 75 octets', () => {
    const text = buildIcs([{ ...allDay, description: 'x'.repeat(300) }], OPTS);
    const lines = rawLines(text);
    const first = lines.findIndex((line) => line.startsWith('DESCRIPTION:'));
    expect(octets(lines[first]!)).toBe(75);
    expect(octets(lines[first + 1]!)).toBe(75);
    expect(lines[first + 1]!.startsWith(' x')).toBe(true);
  });

  it('replaces lone UTF-16 halves with U+FFFD and drops control characters', () => {
    expect(normalizeCalendarText('a\uD800b\uDC00c\uD83D')).toBe('a\uFFFDb\uFFFDc\uFFFD');
    expect(normalizeCalendarText('a\u0000b\u0007c\u001Bd\u007Fe\tf')).toBe('abcde\tf');
    expect(normalizeCalendarText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(normalizeCalendarText('👋🏽 עברית é')).toBe('👋🏽 עברית é');
    const [event] = events(
      buildIcs([{ ...allDay, title: 'x\uD800y', description: 'bell\u0007!' }], OPTS),
    );
    expect(textOf(event!, 'summary')).toBe('x\uFFFDy');
    expect(textOf(event!, 'description')).toBe('bell!');
  });

  /** Any text: graphemes (emoji, RTL, combining marks), raw code points, lone halves. */
  const loneHalf = fc
    .integer({ min: 0xd800, max: 0xdfff })
    .map((code) => String.fromCharCode(code));
  const tricky = fc.oneof(
    loneHalf,
    fc.constantFrom('\\', ';', ',', '\n', '\r', '\r\n', ' ', 'é', '👩🏽‍💻', '\u05D0', '\u0301'),
  );
  // fast-check keeps strings to about 20 characters unless told a larger size; the
  // long ones are what exercise folding.
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 2000 }),
    fc.string({ unit: 'grapheme', maxLength: 2000, size: 'max' }),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'binary', size: 'large' }),
    fc.string({ unit: tricky, size: 'large' }),
  );

  it('never throws on any Unicode, always parses, and reads the text back', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (title, description, name) => {
        const steps: CalendarStep[] = [
          { ...allDay, title, description },
          { ...timed, title: description, description: title },
        ];
        const text = buildIcs(steps, { ...OPTS, calendarName: name });
        expectWellFolded(text);
        const list = events(text);
        expect(list).toHaveLength(2);
        expect(textOf(list[0]!, 'summary')).toBe(normalizeCalendarText(title));
        expect(textOf(list[0]!, 'description')).toBe(normalizeCalendarText(description));
        expect(textOf(list[1]!, 'summary')).toBe(normalizeCalendarText(description));
        expect(textOf(list[1]!, 'description')).toBe(normalizeCalendarText(title));
        const alarm = list[0]!.getFirstSubcomponent('valarm')!;
        const expected = normalizeCalendarText(title);
        expect(alarm.getFirstPropertyValue('description')).toBe(
          expected.trim() === '' ? 'Follow-up reminder' : expected,
        );
      }),
    );
  });

  it('normalizes into text that is well formed and free of control characters', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const normal = normalizeCalendarText(text);
        expect(normal.isWellFormed()).toBe(true);
        expect(normal).not.toMatch(/[\0-\x08\x0B-\x1F\x7F]/);
        expect(normalizeCalendarText(normal)).toBe(normal);
      }),
    );
  });
});

describe('stepUid', () => {
  it('is `${interviewId}-${stepId}@follow-up-kit` for plain ids', () => {
    expect(stepUid('int-42', 'thank-you-email')).toBe('int-42-thank-you-email@follow-up-kit');
  });

  it('gives the same UIDs when the same steps are exported twice', () => {
    const uids = (now: Date): unknown[] =>
      events(buildIcs([allDay, timed], { ...OPTS, now })).map((event) =>
        event.getFirstPropertyValue('uid'),
      );
    const first = uids(NOW);
    expect(first).toEqual([
      'int-42-thank-you-email@follow-up-kit',
      'int-42-status-inquiry@follow-up-kit',
    ]);
    expect(uids(new Date('2026-06-01T00:00:00Z'))).toEqual(first);
  });

  it('sanitises ids into safe text without merging different ids', () => {
    const ids = ['a b', 'a-b', 'a_b', 'a;b', 'a,b', 'a\\b', 'a\nb', 'é', 'e\u0301', '👋', 'a%20b'];
    const uids = ids.map((id) => stepUid('int', id));
    expect(new Set(uids).size).toBe(ids.length);
    for (const uid of uids) expect(uid).toMatch(/^[A-Za-z0-9\-_.!~*'()%]+@follow-up-kit$/);
    expect(stepUid('in\uD800t', 'x')).toBe('in%EF%BF%BDt-x@follow-up-kit');
  });
});

describe('icsFilename', () => {
  it.each([
    ['Follow-ups: Acme, Inc.', 'follow-ups-acme-inc.ics'],
    ['Café Crème — Designer', 'cafe-creme-designer.ics'],
    ['reminders.ics', 'reminders.ics'],
    ['REMINDERS.ICS', 'reminders.ics'],
    ['../../etc/passwd', 'etc-passwd.ics'],
    ['', 'follow-up-reminders.ics'],
    ['日本語', 'follow-up-reminders.ics'],
    ['👋🏽', 'follow-up-reminders.ics'],
    ['con', 'con-calendar.ics'],
    ['LPT1', 'lpt1-calendar.ics'],
    ['my_plan', 'my_plan.ics'],
  ])('%j → %s', (name, expected) => {
    expect(icsFilename(name)).toBe(expected);
  });

  it('is always short, safe ASCII ending in .ics', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary' })),
        (name) => {
          const file = icsFilename(name);
          expect(file).toMatch(/^[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?\.ics$/);
          expect(file.length).toBeLessThanOrEqual(64);
        },
      ),
    );
  });
});
