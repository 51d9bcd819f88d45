import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allDay as baseAllDay, timed } from './calendar-fixtures';
import { GOOGLE_URL_MAX, googleCalendarUrl } from '../../src/lib/calendar/google';
import { normalizeCalendarText, type CalendarStep } from '../../src/lib/calendar/ics';

const allDay: CalendarStep = {
  ...baseAllDay,
  description: 'Mention the roadmap question.\nKeep it short.',
};

/** Reads a link back the way Google's server does: a URL with a decoded query. */
function read(url: string): { origin: string; path: string; params: URLSearchParams } {
  const parsed = new URL(url);
  return { origin: parsed.origin, path: parsed.pathname, params: parsed.searchParams };
}

describe('googleCalendarUrl', () => {
  it('links to the "add event" form with title, dates and details', () => {
    const url = googleCalendarUrl(allDay);
    expect(
      url.startsWith('https://calendar.google.com/calendar/render?action=TEMPLATE&text='),
    ).toBe(true);
    const { origin, path, params } = read(url);
    expect(origin).toBe('https://calendar.google.com');
    expect(path).toBe('/calendar/render');
    expect(params.get('action')).toBe('TEMPLATE');
    expect(params.get('text')).toBe(allDay.title);
    expect(params.get('details')).toBe(allDay.description);
  });

  it('gives an all-day step YYYYMMDD/YYYYMMDD ending the next day', () => {
    expect(read(googleCalendarUrl(allDay)).params.get('dates')).toBe('20260502/20260503');
    expect(read(googleCalendarUrl({ ...allDay, date: '2026-12-31' })).params.get('dates')).toBe(
      '20261231/20270101',
    );
    expect(read(googleCalendarUrl({ ...allDay, date: '2028-02-28' })).params.get('dates')).toBe(
      '20280228/20280229',
    );
    expect(googleCalendarUrl(allDay)).toContain('&dates=20260502/20260503&');
  });

  it('gives a timed step UTC times', () => {
    expect(read(googleCalendarUrl(timed)).params.get('dates')).toBe(
      '20260518T070000Z/20260518T073000Z',
    );
    const { end: _end, ...noEnd } = timed;
    expect(read(googleCalendarUrl(noEnd)).params.get('dates')).toBe(
      '20260518T070000Z/20260518T073000Z',
    );
  });

  it('leaves the dates out when the step has no usable date, so Google asks for one', () => {
    const { params } = read(googleCalendarUrl({ ...allDay, date: '' }));
    expect(params.has('dates')).toBe(false);
    expect(params.get('text')).toBe(allDay.title);
  });

  it('encodes text so that &, #, +, = and spaces cannot break the query', () => {
    const step = {
      ...allDay,
      title: 'Q&A #2 + notes = done?',
      description: 'a&details=hacked#x 100%',
    };
    const url = googleCalendarUrl(step);
    expect(url).not.toMatch(/[ #\n]/);
    const { params } = read(url);
    expect(params.get('text')).toBe(step.title);
    expect(params.get('details')).toBe(step.description);
    expect(params.getAll('details')).toHaveLength(1);
  });

  it('makes the title one line, and keeps line breaks in the details', () => {
    const { params } = read(
      googleCalendarUrl({
        ...allDay,
        title: 'Send\n  thank-you\r\nemail',
        description: 'one\r\ntwo',
      }),
    );
    expect(params.get('text')).toBe('Send thank-you email');
    expect(params.get('details')).toBe('one\ntwo');
  });

  it('replaces lone UTF-16 halves instead of throwing', () => {
    const { params } = read(
      googleCalendarUrl({ ...allDay, title: 'a\uD800', description: '\uDC00b' }),
    );
    expect(params.get('text')).toBe('a\uFFFD');
    expect(params.get('details')).toBe('\uFFFDb');
  });
});

describe('googleCalendarUrl: length cap', () => {
  it('is 2,000 characters', () => {
    expect(GOOGLE_URL_MAX).toBe(2000);
  });

  it('keeps a link that fits as it is', () => {
    const step = { ...allDay, description: 'x'.repeat(1000) };
    expect(read(googleCalendarUrl(step)).params.get('details')).toBe(step.description);
  });

  it('cuts long details with an ellipsis to the longest text that fits', () => {
    const step = { ...allDay, description: 'x'.repeat(5000) };
    const url = googleCalendarUrl(step);
    expect(url.length).toBeLessThanOrEqual(GOOGLE_URL_MAX);
    const details = read(url).params.get('details')!;
    expect(details.endsWith('…')).toBe(true);
    expect(step.description.startsWith(details.slice(0, -1))).toBe(true);
    // The longest cut: each "x" is one character, so the link fills the cap exactly.
    expect(url.length).toBe(GOOGLE_URL_MAX);
  });

  it('counts encoded length, so non-Latin notes are cut sooner', () => {
    const step = { ...allDay, description: 'Καλημέρα '.repeat(100) };
    const url = googleCalendarUrl(step);
    expect(url.length).toBeLessThanOrEqual(GOOGLE_URL_MAX);
    expect(url.length).toBeGreaterThan(GOOGLE_URL_MAX - 20);
    const details = read(url).params.get('details')!;
    expect(details.length).toBeLessThan(400);
    // Trailing space before the ellipsis is dropped.
    expect(details).not.toMatch(/\s…$/);
  });

  it('never cuts an emoji or a letter from its accent', () => {
    const family = '👩🏽‍💻';
    const url = googleCalendarUrl({ ...allDay, description: family.repeat(500) });
    const details = read(url).params.get('details')!;
    expect(details.endsWith('…')).toBe(true);
    expect(details.slice(0, -1)).toBe(family.repeat(details.slice(0, -1).length / family.length));
    const accented = 'e\u0301'.repeat(2000);
    const cut = read(googleCalendarUrl({ ...allDay, description: accented })).params.get(
      'details',
    )!;
    expect(cut.slice(0, -1)).toMatch(/^(?:e\u0301)+$/);
  });

  it('shortens even an absurdly long title until the link fits', () => {
    const step = { ...timed, title: 'T'.repeat(5000), description: 'notes' };
    const url = googleCalendarUrl(step);
    expect(url.length).toBeLessThanOrEqual(GOOGLE_URL_MAX);
    const { params } = read(url);
    expect(params.get('text')!.endsWith('…')).toBe(true);
    expect(params.get('details')).toBe('');
    expect(params.get('dates')).toBe('20260518T070000Z/20260518T073000Z');
  });

  const loneHalf = fc
    .integer({ min: 0xd800, max: 0xdfff })
    .map((code) => String.fromCharCode(code));
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 2000 }),
    fc.string({ unit: 'grapheme', maxLength: 2000, size: 'max' }),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'binary', size: 'large' }),
    fc.string({
      unit: fc.oneof(loneHalf, fc.constantFrom('&', '#', '%', '+', '=', '?', '\n', ' ', 'é', '👩🏽‍💻')),
      size: 'large',
    }),
  );

  it('never throws, never passes the cap, and keeps (a prefix of) the text', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.boolean(), (title, description, isAllDay) => {
        const url = googleCalendarUrl({ ...(isAllDay ? allDay : timed), title, description });
        expect(url.length).toBeLessThanOrEqual(GOOGLE_URL_MAX);
        const { params } = read(url);
        expect(params.get('action')).toBe('TEMPLATE');
        expect(params.get('dates')).toBe(
          isAllDay ? '20260502/20260503' : '20260518T070000Z/20260518T073000Z',
        );
        const expectedTitle = normalizeCalendarText(title).replace(/\s*\n\s*/g, ' ');
        const expectedDetails = normalizeCalendarText(description);
        const text = params.get('text')!;
        const details = params.get('details')!;
        if (text === expectedTitle) {
          // Cut to '' only when not even the ellipsis fits beside a very long title.
          if (details !== expectedDetails && details !== '') {
            expect(details.endsWith('…')).toBe(true);
            expect(expectedDetails.startsWith(details.slice(0, -1))).toBe(true);
          }
        } else {
          expect(text.endsWith('…')).toBe(true);
          expect(expectedTitle.startsWith(text.slice(0, -1))).toBe(true);
          expect(details).toBe('');
        }
      }),
    );
  });
});
