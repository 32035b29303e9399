/*
 * One search over the index in pieces: the chunks that may hold the query (from the posting
 * shards of its keys), then those chunks loaded a few at a time and matched exactly, giving
 * result pages in index order, `size` pages per call of more(). Nothing grows with the number
 * of hits until the writer asks for more.
 */
import { cover, decodeIds, intersect, shardOf, words as wordsOf } from "./keys.js"
import { groupByPage, matchChunk } from "./match.js"

const PARALLEL = 6 // chunks requested at once

const decoded = new WeakMap() // per loader: key -> its ascending chunk ids, decoded once

/** The chunk lists of `keys` (a Map holding them, and any decoded before with this loader). */
export async function postingLists(meta, load, keys) {
  if (!decoded.has(load)) decoded.set(load, new Map())
  const lists = decoded.get(load)
  const missing = keys.filter((key) => !lists.has(key))
  const shards = await Promise.all(missing.map((key) => load("post", shardOf(key, meta.shards))))
  missing.forEach((key, i) => lists.set(key, decodeIds(shards[i][key] || "")))
  return lists
}

/** The chunk numbers whose text may hold every word: the intersection of their keys' lists. */
export async function candidates(meta, load, words) {
  const keys = [...new Set(words.flatMap(cover))]
  const lists = await postingLists(meta, load, keys)
  return intersect(keys.map((key) => lists.get(key)))
}

/**
 * A search for `query`: {words, more(size, alive) → Promise<{groups, complete}>}. Each call
 * returns the next `size` result pages (a page whose hits span several chunks comes whole),
 * and `complete` once every candidate chunk has been read; it stops reading between batches
 * once `alive()` says the search is no longer wanted (a newer query).
 */
export function createSearch(meta, load, query) {
  const words = wordsOf(query)
  let chunks = null
  let next = 0
  let pending = [] // hits of pages not yet handed out
  async function more(size, alive = () => true) {
    if (!words.length) return { groups: [], complete: true }
    if (chunks === null) chunks = await candidates(meta, load, words)
    let groups = groupByPage(pending)
    while (next < chunks.length && groups.length <= size && alive()) {
      const batch = chunks.slice(next, next + PARALLEL)
      const loaded = await Promise.all(batch.map((id) => load("text", id)))
      next += batch.length
      loaded.forEach((chunk, i) => pending.push(...matchChunk(chunk, batch[i], words)))
      groups = groupByPage(pending)
    }
    const complete = next >= chunks.length && groups.length <= size
    const out = complete ? groups : groups.slice(0, size)
    const handed = new Set(out.map((g) => g.page))
    pending = pending.filter((hit) => !handed.has(hit.page))
    return { groups: out, complete: complete && pending.length === 0 }
  }
  return { words, more, candidates: () => chunks }
}
