// A static server for the bench that compresses with gzip, as a production host would.
// scripts/serve.ts (sirv) only sends precompressed .gz files, and the build has none, so
// it serves everything uncompressed; this one gzips text responses on the fly (level 9,
// once per file, kept in memory). Hashed assets are cached for a year, pages revalidate.
import { createServer, type ServerResponse } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};
/** Pagefind's index files and wasm are gzip streams already: sent as they are. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg\+xml)/;
/** Content-hashed files: Astro's chunks and Pagefind's index pieces. */
const IMMUTABLE =
  /^\/(_astro\/|pagefind\/(fragment|index|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$|pagefind\/wasm\.)/;

interface Entry {
  body: Buffer;
  gzip: Buffer | undefined;
  type: string;
  etag: string;
}

export interface GzipServer {
  origin: string;
  /** Stops listening and drops open connections, so nothing answers any more. */
  close(): Promise<void>;
}

/** Serves `dir` at the root of http://127.0.0.1:`port`/ with gzip. Resolves once listening. */
export function startGzipServer(dir: string, port: number): Promise<GzipServer> {
  const cache = new Map<string, Entry | null>();
  const load = (path: string): Entry | null => {
    if (cache.has(path)) return cache.get(path)!;
    let entry: Entry | null = null;
    try {
      if (statSync(path).isFile()) {
        const body = readFileSync(path);
        const type = TYPES[extname(path)] ?? 'application/octet-stream';
        const gzip = COMPRESSIBLE.test(type) ? gzipSync(body, { level: 9 }) : undefined;
        entry = {
          body,
          gzip,
          type,
          etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`,
        };
      }
    } catch {
      entry = null;
    }
    cache.set(path, entry);
    return entry;
  };
  const send = (
    res: ServerResponse,
    status: number,
    entry: Entry,
    acceptsGzip: boolean,
    head: boolean,
    cacheControl: string,
  ) => {
    const gz = acceptsGzip && entry.gzip !== undefined;
    const body = gz ? entry.gzip! : entry.body;
    res.writeHead(status, {
      'content-type': entry.type,
      'content-length': body.length,
      'cache-control': cacheControl,
      etag: entry.etag,
      vary: 'accept-encoding',
      ...(gz ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(head ? undefined : body);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = '/';
    }
    // An absolute path normalised cannot climb above the root.
    const safe = normalize(path);
    const head = req.method === 'HEAD';
    const acceptsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (req.method !== 'GET' && !head) {
      res.writeHead(405).end();
      return;
    }
    const candidates = safe.endsWith('/')
      ? [join(safe, 'index.html')]
      : [safe, join(safe, 'index.html')];
    for (const c of candidates) {
      const entry = load(join(dir, c));
      if (!entry) continue;
      if (c !== safe && !safe.endsWith('/')) {
        // A folder asked for without its slash: redirect, as static hosts do.
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      if (req.headers['if-none-match'] === entry.etag) {
        res.writeHead(304, { etag: entry.etag }).end();
        return;
      }
      send(
        res,
        200,
        entry,
        acceptsGzip,
        head,
        IMMUTABLE.test(safe)
          ? 'public, max-age=31536000, immutable'
          : 'public, max-age=0, must-revalidate',
      );
      return;
    }
    const notFound = load(join(dir, '404.html'));
    if (notFound) send(res, 404, notFound, acceptsGzip, head, 'no-cache');
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
