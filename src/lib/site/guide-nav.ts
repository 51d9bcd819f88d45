import { STAGES, type Stage } from './guide-schema';

/** The minimum a navigation helper needs to know about a guide. */
export interface GuideRef {
  id: string;
  data: { title: string; order: number; stage: Stage };
}

/**
 * Sorts guides by their front-matter order and throws when two share an order,
 * because the sidebar and previous/next links would then depend on file-system order.
 */
export function sortGuides<T extends GuideRef>(guides: readonly T[]): T[] {
  const sorted = [...guides].sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (prev.data.order === cur.data.order) {
      throw new Error(
        `Guides "${prev.id}" and "${cur.id}" both have order ${cur.data.order}; each guide needs its own.`,
      );
    }
  }
  return sorted;
}

/** The guides just before and after `id` in reading order (undefined at either end). */
export function neighbours<T extends GuideRef>(
  sorted: readonly T[],
  id: string,
): { prev: T | undefined; next: T | undefined } {
  const i = sorted.findIndex((g) => g.id === id);
  if (i === -1) return { prev: undefined, next: undefined };
  return { prev: sorted[i - 1], next: sorted[i + 1] };
}

/** Groups sorted guides by stage, in process order, leaving out empty stages. */
export function groupByStage<T extends GuideRef>(
  sorted: readonly T[],
): { stage: Stage; guides: T[] }[] {
  return STAGES.map((stage) => ({
    stage,
    guides: sorted.filter((g) => g.data.stage === stage),
  })).filter((group) => group.guides.length > 0);
}

/**
 * How many guides the sidebar lists per stage, at most. The sidebar is on every guide,
 * so it must not grow with the number of guides: it shows every stage (a fixed set)
 * and at most this many guides under each, plus a link to the stage on the home page
 * when the stage has more. Five covers every stage of the kit's own guides.
 */
export const SIDEBAR_GUIDES_PER_STAGE = 5;

/** One stage as the sidebar shows it. */
export interface SidebarStage<T extends GuideRef> {
  stage: Stage;
  /** Whether the guide being shown belongs to this stage. */
  current: boolean;
  /** How many guides the stage has in all. */
  total: number;
  /**
   * At most `perStage` of the stage's guides, in reading order: for the current stage,
   * the ones nearest the current guide (it included); for the others, the first ones.
   */
  guides: T[];
}

/**
 * The `size` items of `list` nearest position `at`, as one run (as many before as after,
 * moved inwards at either end so it is always `size` long when the list allows).
 */
export function windowAround<T>(list: readonly T[], at: number, size: number): T[] {
  if (size <= 0) return [];
  if (list.length <= size) return [...list];
  const start = Math.min(Math.max(at - Math.floor((size - 1) / 2), 0), list.length - size);
  return list.slice(start, start + size);
}

/**
 * The sidebar of the guide `currentId`: every stage that has guides, in process order,
 * each with at most `perStage` guides. Its size depends on `perStage` and the number
 * of stages, never on the number of guides.
 */
export function sidebarNav<T extends GuideRef>(
  sorted: readonly T[],
  currentId: string,
  perStage: number = SIDEBAR_GUIDES_PER_STAGE,
): SidebarStage<T>[] {
  return groupByStage(sorted).map(({ stage, guides }) => {
    const at = guides.findIndex((g) => g.id === currentId);
    return {
      stage,
      current: at !== -1,
      total: guides.length,
      guides:
        at === -1 ? guides.slice(0, Math.max(perStage, 0)) : windowAround(guides, at, perStage),
    };
  });
}
