// Fails when `npm install` would change package-lock.json: a clean clone must stay clean
// after the README's own command, and `npm ci` must install exactly what was tested.
// Resolves the lock again without touching node_modules, compares, and puts the
// original back whatever the outcome.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = 'package-lock.json';
const before = readFileSync(LOCK, 'utf8');
let after: string;
try {
  execFileSync(
    'npm',
    ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'],
    {
      stdio: 'pipe',
    },
  );
  after = readFileSync(LOCK, 'utf8');
} finally {
  writeFileSync(LOCK, before);
}
if (after !== before) {
  console.error(
    `${LOCK} drifts: npm install would rewrite it. Pin or override the floating dependency, run npm install once and commit the lock.`,
  );
  process.exit(1);
}
console.log(`${LOCK}: npm install leaves it unchanged.`);
