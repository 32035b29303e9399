/*
 * Where the copying check finds exemplar text: sourcesFor(draft) resolves to records in the
 * shape copies.js reads ({location, title, text}), taken from the search index in pieces
 * (scripts/web/search/pieces.js), so a check loads posting shards and a few text chunks,
 * never the whole corpus.
 *
 * Everything is compared in copies.js's key form (no white space, punctuation widths and
 * quotes made one), so a run copied with a line break or a half-width comma is still found.
 * The draft's key is cut into segments of SPAN characters every STEP characters; a copied run
 * of at least 15 key characters holds one whole segment (STEP + SPAN - 1 ≤ 15). A segment is
 * looked up by its pairs of adjacent Chinese characters (at most five; these read the same in
 * the key and in the index), so the chunks in all of their posting lists (within the exemplar
 * range) are its candidates; a segment with no such pair is skipped. Each segment is given
 * one chunk whose key really holds it: the previous segment's chunk if it is a candidate (a
 * run tends to come from one exemplar), else a chunk already chosen, else the first
 * candidate; a chunk that does not hold it is replaced by the next candidate, up to
 * PER_SEGMENT tries. A segment that stands in some exemplar is missed only if none of its
 * first PER_SEGMENT candidates holds it, or if the exemplar has white space between two of
 * its Chinese characters (the index keeps no pair across white space).
 */
import { postingLists } from "../search/engine.js"
import { intersect } from "../search/keys.js"
import { sharedPieces } from "../search/pieces.js"
import { keyed } from "./copies.js"

export const STEP = 7
export const SPAN = 9
export const PER_SEGMENT = 8
const MAX_PAIRS = 5
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/

let siteRoot = ""
const candidateCache = new Map() // segment text -> its candidate chunks
let lastDocs = { ids: "", docs: [] } // the same list again when the same chunks are chosen

/** The site's root URL ("…/site/"), which the index pieces are relative to. */
export function setSiteRoot(url) {
  siteRoot = url
}

/** Each segment of a draft's key: its text and the pairs of Chinese characters it is looked
 *  up by. segments("一二三四五六七八九")[0].keys is ["一二", "三四", "五六", "六七", "八九"]. */
export function segments(draft) {
  const key = keyed(draft).key // one UTF-16 unit per character (copies.js)
  const out = []
  for (let p = 0; p + SPAN <= key.length; p += STEP) {
    const seg = key.slice(p, p + SPAN)
    const at = []
    for (let i = 0; i + 1 < SPAN; i++) if (HAN.test(seg[i]) && HAN.test(seg[i + 1])) at.push(i)
    if (!at.length) continue
    const picked = at.length <= MAX_PAIRS ? at : spread(at)
    out.push({ text: seg, keys: picked.map((i) => seg[i] + seg[i + 1]) })
  }
  return out
}

/** MAX_PAIRS of the positions, first and last among them, evenly apart. */
function spread(at) {
  const step = (at.length - 1) / (MAX_PAIRS - 1)
  return [...new Set(Array.from({ length: MAX_PAIRS }, (_, i) => at[Math.round(i * step)]))]
}

/** The candidate chunks of one segment within [first, end), in index order. */
export function candidatesOf(segment, lists, [first, end]) {
  return intersect(segment.keys.map((key) => lists.get(key) || [])).filter((id) => id >= first && id < end)
}

/**
 * For each segment the chunk to read for it, given the chunks known not to hold it (`tried`,
 * one Set per segment): the previous segment's, a chosen one, or the first untried candidate.
 * Returns one chunk number (or -1) per segment.
 */
export function assign(candidates, tried) {
  const chosen = new Set()
  let previous = -1
  return candidates.map((ids, k) => {
    const open = []
    for (let i = 0; i < ids.length && open.length < PER_SEGMENT - tried[k].size; i++)
      if (!tried[k].has(ids[i])) open.push(ids[i])
    const pick = open.includes(previous) ? previous : open.find((id) => chosen.has(id)) ?? open[0] ?? -1
    if (pick >= 0) chosen.add(pick)
    previous = pick
    return pick
  })
}

const chunkTexts = new WeakMap()

/** A chunk's key text, as the segments are matched against it (records apart), made once. */
function chunkText(chunk) {
  if (!chunkTexts.has(chunk)) chunkTexts.set(chunk, chunk.records.map((r) => keyed(r[2] || "").key).join("\u0000"))
  return chunkTexts.get(chunk)
}

/** A chunk's blocks as copies.js records: the page record first, then each block. */
export function chunkDocs(chunk) {
  const docs = [{ location: chunk.page, title: chunk.title }]
  for (const [anchor, title, text, kind] of chunk.records)
    if (anchor && text && !kind) docs.push({ location: `${chunk.page}#${anchor}`, title, text })
  return docs
}

/** The exemplar records that may hold the draft's text: the chunks given to its segments. */
export async function sourcesFor(draft) {
  const pieces = sharedPieces(siteRoot)
  const meta = await pieces.meta()
  const segs = segments(draft)
  const keys = [...new Set(segs.flatMap((s) => s.keys))]
  const lists = await postingLists(meta, pieces.load, keys)
  const range = meta.exemplars || [0, meta.chunks]
  for (const seg of segs)
    if (!candidateCache.has(seg.text)) candidateCache.set(seg.text, candidatesOf(seg, lists, range))
  const candidates = segs.map((seg) => candidateCache.get(seg.text))
  const tried = segs.map(() => new Set())
  const texts = new Map()
  for (let round = 0; round < PER_SEGMENT; round++) {
    const picks = assign(candidates, tried)
    const wanted = [...new Set(picks.filter((id) => id >= 0 && !texts.has(id)))]
    const chunks = await Promise.all(wanted.map((id) => pieces.load("text", id)))
    chunks.forEach((chunk, i) => texts.set(wanted[i], { chunk, text: chunkText(chunk) }))
    let failed = false
    picks.forEach((id, k) => {
      if (id >= 0 && !texts.get(id).text.includes(segs[k].text)) {
        tried[k].add(id)
        failed = true
      }
    })
    if (!failed) return docsOf(picks, texts)
  }
  return docsOf(assign(candidates, tried), texts)
}

function docsOf(picks, texts) {
  const ids = [...new Set(picks.filter((id) => id >= 0 && texts.has(id)))].sort((a, b) => a - b)
  if (ids.join() !== lastDocs.ids)
    lastDocs = { ids: ids.join(), docs: ids.flatMap((id) => chunkDocs(texts.get(id).chunk)) }
  return lastDocs.docs
}
