// Writes the security headers into the built site for hosts that read them from a
// file: `_headers` (Netlify, Cloudflare Pages) and `vercel.json` (Vercel, when the
// built folder is what is deployed). Run by `npm run build` and `npm run build:subpath`
// last. Reads OUT_DIR and BASE_PATH as astro.config.mjs does. The headers themselves
// are defined once, in src/lib/security-headers.ts.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { normaliseBase } from '../src/lib/site/base-path.ts';
import {
  renderHeadersFile,
  renderVercelConfig,
  SECURITY_HEADERS,
} from '../src/lib/site/security-headers.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const base = normaliseBase(process.env.BASE_PATH);

// The patterns ("/*", "/(.*)") match every path on the host whatever the base: a host
// serving the folder at its root sees only paths below it, and a BASE_PATH build's
// pages (all under the base) are matched as well. So the base is not written into them.
await writeFile(join(outDir, '_headers'), renderHeadersFile());
await writeFile(join(outDir, 'vercel.json'), JSON.stringify(renderVercelConfig(), null, 2) + '\n');

console.log(
  `build-headers: ${join(outDir, '_headers')} and ${join(outDir, 'vercel.json')} for ${base}: ` +
    SECURITY_HEADERS.map(([name]) => name).join(', '),
);
