/*
 * The desk's views, as DOM built from the draft: one editor per part (heading, variant,
 * text), the fields form and the preview. desk-ui.js wires them to the draft.
 */
import { fillLines } from "./assemble.js"
import { el } from "./dom.js"
import { offers } from "./draft.js"
import { toEditable } from "./fill.js"
import { titleLines } from "./title.js"

export const KIND_NAMES = { title: "标题", recipient: "主送机关", block: "范文段落", own: "自己写的段落" }

/** The name a part goes by: 标题, a role's name (导语…), 范文段落 or 自己写的段落. */
export function kindName(data, kind) {
  const role = data.roles.find((r) => r.id === kind)
  return role ? role.name : KIND_NAMES[kind] || KIND_NAMES.own
}

/** The kinds a writer can add, in report order: [[kind, name]]. */
export function addableKinds(data) {
  return [
    ["title", KIND_NAMES.title],
    ["recipient", KIND_NAMES.recipient],
    ...data.roles.map((r) => [r.id, r.name]),
    ["own", KIND_NAMES.own],
  ]
}

function rowsFor(text) {
  const lines = text.split("\n")
  const wrapped = lines.reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 34)), 0)
  return Math.min(14, Math.max(2, wrapped))
}

function button(act, label, title, disabled = false) {
  const attrs = { type: "button", class: "fw-desk-btn", "data-act": act, title, "aria-label": title, disabled }
  return el("button", attrs, label)
}

/**
 * The editor of one part. Controls carry data-act / data-edit for desk-ui's delegation. The
 * variants offered are the ones of the draft's kind of body (`body`), its own first.
 */
export function partEditor(data, part, index, count, root, body = "") {
  const role = data.roles.find((r) => r.id === part.kind)
  const name = kindName(data, part.kind)
  const head = el(
    "div",
    { class: "fw-part-head" },
    el("span", { class: "fw-part-no" }, String(index + 1)),
    el("strong", { class: "fw-part-kind" }, name),
    part.from
      ? el("span", { class: "fw-part-from" }, "摘自 ", el("a", { href: root + part.from.link }, part.from.title || part.from.link))
      : "",
    el(
      "span",
      { class: "fw-part-acts" },
      button("up", "↑", "上移", index === 0),
      button("down", "↓", "下移", index === count - 1),
      button("remove", "删除", "删除这一部分"),
    ),
  )
  const section = el("section", { class: "fw-part", "data-id": part.id, "data-kind": part.kind }, head)
  if (part.kind !== "title" && part.kind !== "recipient") {
    section.append(
      el(
        "label",
        { class: "fw-part-row" },
        el("span", {}, "一级标题"),
        el("input", { type: "text", "data-edit": "heading", value: part.heading, placeholder: "可空；序号自动编排，如填“存在的问题”" }),
      ),
    )
  }
  if (role) {
    const select = el("select", { "data-edit": "variant" })
    const shown = offers(data, role.id, body)
    if (part.variant !== null && !shown.includes(part.variant)) shown.push(part.variant)
    shown.forEach((k, n) => select.append(el("option", { value: String(k) }, `写法${n + 1}：${role.variants[k].title}`)))
    select.value = String(part.variant ?? 0)
    section.append(el("label", { class: "fw-part-row" }, el("span", {}, "参考写法"), select))
  }
  const text = toEditable(part.text, data.fields)
  const label = `${name}的文字`
  const area = el("textarea", { "data-edit": "text", rows: rowsFor(text), "aria-label": label, spellcheck: "false" })
  area.value = text
  section.append(area)
  return section
}

/**
 * The form of the fields the draft uses, each once: label, input, example as the hint (or the
 * hint `hints` gives for it: the chosen year's own, see draft.js yearHints).
 */
export function fieldsForm(fields, values, hints = {}) {
  if (!fields.length) return [el("p", { class: "fw-desk-hint" }, "所选文字中没有待填字段。")]
  return fields.map((field) =>
    el(
      "label",
      { class: "fw-field" },
      el("span", {}, field.label),
      el("input", { type: "text", name: field.name, value: values[field.name] || "", placeholder: hints[field.name] || `例：${field.example}` }),
    ),
  )
}

/**
 * Runs [{text, …}] cut at the given line lengths, a null between lines (where a <br> goes):
 * cutRuns([{text: "关于2025年度"}, {text: "的报告"}], [4, 6]) → [{text: "关于20"}, null, {text: "25年度"}, {text: "的报告"}]
 */
export function cutRuns(runs, lengths) {
  const out = []
  let left = lengths[0]
  let k = 0
  for (const run of runs) {
    let text = run.text
    while (text.length > left && k < lengths.length - 1) {
      if (left > 0) out.push({ ...run, text: text.slice(0, left) })
      out.push(null)
      text = text.slice(left)
      left = lengths[++k]
    }
    if (text) out.push({ ...run, text })
    left -= text.length
  }
  return out
}

function runNode(s) {
  if (s === null) return el("br")
  if (!s.field) return s.text
  const attrs = { class: s.empty ? "fw-empty" : "fw-filled", "data-field": s.field }
  return el(s.empty ? "mark" : "span", attrs, s.text)
}

/**
 * The preview: one paragraph per line, its level as a class, empty fields marked; a title of
 * one line broken where the Word file breaks it (title.js).
 */
export function preview(lines, fields, values) {
  const filled = fillLines(lines, fields, values)
  const titles = filled.filter((line) => line.level === "title").length
  return filled.map((line) => {
    let runs = line.segments
    if (line.level === "title" && titles === 1) runs = cutRuns(runs, titleLines([line.text]).map((t) => t.length))
    return el("p", { class: `fw-l fw-l-${line.level}` }, runs.map(runNode))
  })
}
