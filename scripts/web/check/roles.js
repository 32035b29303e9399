/*
 * Section roles of blocks: the port of fanwen.analyze.roles (assign_roles) over the role cues
 * of snippets/roles/*.yaml (rules.structure.roles, in reading order). Reading order is a state
 * machine: a top-level heading sets the role by its heading cues; a short label, a sub-heading
 * of the assessment, or a transition sentence moves it on; the opening runs to its 现将…如下
 * or to the paragraphs before the first heading; a block whose later sentence turns to a later
 * role is split there.
 */
import { compile, found, search } from "./regex.js"
import { sentences } from "./blocks.js"
import { cpLength, strip, stripChars } from "./text.js"

const later = (order, role, than) => order.indexOf(role) > order.indexOf(than)

/** The role whose heading cue starts earliest in the heading (null if none does). */
export function headingRole(heading, st) {
  let best = null
  st.roles.forEach((cue, rank) => {
    for (const re of cue.headings) {
      const m = search(re, heading)
      if (m && (best === null || m.index < best[0] || (m.index === best[0] && rank < best[1]))) best = [m.index, rank, cue.id]
    }
  })
  return best ? best[2] : null
}

/** The role a transition sentence turns to, the latest in reading order if several. */
export function transitionRole(sentence, st) {
  const hits = st.roles.filter((cue) => cue.transitions.some((re) => found(re, sentence))).map((c) => c.id)
  if (!hits.length) return null
  return hits.reduce((a, b) => (st.order.indexOf(b) > st.order.indexOf(a) ? b : a))
}

function subheadingRole(heading, st) {
  const cue = st.roles.find((c) => c.subheadings.some((re) => found(re, heading)))
  return cue ? cue.id : null
}

function labelRole(block, state, st) {
  let label = ""
  if (block.level === "para") {
    const m = search(st.inline_label, block.text)
    label = m ? m[1] : ""
  } else label = stripChars((block.heading || "").replace(compile(st.marker), ""), "。：:；， ")
  const n = cpLength(label)
  const role = n > 0 && n <= st.numbers.label_max ? headingRole(label, st) : null
  return role && state !== "opening" && !later(st.order, state, role) ? role : null
}

function splitAtTurn(block, role, st) {
  const parts = sentences(block.text, st)
  let offset = parts.length ? parts[0].length : 0
  for (const sentence of parts.slice(1)) {
    const turn = transitionRole(strip(sentence), st)
    if (turn && later(st.order, turn, role) && role !== "opening") {
      const head = { ...block, text: block.text.slice(0, offset) }
      const tail = { start: block.start + offset, text: block.text.slice(offset), level: "para", heading: null }
      return [[head, role], ...splitAtTurn(tail, turn, st)]
    }
    offset += sentence.length
  }
  return [[block, role]]
}

function openingParagraphs(blocks, st) {
  const body = blocks.filter((b) => b.level !== "title")
  // items (一是……) are no headings: a piece with items and no heading opens with one paragraph
  const first = body.findIndex((b) => b.level !== "para" && b.level !== "item")
  return first === -1 ? 1 : Math.max(1, Math.min(first, st.numbers.opening_max))
}

function endsOpening(block, st) {
  const opening = st.roles.find((c) => c.id === "opening")
  return Boolean(opening) && opening.transitions.some((re) => found(re, block.text))
}

/** Each block with its role ([block, role], role null for the title); blocks may be split. */
export function assignRoles(blocks, st) {
  const top = blocks.some((b) => b.level === "h1") ? "h1" : "h2"
  const lead = openingParagraphs(blocks, st)
  const start = st.body_start
  let state = "opening"
  const out = []
  for (const block of blocks) {
    if (block.level === "title") {
      out.push([block, null])
      continue
    }
    const opened = out.filter(([, r]) => r !== null).length
    if (state === "opening" && opened >= lead && !endsOpening(block, st)) state = start
    let role = null
    if (block.level === top && block.heading) role = headingRole(block.heading, st) || (state === "opening" ? start : null)
    if (role === null && state === "opening" && endsOpening(block, st)) role = "opening" // 现将…报告如下 closes it
    if (role === null) role = labelRole(block, state, st)
    if (role === null && state === "assessment" && block.level !== top && block.heading) role = subheadingRole(block.heading, st)
    if (role === null) {
      const first = sentences(block.text, st)[0]
      role = first ? transitionRole(first, st) : null
    }
    if (role === null && state === "opening" && block.level !== "para") role = start
    state = role || state
    const pieces = splitAtTurn(block, state, st)
    out.push(...pieces)
    state = pieces[pieces.length - 1][1] || state
    if (state === "opening" && endsOpening(block, st)) state = start
  }
  return out
}
