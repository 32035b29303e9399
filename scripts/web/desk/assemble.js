/*
 * A draft's parts assembled into the report's lines, each with its level, and those lines
 * filled in and joined as the plain text a writer copies. Numbering is kept in order: every
 * 一、 heading counts on through the report, every （一） within its 一、 section, so parts
 * can be added, removed and moved without renumbering by hand.
 */
import { fill, fillSegments } from "./fill.js"
import { cnNumber, levelOf } from "./levels.js"

const H1 = /^[一二三四五六七八九十]+、\s*/
const H2 = /^[（(][一二三四五六七八九十]+[）)]/

/** A part heading without its number: "四、存在的问题" → "存在的问题". */
export function bareHeading(heading) {
  return String(heading || "")
    .trim()
    .replace(H1, "")
}

/**
 * The lines of the report, in order: [{text, level}], text still holding {field} markers.
 * Each part gives its heading (a first-level heading, numbered here) and then each non-empty
 * line of its text; lines of a title or recipient part take that level.
 */
export function assemble(parts) {
  const lines = []
  let h1 = 0
  let h2 = 0
  const push = (raw, hint) => {
    const text = raw.trim()
    if (!text) return
    const level = levelOf(text, hint)
    let out = text
    if (level === "h1") {
      h1 += 1
      h2 = 0
      out = text.replace(H1, `${cnNumber(h1)}、`)
    } else if (level === "h2") {
      h2 += 1
      out = text.replace(H2, `（${cnNumber(h2)}）`)
    }
    lines.push({ text: out, level })
  }
  for (const part of parts) {
    const hint = part.kind === "title" || part.kind === "recipient" ? part.kind : null
    const heading = hint ? "" : bareHeading(part.heading)
    if (heading) push(`一、${heading}`, null)
    for (const line of String(part.text || "").split("\n")) push(line, hint)
  }
  return lines
}

/** Lines of a finished text (an exemplar): levels read from each line, numbers kept as they are. */
export function textLines(text, { title = false } = {}) {
  const lines = []
  for (const raw of String(text).split("\n")) {
    const line = raw.trim()
    if (line) lines.push({ text: line, level: levelOf(line, title && !lines.length ? "title" : null) })
  }
  return lines
}

/** The lines filled in: text as copied, and its runs (empty fields marked) for the preview. */
export function fillLines(lines, fields, values) {
  return lines.map((line) => ({
    level: line.level,
    text: fill(line.text, fields, values),
    segments: fillSegments(line.text, fields, values),
  }))
}

/** The report as plain text: one line per title, recipient, heading and paragraph. */
export function plainText(lines, fields, values) {
  return fillLines(lines, fields, values)
    .map((line) => line.text)
    .join("\n")
}
