// Two tabs editing the same interview: each tab knows the version it last saw stored
// (the base), its own edits (mine) and what the other tab saved (theirs). Merging field
// by field keeps both tabs' edits to different fields; only an edit of the same field in
// both tabs is a conflict, and there the tab saving now wins (its user is typing there).

const same = (a: unknown, b: unknown): boolean =>
  a === b || JSON.stringify(a) === JSON.stringify(b);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when every item is an object with a string id, so lists can be merged item by item. */
const hasIds = (v: unknown): v is { id: string }[] =>
  Array.isArray(v) && v.every((x) => isPlainObject(x) && typeof x.id === 'string');

/**
 * Merges two edits of one value made from a common base. Objects merge key by key;
 * lists of records with ids merge by id (additions from both, deletions from either,
 * edits merged per record); other lists merge as sets of items; any other value that
 * both changed differently takes `mine`. Pure; inputs are not changed.
 */
export function mergeThreeWay<T>(base: T | undefined, mine: T, theirs: T): T {
  if (same(mine, theirs)) return mine;
  if (base === undefined) return mine;
  if (same(mine, base)) return theirs;
  if (same(theirs, base)) return mine;
  if (isPlainObject(base) && isPlainObject(mine) && isPlainObject(theirs))
    return mergeObjects(base, mine, theirs) as T;
  if (hasIds(base) && hasIds(mine) && hasIds(theirs)) return mergeById(base, mine, theirs) as T;
  if (Array.isArray(base) && Array.isArray(mine) && Array.isArray(theirs))
    return mergeSets(base, mine, theirs) as T;
  return mine;
}

function mergeObjects(
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const inMine = Object.hasOwn(mine, key);
    const inTheirs = Object.hasOwn(theirs, key);
    const inBase = Object.hasOwn(base, key);
    // A key one side removed stays removed unless the other side changed it.
    if (!inMine && inBase && same(theirs[key], base[key])) continue;
    if (!inTheirs && inBase && same(mine[key], base[key])) continue;
    if (!inMine) out[key] = theirs[key];
    else if (!inTheirs) out[key] = mine[key];
    else out[key] = mergeThreeWay(inBase ? base[key] : undefined, mine[key], theirs[key]);
  }
  return out;
}

function mergeById(
  base: { id: string }[],
  mine: { id: string }[],
  theirs: { id: string }[],
): { id: string }[] {
  const byId = (list: { id: string }[]) => new Map(list.map((x) => [x.id, x]));
  const b = byId(base);
  const t = byId(theirs);
  const m = byId(mine);
  const out: { id: string }[] = [];
  for (const item of mine) {
    const other = t.get(item.id);
    if (other) out.push(mergeThreeWay(b.get(item.id), item, other));
    // Deleted in theirs: gone, unless this tab changed it since.
    else if (!b.has(item.id) || !same(item, b.get(item.id))) out.push(item);
  }
  for (const item of theirs) {
    if (m.has(item.id)) continue;
    // Deleted here: stays deleted unless the other tab changed it since.
    if (!b.has(item.id) || !same(item, b.get(item.id))) out.push(item);
  }
  return out;
}

function mergeSets(base: unknown[], mine: unknown[], theirs: unknown[]): unknown[] {
  const key = (x: unknown) => JSON.stringify(x);
  const inBase = new Set(base.map(key));
  const inMine = new Set(mine.map(key));
  const inTheirs = new Set(theirs.map(key));
  const kept = mine.filter((x) => inTheirs.has(key(x)) || !inBase.has(key(x)));
  return [...kept, ...theirs.filter((x) => !inMine.has(key(x)) && !inBase.has(key(x)))];
}
