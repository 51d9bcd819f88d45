// Renders the app icons in public/icons/ from the favicon's design, with the same
// Chromium the end-to-end tests use. Run once after changing the design:
//   node scripts/make-icons.ts
// The PNGs are committed; the build does not run this.
import { writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/browser.ts';

const GLYPH = 'M6 9h20v14H6zm2 2v.6l8 5.2 8-5.2V11zm0 3v7h16v-7l-8 5.2z';
const BLUE = '#0b5cad';
/** "any": the favicon itself, rounded corners on a transparent background. */
const anyIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${BLUE}"/><path fill="#fff" d="${GLYPH}"/></svg>`;
/**
 * "maskable" (and Apple's touch icon, which iOS rounds itself): full bleed, the envelope
 * shrunk to sit well inside the central safe circle (80% of the width).
 */
const fullBleed = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BLUE}"/><path fill="#fff" transform="translate(16 16) scale(0.8) translate(-16 -16)" d="${GLYPH}"/></svg>`;

const outputs: [file: string, svg: string, size: number][] = [
  ['icon-192.png', anyIcon, 192],
  ['icon-512.png', anyIcon, 512],
  ['maskable-512.png', fullBleed, 512],
  ['apple-touch-icon.png', fullBleed, 180],
];

const executablePath = findChromium();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage();
for (const [file, svg, size] of outputs) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await writeFile(`public/icons/${file}`, await page.screenshot({ omitBackground: true }));
  console.log(`public/icons/${file} (${size}×${size})`);
}
await browser.close();
