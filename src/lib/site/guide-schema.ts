import { z } from 'astro/zod';

/**
 * Where a guide sits in the follow-up process. The order here is the order of the
 * process, so lists grouped by stage read as a timeline.
 */
export const STAGES = [
  'overview',
  'first-48-hours',
  'first-week',
  'while-you-wait',
  'every-message',
  'resources',
] as const;

/** A stage of the follow-up process, as stored in a guide's front matter. */
export type Stage = (typeof STAGES)[number];

/** Human labels for the stages: shown in the sidebar, on cards and as search filters. */
export const STAGE_LABELS: Record<Stage, string> = {
  overview: 'Overview',
  'first-48-hours': 'First 48 hours',
  'first-week': 'First week',
  'while-you-wait': 'While you wait',
  'every-message': 'Every message',
  resources: 'Resources',
};

/**
 * The interactive tools a guide can embed. Listed here (not discovered) so a typo in
 * front matter fails the build instead of silently showing no tool.
 */
export const TOOL_IDS = [
  'thank-you-email-builder',
  'handwritten-note-planner',
  'linkedin-message-generator',
  'timeline-calculator',
  'status-inquiry-writer',
  'action-item-tracker',
  'tone-checker',
  'engagement-log',
] as const;

/** One of the kit's interactive tools. */
export type ToolId = (typeof TOOL_IDS)[number];

/**
 * A published page the guides rely on for a fact. Kept in one registry
 * (src/content/sources/sources.json) so every guide names a source the same way.
 */
export const sourceSchema = z.object({
  /** The page's own title, so a reader can find it even if the address moves. */
  title: z.string().min(3),
  /** Who publishes it (a site or organisation), shown beside the title. */
  publisher: z.string().min(2),
  /** Full address, only when we know the exact page; a guessed URL is worse than none. */
  url: z.url({ protocol: /^https$/ }).optional(),
});

/** A source a guide cites. */
export type Source = z.infer<typeof sourceSchema>;

/** Front matter every guide must have; a guide that breaks it fails the build. */
export const guideSchema = z.object({
  /** The page title and the sidebar label. */
  title: z.string().min(5).max(80),
  /** Meta description and card text: search engines cut near 160 characters. */
  description: z.string().min(50).max(170),
  /** Position in the sidebar and in previous/next links; unique across guides. */
  order: z.number().int().positive(),
  /** Stage of the follow-up process; becomes a Pagefind filter. */
  stage: z.enum(STAGES),
  /** Tools embedded in this guide, so pages can list them and budgets can be checked. */
  tools: z.array(z.enum(TOOL_IDS)).default([]),
  /** Ids of entries in the sources registry the guide's facts come from; at least one. */
  sources: z
    .array(z.string().regex(/^[a-z0-9-]+$/, 'a source id from src/content/sources/sources.json'))
    .min(1),
  /** When the advice was last checked; shown to readers so they can judge freshness. */
  updated: z.coerce.date(),
});

/** A guide's validated front matter. */
export type GuideData = z.infer<typeof guideSchema>;
