/*
 * Exact block search over the chunks of the index in pieces (scripts/fanwen/render/search_pieces.py).
 *
 * A record matches when its folded text contains every word of the query: exact substring
 * matching, so every block that contains the query is found and no other. Hits keep their
 * page's order in the index; within a page the block with the most occurrences comes first.
 */
import { collapse, fold } from "./keys.js"

/** Every occurrence of every word in a folded text: [start, end) pairs, in the order found. */
export function occurrences(folded, words) {
  const spans = []
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1))
      spans.push([at, at + word.length])
  }
  return spans
}

/** The spans sorted, overlapping ones merged (for marking them in the teaser). */
export function merge(spans) {
  const sorted = spans.slice().sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged = []
  for (const span of sorted) {
    const last = merged[merged.length - 1]
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push(span.slice())
  }
  return merged
}

/** The hits of one chunk: each record whose folded text holds every word, with its spans. */
export function matchChunk(chunk, id, words) {
  const hits = []
  chunk.records.forEach(([anchor, title, text], order) => { // a 4th item (note, section) is not needed here
    if (!text) return
    const shown = collapse(text)
    const folded = fold(shown)
    if (!words.every((word) => folded.includes(word))) return
    const spans = merge(occurrences(folded, words))
    const location = anchor ? `${chunk.page}#${anchor}` : chunk.page
    hits.push({ page: chunk.page, pageTitle: chunk.title, location, title, text: shown, spans, order: id * 10000 + order })
  })
  return hits
}

/** An offset moved back off the second half of a character beyond the BMP (a surrogate pair). */
function offChar(text, at) {
  const code = text.charCodeAt(at)
  return at > 0 && code >= 0xdc00 && code <= 0xdfff ? at - 1 : at
}

/**
 * A stretch of the text around the first match as pieces to show: [{text, mark}], at most
 * `width` characters, "…" where cut. teaser("做到两个维护", [[2, 6]]) marks 两个维护.
 */
export function teaser(text, spans, width = 120) {
  const first = spans.length ? spans[0][0] : 0
  const start = offChar(text, Math.max(0, first - 30))
  const end = offChar(text, Math.min(text.length, start + width))
  const parts = start > 0 ? [{ text: "…", mark: false }] : []
  let at = start
  for (const [s0, e0] of spans) {
    const s = Math.max(s0, start)
    const e = Math.min(e0, end)
    if (e <= s) continue
    if (s > at) parts.push({ text: text.slice(at, s), mark: false })
    parts.push({ text: text.slice(s, e), mark: true })
    at = e
  }
  if (end > at) parts.push({ text: text.slice(at, end), mark: false })
  if (end < text.length) parts.push({ text: "…", mark: false })
  return parts
}

/** Hits grouped by page in the order first met; in each page, most occurrences first. */
export function groupByPage(hits) {
  const pages = new Map()
  for (const hit of hits) {
    if (!pages.has(hit.page)) pages.set(hit.page, { page: hit.page, title: hit.pageTitle, hits: [] })
    pages.get(hit.page).hits.push(hit)
  }
  const groups = [...pages.values()]
  for (const group of groups) group.hits.sort((a, b) => b.spans.length - a.spans.length || a.order - b.order)
  return groups
}
