// Undo for removals: one mechanism for every list the tools let the user remove from
// (interviews, people, promised items, log entries). A removal is a pure update that
// also says what it took away (takeOut, which putBack undoes); `undoable` turns it into
// the workspace after the removal and an `Undoable`, which carries the words the page
// says and the pure update that puts it back. The page keeps the Undoable
// (hooks/use-undo.ts, parts/UndoBar.tsx): it lives only as long as the page, like the
// undo of any editor.
import type { Workspace } from './schema';

/** An item taken out of a list, with its place, so it can go back exactly there. */
export interface TakenOut<T> {
  item: T;
  index: number;
}

/** Takes the item with `id` out of a list; `taken` is null when there is none. */
export function takeOut<T extends { id: string }>(
  list: readonly T[],
  id: string,
): { list: T[]; taken: TakenOut<T> | null } {
  const index = list.findIndex((x) => x.id === id);
  if (index === -1) return { list: [...list], taken: null };
  return { list: list.filter((_, n) => n !== index), taken: { item: list[index]!, index } };
}

/**
 * Puts a taken item back at its place (or last, if the list has since shrunk). A list
 * that already holds its id (undone twice, or put back by another tab) is returned as is.
 */
export function putBack<T extends { id: string }>(list: readonly T[], taken: TakenOut<T>): T[] {
  if (list.some((x) => x.id === taken.item.id)) return list as T[];
  const out = [...list];
  out.splice(Math.min(taken.index, out.length), 0, taken.item);
  return out;
}

/** What a removal took away, in words, and how to put it back. */
export interface Undoable {
  /** What the page says after the removal: "Removed “their post on pairing”." */
  done: string;
  /** What it says once undone: "Put back “their post on pairing”." */
  undone: string;
  /** The pure update that puts it back, applied to the workspace as it is then. */
  restore: (ws: Workspace) => Workspace;
}

/** The words for a removal: what it was done, and what undoing it did. */
export interface UndoWords {
  done: string;
  undone: string;
}

/**
 * Applies a removal and makes it undoable. `remove` returns the workspace without the
 * record and what it took (null when there was nothing to remove: then `undo` is null
 * and the workspace is unchanged); `restore` puts that back.
 */
export function undoable<R>(
  ws: Workspace,
  remove: (ws: Workspace) => { workspace: Workspace; removed: R | null },
  restore: (ws: Workspace, removed: R) => Workspace,
  words: (removed: R) => UndoWords,
): { workspace: Workspace; undo: Undoable | null } {
  const { workspace, removed } = remove(ws);
  if (removed === null) return { workspace: ws, undo: null };
  return { workspace, undo: { ...words(removed), restore: (w) => restore(w, removed) } };
}
