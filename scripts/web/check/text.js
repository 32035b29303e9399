/*
 * Text helpers of the draft checker, each the twin of a Python one: line breaks, Python's
 * white space and strip(), lengths in characters (code points, as Python counts), full-width
 * letters read as ASCII, message templates, and the finding record itself.
 */

import { WIDE_ASCII, asciiWidth } from "../search/keys.js"

/** Python's str.isspace() set (the exported rules carry it as `text.space`). */
const SPACE = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"
const SPACE_RE = new RegExp(`[${SPACE}]`, "u")
const LEAD_RE = new RegExp(`^[${SPACE}]+`, "u")
const TRAIL_RE = new RegExp(`[${SPACE}]+$`, "u")

/** Line breaks as \n (CRLF and CR): normalizeBreaks("一、\r\n二、") is "一、\n二、". */
export function normalizeBreaks(text) {
  return text.replace(/\r\n?/g, "\n")
}

/** Is the character white space for Python? */
export function isSpace(ch) {
  return SPACE_RE.test(ch)
}

/** Python's str.strip(): strip("\u3000两个维护 ") is "两个维护". */
export function strip(text) {
  return text.replace(LEAD_RE, "").replace(TRAIL_RE, "")
}

/** Python's str.lstrip(). */
export function lstrip(text) {
  return text.replace(LEAD_RE, "")
}

/** Python's str.strip(chars). */
export function stripChars(text, chars) {
  let a = 0
  let b = text.length
  while (a < b && chars.includes(text[a])) a++
  while (b > a && chars.includes(text[b - 1])) b--
  return text.slice(a, b)
}

/** Length in characters, as Python's len(): cpLength("👉两") is 2. */
export function cpLength(text) {
  let n = 0
  for (const _ of text) n++
  return n
}

/** Each line (without its \n) and the offset where it starts. */
export function linesWithOffsets(text) {
  const out = []
  let pos = 0
  for (const line of text.split("\n")) {
    out.push([pos, line])
    pos += line.length + 1
  }
  return out
}

/** Full-width letters and digits as ASCII, same length: ｗｗｗ becomes www. */
export function probeText(text, wideAlnum) {
  return text.replace(new RegExp(wideAlnum.source, wideAlnum.flags + "g"), (run) => asciiWidth(run, WIDE_ASCII))
}

/** A message template with its {fields} filled: fill("缺少“{role}”", {role: "存在问题"}). */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole))
}

/** The entry of a rule in a settings table: its full id, else its prefix (noise.watermark -> noise). */
export function lookup(table, rule) {
  return rule in table ? table[rule] : table[rule.split(".")[0]]
}

/** A finding, with the fields of the Python Finding (start null: about the whole draft). */
export function finding(settings, rule, fields) {
  return {
    rule,
    group: lookup(settings.groups, rule),
    severity: fields.severity || lookup(settings.severity, rule),
    message: fields.message,
    start: fields.start === undefined ? null : fields.start,
    end: fields.end === undefined ? null : fields.end,
    text: fields.text || "",
    subject: fields.subject === undefined ? null : fields.subject,
    extra: fields.extra || {},
  }
}

/** Whole-draft findings first, then by position and rule (as Python's sort_findings). */
export function sortFindings(findings) {
  const key = (f) => [f.start !== null ? 1 : 0, f.start || 0, f.end || 0]
  return findings.slice().sort((a, b) => {
    const ka = key(a)
    const kb = key(b)
    for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i]
    return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0
  })
}

/** Does [start, end) overlap a taken span? */
export function overlaps(start, end, taken) {
  return taken.some(([a, b]) => start < b && a < end)
}
