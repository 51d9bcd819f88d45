// The credit the public-holiday data requires wherever the site uses it (a line in the
// footer or on the resources page). The days come from date-holidays
// (scripts/build-holidays.ts writes them into holidays/*.json at build time): its code
// is ISC, its holiday data CC BY-SA 3.0 (the package's LICENSE and README; its
// package.json says "CC-BY-3.0", and the stricter licence is the one followed). CC BY-SA
// asks for the creator, the licence with a link, and a note that the data was changed;
// the files derived from it are offered under the same licence (each names it).

/** Where the data comes from: the project's home page. */
export const HOLIDAY_DATA_URL = 'https://github.com/commenthol/date-holidays';

/** The licence of the holiday data and of the files derived from it. */
export const HOLIDAY_DATA_LICENSE = 'CC BY-SA 3.0';
export const HOLIDAY_DATA_LICENSE_URL = 'https://creativecommons.org/licenses/by-sa/3.0/';

/**
 * The attribution as one line of plain text. Where the site can link, link the
 * project's name to {@link HOLIDAY_DATA_URL} and the licence to
 * {@link HOLIDAY_DATA_LICENSE_URL}; the URLs are written out here for places that cannot.
 */
export const HOLIDAY_ATTRIBUTION =
  'Public holidays from date-holidays by commenthol and contributors ' +
  `(${HOLIDAY_DATA_URL}), data under ${HOLIDAY_DATA_LICENSE} (${HOLIDAY_DATA_LICENSE_URL}), ` +
  'drawn largely from Wikipedia; public and bank holidays selected and reformatted for this site, ' +
  'and offered under the same licence.';
