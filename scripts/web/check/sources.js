/*
 * Where the copying check finds exemplar text: sourcesFor(draft) resolves to records in the
 * shape copies.js reads ({location, title, text}), taken from the search index in pieces
 * (scripts/web/search/pieces.js), so a check loads posting shards and the few text chunks
 * that may hold the draft's text, never the whole corpus.
 *
 * The draft (folded as search folds it) is cut into segments of SPAN characters every STEP
 * characters; a copied run of at least 15 characters holds one whole segment (STEP + SPAN - 1
 * ≤ 15). A segment's pairs at 0, 2, 4, 6, 7 must all be in a chunk that holds it, so the
 * chunks in every one of their posting lists are the candidates; of those in the exemplar
 * range, at most PER_SEGMENT (in index order) are read. A run is missed only when more than
 * PER_SEGMENT exemplar chunks hold all of a segment's pairs and none of the first ones holds
 * the run; a segment with a space in it is skipped, as the index keeps no pair across one.
 */
import { decodeIds, fold, intersect, shardOf } from "../search/keys.js"
import { sharedPieces } from "../search/pieces.js"

export const STEP = 7
export const SPAN = 9
export const PER_SEGMENT = 8
const PAIRS_AT = [0, 2, 4, 6, 7]

let siteRoot = ""

/** The site's root URL ("…/site/"), which the index pieces are relative to. */
export function setSiteRoot(url) {
  siteRoot = url
}

/** The keys of each segment of a draft: segments("一二三四五六七八九十") is [["一二", "三四", …]]. */
export function segments(draft) {
  const chars = Array.from(fold(draft))
  const out = []
  for (let p = 0; p + SPAN <= chars.length; p += STEP) {
    const seg = chars.slice(p, p + SPAN)
    if (!seg.includes(" ")) out.push(PAIRS_AT.map((i) => seg[i] + seg[i + 1]))
  }
  return out
}

/** The chunk numbers to read: per segment, the first PER_SEGMENT candidates in [first, end). */
export function chosenChunks(keysOf, lists, [first, end]) {
  const chosen = new Set()
  for (const keys of keysOf) {
    const ids = intersect(keys.map((key) => lists.get(key) || []))
    let taken = 0
    for (const id of ids) {
      if (id < first || id >= end) continue
      chosen.add(id)
      if (++taken >= PER_SEGMENT) break
    }
  }
  return [...chosen].sort((a, b) => a - b)
}

/** A chunk's blocks as copies.js records: the page record first, then each block. */
export function chunkDocs(chunk) {
  const docs = [{ location: chunk.page, title: chunk.title }]
  for (const [anchor, title, text, kind] of chunk.records)
    if (anchor && text && !kind) docs.push({ location: `${chunk.page}#${anchor}`, title, text })
  return docs
}

/** The exemplar records that may hold the draft's text. */
export async function sourcesFor(draft) {
  const pieces = sharedPieces(siteRoot)
  const meta = await pieces.meta()
  const keysOf = segments(draft)
  const keys = [...new Set(keysOf.flat())]
  const shards = await Promise.all(keys.map((key) => pieces.load("post", shardOf(key, meta.shards))))
  const lists = new Map(keys.map((key, i) => [key, decodeIds(shards[i][key] || "")]))
  const ids = chosenChunks(keysOf, lists, meta.exemplars || [0, meta.chunks])
  const chunks = await Promise.all(ids.map((id) => pieces.load("text", id)))
  return chunks.flatMap(chunkDocs)
}
