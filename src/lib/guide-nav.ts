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
export function groupByStage<T extends GuideRef>(sorted: readonly T[]): { stage: Stage; guides: T[] }[] {
  return STAGES.map((stage) => ({ stage, guides: sorted.filter((g) => g.data.stage === stage) })).filter(
    (group) => group.guides.length > 0,
  );
}
