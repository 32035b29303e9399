/*
 * A page pasted as one run-on line, cut before its inline headings: the port of cleaning's
 * inline_headings (scripts/fanwen/clean/layout.py, find_inline_headings), with its patterns
 * and numbers from the rules (rules.structure.run_on). The structure checks of both engines
 * read a draft through it (structure.js, fanwen.check.reading).
 */
import { compile } from "./regex.js"
import { cpLength, strip } from "./text.js"

const all = (re, text) => [...text.matchAll(compile(re, true))]
const edit = (start, before, after) => ({ start, end: start + before.length, before, after })

/** The marks that count 一, 二, 三 … in order; a mark out of the count is passed over. */
function countingUp(marks, order) {
  const out = []
  for (const m of marks) if (m[1] === order[out.length % order.length]) out.push(m)
  return out
}

/** Breaks in a line of at least `run_on` characters: before inline headings, after a heading a
 *  space ends, between glued headings, at paragraph gaps, after a leading title. */
function runOnBreaks(start, line, ro) {
  const edits = []
  for (const m of all(ro.inline_heading, line))
    if (strip(line.slice(0, m.index))) edits.push(edit(start + m.index, m[0], "\n"))
  for (const m of all(ro.heading_end, line)) {
    const at = m.index + m[0].length - m[1].length
    edits.push(edit(start + at, m[1], "\n"))
  }
  for (const m of all(ro.glued_heading, line)) edits.push(edit(start + m.index + m[0].length, "", "\n"))
  const glued = countingUp(all(ro.glued_mark, line), ro.order)
  if (glued.length >= 2) for (const m of glued) edits.push(edit(start + m.index, "", "\n"))
  if (edits.length)
    for (const m of all(ro.paragraph_gap, line)) edits.push(edit(start + m.index, m[1], "\n"))
  const lead = line.match(compile(ro.title_lead))
  if (lead) edits.push(edit(start + lead.index + lead[0].length - lead[1].length, lead[1], "\n"))
  else {
    const glue = line.match(compile(ro.glued_title))
    if (glue) edits.push(edit(start + glue.index + glue[0].length, "", "\n"))
  }
  return edits
}

/** A heading and its first sub-heading on one short line, or (near the top) a title and the
 *  recipient after it. */
function shortLineBreaks(start, line, nearTop, ro) {
  const edits = []
  const m = line.match(compile(ro.heading_then_mark))
  if (m) edits.push(edit(start + m.index + m[0].length - m[1].length, m[1], "\n"))
  const t = nearTop ? line.match(compile(ro.title_recipient)) : null
  if (t) edits.push(edit(start + t.index + t[0].length - t[1].length, t[1], "\n"))
  return edits
}

/** Every break of find_inline_headings, as {start, end, before, after} (UTF-16 offsets). */
export function inlineHeadingEdits(text, ro) {
  const edits = []
  let start = 0
  text.split("\n").forEach((line, number) => {
    if (cpLength(line) >= ro.run_on) edits.push(...runOnBreaks(start, line, ro))
    else edits.push(...shortLineBreaks(start, line, number < ro.title_head, ro))
    const m = line.match(compile(ro.glued_opener))
    if (m) edits.push(edit(start + m.index + m[0].length, "", "\n"))
    start += line.length + 1
  })
  return edits
}

/** The edits made as cleaning's apply_edits makes them: in order of (start, end), one that
 *  overlaps an earlier one (or no longer finds its text) left out. 全年…。 二、强化 -> 全年…。\n二、强化 */
export function applyEdits(text, edits) {
  let out = ""
  let cursor = 0
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  for (const e of sorted) {
    if (e.start < cursor || text.slice(e.start, e.end) !== e.before || e.before === e.after) continue
    out += text.slice(cursor, e.start) + e.after
    cursor = e.end
  }
  return out + text.slice(cursor)
}

/** The text cut before its inline headings. */
export function breakRunOn(text, ro) {
  return applyEdits(text, inlineHeadingEdits(text, ro))
}
