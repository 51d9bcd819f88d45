// A plain static server for the built site: what `npm start` and the end-to-end tests
// use, so they exercise exactly what a static host would serve (no dev server).
// Usage: node scripts/serve.ts [dir] [--port N] [--base /follow-up/] [--host H] [--no-headers] [--delay-ms N]
// Like Netlify or Cloudflare Pages, it sends the headers the build's `_headers` file
// lists (scripts/build-headers.ts writes it). --no-headers ignores that file, to act
// like a host that cannot send headers (GitHub Pages, a plain file server).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../src/lib/site/headers-file.ts';
import { normaliseBase } from '../src/lib/site/base-path.ts';

const args = process.argv.slice(2);
/** Flags followed by a value; any other `--flag` stands alone. */
const VALUE_FLAGS = new Set(['--port', '--base', '--host', '--delay-ms']);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const dir =
  args.find((a, i) => !a.startsWith('--') && !VALUE_FLAGS.has(args[i - 1] ?? '')) ?? 'dist';
const port = Number(flag('--port') ?? process.env.PORT ?? 4321);
const base = normaliseBase(flag('--base') ?? process.env.BASE_PATH);
const host = flag('--host') ?? '127.0.0.1';
const withHeaders = !args.includes('--no-headers');
// A slow network, for tests of what a user can do while files download (stopping "Save
// all guides" halfway): every response waits this long before it starts.
const delayMs = Math.max(0, Number(flag('--delay-ms') ?? 0) || 0);

const files = sirv(dir, {
  dev: false,
  etag: true,
  gzip: true,
  brotli: false,
  extensions: ['html'],
});
const notFound = await readFile(join(dir, '404.html')).catch(() => Buffer.from('Not found'));
// A build without `_headers` (or --no-headers) is served without them; a `_headers`
// file that cannot be read stops the server (parseHeadersFile throws).
const headerRules: HeaderRule[] = withHeaders
  ? parseHeadersFile(await readFile(join(dir, '_headers'), 'utf8').catch(() => ''))
  : [];

createServer((req, res) => {
  const url = req.url ?? '/';
  // Patterns in `_headers` are paths on a host that serves `dir` at its root, i.e.
  // below the base; set before sirv writes, so 304s and 404s carry them too.
  const pathname = url.split('?')[0]!;
  const hostPath = pathname.startsWith(base) ? '/' + pathname.slice(base.length) : pathname;
  for (const [name, value] of headersForPath(headerRules, hostPath)) res.setHeader(name, value);
  const send404 = () => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
  };
  if (!url.startsWith(base)) {
    if (url === '/' || url === base.slice(0, -1)) {
      res.writeHead(302, { location: base });
      res.end();
      return;
    }
    send404();
    return;
  }
  req.url = '/' + url.slice(base.length);
  if (delayMs) setTimeout(() => files(req, res, send404), delayMs);
  else files(req, res, send404);
}).listen(port, host, () => {
  const headerNote = withHeaders
    ? headerRules.length
      ? ` with the headers in ${join(dir, '_headers')}`
      : ' (no _headers file)'
    : ' without headers (--no-headers)';
  console.log(`Follow-Up Kit is being served at http://${host}:${port}${base}${headerNote}`);
});
