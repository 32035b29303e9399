/*
 * Fill-in fields of the section templates (snippets/roles/*.yaml): a text holds {name}
 * markers; a field has a name, a label and an example. A field with a value shows the value,
 * a field left empty shows 〔label〕, so nothing is ever silently blank. Marker syntax is the
 * one of scripts/fanwen/analyze/snippets.py (FIELD_MARK).
 */

const MARK = /\{([a-z_][a-z0-9_]*)\}/g

/** {name: field} of a list of fields (the first of a name wins). */
export function byName(fields) {
  const table = {}
  for (const field of fields) if (!(field.name in table)) table[field.name] = field
  return table
}

/** The value typed for a field, or "" when there is none (white space only counts as none). */
export function valueOf(values, name) {
  const value = values && typeof values[name] === "string" ? values[name] : ""
  return value.trim() ? value.trim() : ""
}

/**
 * A text cut into runs: plain text, filled fields and empty fields.
 * fillSegments("{unit}党组", fields, {}) is [{text: "〔单位〕", field: "unit", empty: true}, {text: "党组"}].
 * A marker naming no known field stays as it is.
 */
export function fillSegments(text, fields, values) {
  const table = byName(fields)
  const out = []
  let at = 0
  for (const m of text.matchAll(MARK)) {
    const field = table[m[1]]
    if (!field) continue
    if (m.index > at) out.push({ text: text.slice(at, m.index) })
    const value = valueOf(values, field.name)
    out.push({ text: value || `〔${field.label}〕`, field: field.name, empty: !value })
    at = m.index + m[0].length
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) })
  return out
}

/** The text with every field filled in, or shown as 〔label〕 when left empty. */
export function fill(text, fields, values) {
  return fillSegments(text, fields, values)
    .map((s) => s.text)
    .join("")
}

/** The known fields that the texts use, each once, in order of first use. */
export function collectFields(texts, fields) {
  const table = byName(fields)
  const seen = new Set()
  const used = []
  for (const text of texts) {
    for (const m of text.matchAll(MARK)) {
      const field = table[m[1]]
      if (field && !seen.has(field.name)) {
        seen.add(field.name)
        used.push(field)
      }
    }
  }
  return used
}

/** A text as the writer edits it: {unit_short} shown as 〔报告主体简称〕. */
export function toEditable(text, fields) {
  return fill(text, fields, {})
}

/** Back from the edited form: each 〔label〕 of a known field becomes its {name} again. */
export function fromEditable(text, fields) {
  const names = {}
  for (const field of fields) if (!(field.label in names)) names[field.label] = field.name
  return text.replace(/〔([^〔〕\n]+)〕/g, (whole, label) => (label in names ? `{${names[label]}}` : whole))
}
