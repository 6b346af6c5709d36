// A bounded memo for the big virtual lists (10,000 rows): they are pure functions of their inputs, so paging through
// one list, or asking twice, does not regenerate it.
import { LRUCache } from 'lru-cache';

const lists = new LRUCache<string, readonly unknown[]>({ max: 32 });

/** The list for `parts`, computed once while it stays among the 32 most recently used. */
export function memoList<T>(parts: readonly string[], make: () => T[]): readonly T[] {
  const key = parts.join('\u001f');
  const hit = lists.get(key) as readonly T[] | undefined;
  if (hit) return hit;
  const made = make();
  lists.set(key, made);
  return made;
}
