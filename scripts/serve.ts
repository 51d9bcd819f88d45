// A plain static server for the built site: what `npm start` and the end-to-end tests
// use, so they exercise exactly what a static host would serve (no dev server).
// Usage: node scripts/serve.ts [dir] [--port N] [--base /follow-up/]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sirv from 'sirv';
import { normaliseBase } from '../src/lib/paths.ts';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist';
const port = Number(flag('--port') ?? process.env.PORT ?? 4321);
const base = normaliseBase(flag('--base') ?? process.env.BASE_PATH);
const host = flag('--host') ?? '127.0.0.1';

const files = sirv(dir, { dev: false, etag: true, gzip: true, brotli: false, extensions: ['html'] });
const notFound = await readFile(join(dir, '404.html')).catch(() => Buffer.from('Not found'));

createServer((req, res) => {
  const url = req.url ?? '/';
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
  files(req, res, send404);
}).listen(port, host, () => {
  console.log(`Follow-Up Kit is being served at http://${host}:${port}${base}`);
});
