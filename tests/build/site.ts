import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The two builds `npm test` makes: at the domain root, and under a subpath. */
export const BUILDS = [
  { name: 'root', dir: 'dist', base: '/' },
  { name: 'subpath', dir: 'tests/.tmp/subpath', base: '/follow-up/' },
] as const;

/** Fails with a useful message when the suite is run without building first. */
export function requireBuild(dir: string): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `${dir}/ has no build. Run \`npm test\` (it builds first), or \`npm run build\` and \`npm run build:subpath\`.`,
    );
  }
}

/** Every HTML file in a build, as paths relative to the build folder. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind') walk(p);
      } else if (name.endsWith('.html')) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}
