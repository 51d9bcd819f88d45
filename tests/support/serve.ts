// Starts the project's own static server (scripts/serve.ts) from a test, for the tests
// that must stop it (offline) or run it differently (a plain server without headers).
import { spawn, type ChildProcess } from 'node:child_process';

/** Starts `node scripts/serve.ts <dir> --port <port> [...args]` and resolves once it listens. */
export async function startServer(
  dir: string,
  port: number,
  args: readonly string[] = [],
): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    ['scripts/serve.ts', dir, ...args, '--port', String(port)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('is being served')) resolve();
    });
    server.once('exit', (code) => reject(new Error(`serve.ts exited (${code}): ${out}`)));
  });
  return server;
}
