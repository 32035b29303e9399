/*
 * Blocks and levels of a draft: the port of fanwen.analyze.structure (split_blocks), with the
 * patterns exported from it (rules.structure). Levels: title, h1 (一、), h2 (（一）), h3 (1.),
 * item (一是 / slogan leads), para; a line holding several items (一是…。二是…) is cut before
 * each. Lengths are compared in characters, as Python counts them.
 */
import { findAll, found, search } from "./regex.js"
import { cpLength, strip } from "./text.js"

/** Sentences ending in 。！？；, together the whole text (as Python's sentences()). */
export function sentences(text, st) {
  return findAll(st.sentence, text)
    .map((m) => m.text)
    .filter((s) => s)
}

/** Is the line a report title? Short, no sentence punctuation, says what the report is. */
export function isTitle(line, st) {
  const body = strip(line)
  return (
    body.length > 0 &&
    cpLength(body) <= st.numbers.title_len &&
    !found(st.title_stop, body) &&
    !st.levels.slice(0, 3).some(([, re]) => found(re, body)) &&
    found(st.title_words, body)
  )
}

/** The level a segment's start announces. */
export function levelOf(segment, st) {
  const hit = st.levels.find(([, re]) => found(re, segment))
  return hit ? hit[0] : "para"
}

/** A whole short heading line, or the lead sentence (or clause) of a headed paragraph. */
export function headingOf(segment, level, st) {
  if (level === "para") return null
  const n = st.numbers
  const body = strip(segment)
  if (cpLength(body) <= n.own_line_max && !found(st.inner_stop, body)) return body
  const lead = sentences(body, st)[0]
  if (cpLength(lead) <= n.lead_max) return lead
  const clause = search(st.clause, lead)
  return clause && cpLength(clause[0]) <= n.lead_max ? clause[0].replace(/[，,：]+$/, "") : null
}

/** A line cut before each inner item; the pieces join back to the line. */
export function splitLine(line, st) {
  const cuts = [0]
  for (const m of findAll(st.inner_item, line)) if (m.index > 0) cuts.push(m.index)
  cuts.push(line.length)
  const out = []
  for (let k = 0; k + 1 < cuts.length; k++) if (cuts[k + 1] > cuts[k]) out.push(line.slice(cuts[k], cuts[k + 1]))
  return out
}

/** Which of the first lines is the title (null if none). */
export function titleLine(lines, st) {
  const n = st.numbers
  for (let k = 0; k < Math.min(lines.length, n.title_search); k++) {
    if (isTitle(lines[k], st)) return k
    if (cpLength(strip(lines[k])) > n.short_line || found(st.sentence_mark, lines[k])) return null
  }
  return null
}

/** Every block of a text: {start, text, level, heading}, in reading order. */
export function splitBlocks(text, st) {
  const blocks = []
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) || []
  const title = titleLine(lines, st)
  let pos = 0
  lines.forEach((line, number) => {
    if (number === title) blocks.push({ start: pos, text: line, level: "title", heading: strip(line) })
    else {
      let offset = pos
      splitLine(line, st).forEach((segment, k) => {
        let level = levelOf(segment, st)
        if (k > 0 && level === "para") level = "item"
        blocks.push({ start: offset, text: segment, level, heading: headingOf(segment, level, st) })
        offset += segment.length
      })
    }
    pos += line.length
  })
  return blocks
}
