import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseHolidayFile, parseHolidayIndex } from '../../src/lib/dates/holidays';
import { BUILDS, requireBuild } from './site';

/** Budgets, gzip, each file compressed on its own as served. */
const KB = 1024;
/** One region's file: what a user's pick costs. Measured up to 1,018 B (Iran, the most days). */
const REGION_BUDGET = 1 * KB;
/** The list of regions and time zones, precached for every visitor: measured 6.0 KB. */
const INDEX_BUDGET = 7 * KB;

describe.each(BUILDS)('public holidays ($name build)', ({ dir }) => {
  requireBuild(dir);
  const folder = join(dir, 'holidays');
  const names = readdirSync(folder);
  const indexText = readFileSync(join(folder, 'index.json'), 'utf8');
  const index = parseHolidayIndex(JSON.parse(indexText));
  const codes = Object.keys(index?.regions ?? {});

  it('has a list of regions that reads, with a file for each region and nothing else', () => {
    expect(index).not.toBeNull();
    expect(codes.length).toBeGreaterThan(200);
    expect(names.filter((n) => n !== 'index.json').sort()).toEqual(
      codes.map((c) => `${c}.json`).sort(),
    );
    for (const code of ['GB-ENG', 'GB-WLS', 'GB-SCT', 'GB-NIR', 'US', 'IN', 'DE-BY', 'CA-ON'])
      expect(codes).toContain(code);
    // Every zone points to a listed region (parseHolidayIndex drops any that does not).
    expect(Object.keys(index!.zones).length).toBe(
      Object.keys((JSON.parse(indexText) as { zones: object }).zones).length,
    );
  });

  it('covers the year before the build to two years after, counting public and bank holidays', () => {
    const year = Number(process.env.HOLIDAYS_YEAR ?? new Date().getUTCFullYear());
    expect(index!.years).not.toBeNull();
    const [from, to] = index!.years!;
    expect(to - from).toBe(3);
    // Built this year or last (a build kept across New Year is still good).
    expect([year - 1, year - 2]).toContain(from);
    expect(index!.types).toEqual(['public', 'bank']);
    expect(index!.source).toMatch(/^date-holidays \d+\.\d+\.\d+$/);
    expect(index!.license).toBe('CC BY-SA 3.0');
  });

  it.each(codes)('%s.json reads, agrees with the list, and is at most 1 KB gzip', (code) => {
    const text = readFileSync(join(folder, `${code}.json`), 'utf8');
    const file = parseHolidayFile(JSON.parse(text), code);
    expect(file).not.toBeNull();
    expect(file!.weekend).toEqual(index!.regions[code]!.weekend);
    expect(file!.years).toEqual(index!.years);
    expect(file!.license).toBe('CC BY-SA 3.0');
    // Sorted, one entry a day, every one inside the years it says it covers.
    const days = file!.days.map(([d]) => d);
    expect((JSON.parse(text) as { days: [string, string][] }).days.map(([d]) => d)).toEqual(days);
    for (const d of days) {
      expect(Number(d.slice(0, 4))).toBeGreaterThanOrEqual(file!.years![0]);
      expect(Number(d.slice(0, 4))).toBeLessThanOrEqual(file!.years![1]);
    }
    expect(gzipSync(text).length, `${code}.json gzip bytes`).toBeLessThanOrEqual(REGION_BUDGET);
  });

  it('keeps the list of regions within its budget', () => {
    expect(gzipSync(indexText).length).toBeLessThanOrEqual(INDEX_BUDGET);
  });

  it('works offline: the list is precached, a region is kept once fetched, none is precached', () => {
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const precached = new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!));
    expect(precached.has('holidays/index.json')).toBe(true);
    expect(
      [...precached].filter((u) => u.startsWith('holidays/') && u !== 'holidays/index.json'),
    ).toEqual([]);
    // The runtime route of src/sw/service-worker.ts: its cache and its URL pattern.
    expect(sw).toContain('fuk-holidays');
    expect(sw).toContain('holidays\\/[A-Z]{2}(-[A-Z0-9]{1,3})?\\.json$');
  });
});
