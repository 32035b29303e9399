/*
 * Exact block search over the index of scripts/fanwen/render/search_index.py.
 *
 * The index has one doc per analysis block, its text split into jieba tokens by U+200B. A
 * record matches when its text contains every word of the query (case ignored, white space
 * collapsed): exact substring matching, so every block containing the query is found and no
 * other. Occurrences on jieba token boundaries score 3, others 1; results are grouped by page,
 * best page first, and every link leads to the matching block's anchor. A doc with `same`
 * (a block quoted on a comparison page) takes the text of docs[same], so each text ships once.
 */
import { escapeHTML, norm, prepareText } from "./text.js"

/** The searchable records of an index, and the titles of pages that have no text of their own. */
export function setup(index) {
  const records = []
  const titles = {}
  const prepared = {}
  const docs = index.docs || []
  docs.forEach((doc, i) => {
    const shared = doc.same !== undefined ? prepared[doc.same] : doc.text && prepareText(doc.text)
    const page = doc.location.split("#")[0]
    if (!shared) {
      titles[page] = doc.title
      return
    }
    prepared[i] = shared
    records.push({ location: doc.location, page, title: doc.title, order: i, ...shared })
  })
  return { records, titles }
}

/** The words of a query, lower-cased: terms(" 两个  维护 ") is ["两个", "维护"]. */
export function terms(query) {
  return norm(query).toLowerCase().split(" ").filter((t) => t.length > 0)
}

/** Every occurrence of every word: [start, end) pairs, in the order found. */
export function occurrences(lower, words) {
  const spans = []
  for (const word of words) {
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1))
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

/** 3 for each occurrence that is a whole jieba word, 1 for any other. */
export function score(record, spans) {
  let total = 0
  for (const [start, end] of spans)
    total += record.bounds && record.bounds[start] && record.bounds[end] ? 3 : 1
  return total
}

/** A stretch of the text around the first match, matches marked, HTML escaped. */
export function teaser(record, spans) {
  const first = spans.length ? spans[0][0] : 0
  const start = Math.max(0, first - 30)
  const end = Math.min(record.text.length, start + 120)
  let html = start > 0 ? "…" : ""
  let at = start
  for (const span of spans) {
    const s = Math.max(span[0], start)
    const e = Math.min(span[1], end)
    if (e <= s) continue
    html += escapeHTML(record.text.slice(at, s)) + "<mark>" + escapeHTML(record.text.slice(s, e)) + "</mark>"
    at = e
  }
  return html + escapeHTML(record.text.slice(at, end)) + (end < record.text.length ? "…" : "")
}

/** The hits of one page as Material's search items, best block first. */
function pageItems(hits, title, matched) {
  hits.sort((a, b) => b.score - a.score || a.record.order - b.record.order)
  const items = hits.map((hit) => ({
    location: hit.record.location,
    title: escapeHTML(hit.record.title),
    text: teaser(hit.record, merge(hit.spans)),
    score: hit.score,
    terms: matched,
  }))
  /* Material shows the item without "#" as the page heading; when every hit has an anchor,
     it takes the last item: the page title, linking to the best block. */
  if (items.every((item) => item.location.includes("#")))
    items.push({ location: items[0].location, title: escapeHTML(title), text: "", score: items[0].score, terms: matched })
  return items
}

/** Material's RESULT data for a query: {items: SearchItem[][]}, one list per page. */
export function search(state, query) {
  const words = terms(query)
  if (!words.length) return { items: [] }
  const found = new Map()
  for (const record of state.records) {
    if (!words.every((word) => record.lower.includes(word))) continue
    const spans = occurrences(record.lower, words)
    if (!found.has(record.page)) found.set(record.page, [])
    found.get(record.page).push({ record, spans, score: score(record, spans) })
  }
  const matched = Object.fromEntries(words.map((word) => [word, true]))
  const groups = [...found].map(([page, hits]) => {
    const items = pageItems(hits, state.titles[page] || page, matched)
    return { items, best: hits[0].score, order: hits[0].record.order }
  })
  groups.sort((a, b) => b.best - a.best || a.order - b.order)
  return { items: groups.map((g) => g.items) }
}
