// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { normaliseBase } from './src/lib/site/base-path.ts';
import { THEME_SCRIPT } from './src/lib/site/theme-script.ts';

// BASE_PATH lets the same source deploy at a domain root or under a subpath
// (e.g. BASE_PATH=/follow-up/); SITE_URL is the public origin for the sitemap and
// Open Graph URLs. OUT_DIR lets the tests build the subpath variant beside dist/.
const base = normaliseBase(process.env.BASE_PATH);
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops the space between a line of text and a link on the
  // next line ("Read<a>the guide</a>"); `true` compresses without changing what renders.
  compressHTML: true,
  build: { format: 'directory' },
  integrations: [
    mdx(),
    preact(),
    // The offline page is for the service worker and the shared-draft page for links
    // people send; neither is for search engines.
    sitemap({ filter: (page) => !/\/(offline|shared)\/$/.test(new URL(page).pathname) }),
  ],
  devToolbar: { enabled: false },
  // A Content-Security-Policy on every page (a <meta>, since static hosting may not let
  // us set headers): scripts only from this site or by hash (Astro hashes its own; the
  // theme script is hashed here), never 'unsafe-inline'. 'wasm-unsafe-eval' lets
  // Pagefind compile its WebAssembly; no other origin is allowed anything.
  // frame-ancestors cannot be set by a <meta>: it is in the response headers
  // (src/lib/security-headers.ts), and the theme script also carries a frame guard.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [`sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`],
      },
    },
  },
  vite: {
    plugins: [
      {
        // The lazy chunks (search, the tone check, the extra tones) depend only on chunks
        // their page has already loaded, so Vite's preload helper (about 0.8 KB gzip on
        // every page) buys nothing. Astro sets the option itself, hence a plugin.
        name: 'follow-up-kit:no-module-preload',
        configEnvironment() {
          return { build: { modulePreload: false } };
        },
      },
    ],
    build: {
      // Terser packs our islands about 0.7% smaller than the default minifier, which
      // matters on pages held to a 25 KB budget. SOURCEMAP=1 is for measuring bundles.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
      sourcemap: process.env.SOURCEMAP === '1',
      rollupOptions: {
        output: {
          // Every island needs Preact, its hooks and Astro's Preact renderer: one chunk
          // compresses better than three small ones and is cached across tool pages.
          codeSplitting: {
            groups: [
              // Every page loads the site script and Vite's dynamic-import helper (for
              // search): one chunk, not two.
              {
                name: 'site',
                test: /preload-helper|src[\\/](scripts[\\/]site|lib[\\/]site[\\/]theme)|BaseLayout\.astro/,
                priority: 2,
              },
              {
                name: 'preact',
                test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/,
                priority: 1,
              },
              // The store, the application picker (its words load on demand: RoundFacts), the
              // few form parts and small helpers every tool shares: one chunk instead of several (each small chunk costs its own gzip
              // overhead). The interview's form (InterviewDetails, InterviewerFields) is not
              // here: only the application page's "Edit details" draws it. The thank-you deadline
              // is left out, to a chunk of its own: the note and LinkedIn pages do not use it
              // (measured −0.4 KB on those pages, +0.2 KB on the thank-you page). So are the
              // words of round kinds and people's parts (round-labels), a chunk of their own:
              // on a tool page only the summary's words read them, on demand; the debrief, the
              // application page and its editor import them (measured −154 to −189 B on every
              // page with a tool that keeps interviews, −207 B on My interviews, +69 B on the
              // application page and +121 B on the debrief).
              {
                name: 'tools-common',
                test: /node_modules[\\/](nanostores|@nanostores)[\\/]|src[\\/](stores[\\/]workspace\.|lib[\\/](workspace[\\/](schema|guarded-storage|operations|storage-keys|field-limits|interview-name)|dates[\\/](zoned-time|time-zones)|thank-you[\\/]wording)|components[\\/]tools[\\/](hooks[\\/]use-(hydrated|now)|parts[\\/](Field|ApplicationSummary|ProfileFields|labels|ToolShell|workspace-href|StorageNotice\.)))/,
                priority: 1,
              },
              // What the message builders share: the draft rule, its hook, the draft panel with
              // its tone check, how a message leaves (copy, the mail link and its too-long
              // fallback, "sent") and the pickers. Apart from tools-common, so the timeline
              // tools and My interviews do not load them; one chunk, which compresses better
              // than two (a "send" chunk the note planner could skip measured +0.4 KB on the
              // thank-you page).
              {
                name: 'drafts',
                test: /src[\\/](lib[\\/](messages[\\/](draft-rule|mailto)|engagement[\\/]mention)|components[\\/]tools[\\/](hooks[\\/]use-draft|parts[\\/](DraftPanel|SendActions|CopyButton|SentToggle|ToneSelect|ToneCheck|InterviewerSelect|MentionSelect|PersonNote|SignOff)))\./,
                priority: 1,
              },
              // The word count, apart from both so the message checker's page needs no store.
              {
                name: 'drafting',
                test: /src[\\/]lib[\\/]messages[\\/]text-stats\./,
                priority: 1,
              },
              // Undo for removals (the lib, its hook and its line): only the workspace editor,
              // the promised items and the engagement log remove things, so not in tools-common.
              {
                name: 'undo',
                test: /src[\\/](lib[\\/]workspace[\\/]undo|components[\\/]tools[\\/](hooks[\\/]use-undo|parts[\\/]UndoBar))\./,
                priority: 1,
              },
              // The message-length table, the pacing numbers and the full-storage test: read
              // by every tool and by Check my message, a page with no store. One small chunk
              // of their own, so no group takes them in as a dependency (the checker would
              // then load the store); one rather than two saves each page ~55 bytes gzip.
              {
                name: 'limits',
                test: /src[\\/]lib[\\/](messages[\\/](message-limits|pacing)|workspace[\\/]quota-error)\./,
                priority: 3,
              },
              // The thank-you deadline, on its own as before (the plan reads it too): named so the
              // thank-you group below does not take it in with the builder.
              {
                name: 'deadline',
                test: /src[\\/]lib[\\/]thank-you[\\/]deadline\./,
                priority: 1,
              },
              // What the thank-you builder shares with its screen and panel modes and with the
              // application page's drafts, which load on demand (the grammar, days and promised
              // items, where those drafts are kept, the per-person drafts hook):
              // one chunk, not three small ones each with its own gzip overhead. Only the
              // thank-you pages load it with the page.
              {
                name: 'thank-you-shared',
                test: /src[\\/](lib[\\/](messages[\\/]grammar|situations[\\/](day-text|promised-items)|thank-you[\\/](modes|compose|personalization|tone-wordings|tones[\\/]warm))|components[\\/]tools[\\/](islands[\\/]ThankYouBuilder|hooks[\\/]use-thank-you-drafts))\./,
                priority: 1,
              },
              // Date rules and the long date the timeline tools and the note planner share, and
              // where a dated step stands (the plan, and the outcome steps loaded on demand).
              {
                name: 'dates',
                test: /src[\\/]lib[\\/](timeline[\\/](business-days|mail-by|action-item-due|step-state)|dates[\\/](iso-date|long-date))\./,
                priority: 1,
              },
              // The calendar file's writer with the Google link and the plan's events: the
              // calculator links each step to Google Calendar (which reads the writer's
              // date rules), so the writer is on its pages anyway; the application page's
              // "Add to calendar" fetches it. One chunk rather than three.
              {
                name: 'calendar',
                test: /src[\\/]lib[\\/]calendar[\\/](ics|google|plan-events)\./,
                priority: 1,
              },
              // The follow-up steps ticked per round, on their own as before (the plan reads them):
              // named here so the editor's group below does not take them in with the editor.
              {
                name: 'steps',
                test: /src[\\/]lib[\\/]workspace[\\/]steps\./,
                priority: 1,
              },
              // What My interviews (its list, the pipeline fetched once something is saved, the
              // due list), the application page, its editor and the debrief share: the words
              // of standings, removing people and rounds, where an
              // application stands, archiving and snoozing. One chunk: split by who imports
              // what, they measured +1.1 KB on My interviews. The editor itself is not here:
              // only the application page's "Edit details" draws it, when opened (with it in
              // this chunk My interviews, the application page and the debrief each loaded it,
              // 2.3 to 3.1 KB more). The one plan per application that the due list and the
              // pipeline share is here too: in a chunk of its own it cost My interviews 230 B.
              {
                name: 'workspace-shared',
                test: /src[\\/](components[\\/]tools[\\/]parts[\\/]status-labels|lib[\\/](workspace[\\/](list-edits|outcome-edits|snooze-edits)|timeline[\\/](snooze|application-plan)|dates[\\/]format-date))\./,
                priority: 1,
              },
            ],
          },
        },
      },
    },
  },
});
