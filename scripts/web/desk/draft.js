/*
 * The draft on the writing desk: the parts of the report, in order, and the values typed
 * into the fields. It lives in the browser's localStorage (and in .json files the writer
 * saves), never anywhere else:
 *
 *   {app: "fanwen-desk", version: 1, body: kind of body id ("" for none), year, period,
 *    parts: [{id, kind, heading, text, variant, from}], values: {field name: text}, sealed}
 *
 * kind is "title", "recipient", a role id of snippets/roles/ ("opening", …), "block" (taken
 * from an exemplar or a comparison page; from = {title, link}) or "own" (the writer's own
 * text). text holds {field} markers; variant is the index of the role's variant it came from.
 * sealed: the Word file's 落款 is laid out for a seal (GB/T 9704 7.3.5.1), else without one.
 * The functions here return new drafts and never change the one given.
 */
import { bareHeading } from "./assemble.js"

export const STORAGE_KEY = "fanwen-desk-draft"
const APP = "fanwen-desk"
const VERSION = 1

export function emptyDraft() {
  return { app: APP, version: VERSION, body: "", year: "", period: "", parts: [], values: {}, sealed: false }
}

function str(value) {
  return typeof value === "string" ? value : ""
}

function normPart(part, k) {
  if (!part || typeof part !== "object" || typeof part.kind !== "string")
    throw new Error(`第 ${k + 1} 部分不完整`)
  const from = part.from && typeof part.from === "object" ? { title: str(part.from.title), link: str(part.from.link) } : null
  return {
    id: str(part.id) || `p${k + 1}`,
    kind: part.kind,
    heading: str(part.heading),
    text: str(part.text),
    variant: Number.isInteger(part.variant) ? part.variant : null,
    from,
  }
}

/** A draft read from JSON text (or an object), checked and put in the usual shape. */
export function parseDraft(source) {
  let data = source
  if (typeof source === "string") {
    try {
      data = JSON.parse(source)
    } catch {
      throw new Error("文件不是写作台草稿（无法读取 JSON）")
    }
  }
  if (!data || data.app !== APP || !Array.isArray(data.parts))
    throw new Error("文件不是写作台草稿")
  if (data.version > VERSION) throw new Error("草稿来自更新版本的写作台，请更新站点后再打开")
  const values = {}
  for (const [name, value] of Object.entries(data.values || {}))
    if (typeof value === "string") values[name] = value
  const parts = data.parts.map(normPart)
  const ids = new Set(parts.map((p) => p.id))
  if (ids.size !== parts.length) parts.forEach((p, k) => (p.id = `p${k + 1}`))
  return {
    ...emptyDraft(),
    body: str(data.body),
    year: str(data.year),
    period: str(data.period),
    parts,
    values,
    sealed: data.sealed === true,
  }
}

export function serialize(draft) {
  return JSON.stringify(parseDraft(draft))
}

/** Whether there is nothing on the desk: no part and no value typed. */
export function isEmpty(draft) {
  return draft.parts.length === 0 && !Object.values(draft.values).some((v) => v.trim())
}

function nextId(draft) {
  const taken = draft.parts.map((p) => Number(/^p(\d+)$/.exec(p.id)?.[1] || 0))
  return `p${Math.max(0, ...taken) + 1}`
}

function roleOf(data, id) {
  return data.roles.find((role) => role.id === id)
}

/** The heading the full skeleton gives a role's part, without its number ("" if none). */
export function skeletonHeading(data, roleId) {
  const part = data.skeleton.parts.find((p) => p.role === roleId)
  return part ? bareHeading(part.heading) : ""
}

/** The kind of body of the data (window.fanwenDeskData.kinds) with this id, else the general one. */
export function bodyOf(data, id) {
  const kinds = data.kinds || []
  return kinds.find((k) => k.id === id) || kinds.find((k) => k.id === "") || null
}

/** The variants (indices) a role offers a kind of body: its own first, then the general ones. */
export function offers(data, roleId, body = "") {
  const entry = bodyOf(data, body)
  const role = roleOf(data, roleId)
  if (entry && entry.offers[roleId]) return entry.offers[roleId]
  return role ? role.variants.map((_, k) => k) : []
}

/**
 * The year whose report is written on `today`: the year of the day two months earlier, since
 * a year's report is written from its autumn to the next February; the newest offered year
 * not after it (years newest first), else `fallback`.
 * reportYear([2026, 2025], new Date(2027, 1, 10)) → 2026; in March 2027 → 2026 as well (2027 not offered)
 */
export function reportYear(years, today, fallback = "") {
  const back = new Date(today.getFullYear(), today.getMonth() - 2, 1)
  const year = years.map(Number).find((y) => y <= back.getFullYear())
  return year === undefined ? String(fallback) : String(year)
}

/** The values a year and period fill in ({} when the data has none for them). */
export function yearValues(data, year, period) {
  const table = (data.calendar && data.calendar.values) || {}
  return (table[year] && table[year][period]) || {}
}

export const NONE_THIS_YEAR = "本年度的数据中没有，请按上级部署填写，或删去这一句"

/**
 * Hints for the fields that follow the chosen year: that year's own value as the example (never
 * another year's), a note where the data has none (a campaign not yet launched), and the date
 * a year's report is signed on.
 * yearHints(data, {year: "2026", period: "年度"}).campaign → NONE_THIS_YEAR when 2026 lists none
 */
export function yearHints(data, draft) {
  const hints = {}
  for (const [name, value] of Object.entries(yearValues(data, draft.year, draft.period)))
    hints[name] = value ? `例：${value}` : NONE_THIS_YEAR
  if (draft.year && draft.period === "年度") hints.date = `例：${draft.year}年12月20日`
  return hints
}

/**
 * The values with `fresh` filled in where the writer has typed nothing, or left what an earlier
 * choice filled (`stale`): a changed year renews its meetings, a name the writer typed stays.
 */
export function refill(values, fresh, stale = {}) {
  const out = { ...values }
  for (const [name, value] of Object.entries(fresh)) {
    const now = typeof out[name] === "string" ? out[name].trim() : ""
    if (!now || now === stale[name]) out[name] = value
  }
  return out
}

/** The draft for another choice of kind of body, year or period: its values refilled. */
export function choose(data, draft, { body = draft.body, year = draft.year, period = draft.period }) {
  const oldBody = bodyOf(data, draft.body)
  const newBody = bodyOf(data, body)
  let values = refill(draft.values, newBody ? newBody.values : {}, oldBody ? oldBody.values : {})
  values = refill(values, yearValues(data, year, period), yearValues(data, draft.year, draft.period))
  return { ...draft, body: newBody ? newBody.id : "", year: String(year), period: String(period), values }
}

/** A new part of a kind: the skeleton's title or recipient, a role's variant, or empty text. */
export function newPart(data, kind, variant = 0) {
  const part = { kind, heading: "", text: "", variant: null, from: null }
  if (kind === "title" || kind === "recipient") part.text = data.skeleton[kind]
  const role = roleOf(data, kind)
  if (role) {
    const k = Math.min(variant, role.variants.length - 1)
    Object.assign(part, { heading: skeletonHeading(data, kind), text: role.variants[k].text, variant: k })
  }
  return part
}

/** A block taken from an exemplar or a comparison page. */
export function blockPart(text, title, link) {
  return { kind: "block", heading: "", text: text.trim(), variant: null, from: { title, link } }
}

/**
 * The draft with a part added at the end of its body: before the closing (特此报告, the
 * signature and the date) when it has one, so a paragraph taken from an exemplar never lands
 * under the date; a closing itself goes last.
 */
export function addPart(draft, part) {
  const parts = [...draft.parts]
  let at = parts.length
  if (part.kind !== "closing") while (at > 0 && parts[at - 1].kind === "closing") at -= 1
  parts.splice(at, 0, { ...part, id: nextId(draft) })
  return { ...draft, parts }
}

export function removePart(draft, id) {
  return { ...draft, parts: draft.parts.filter((p) => p.id !== id) }
}

/** The part moved up (delta -1) or down (+1); at either end it stays. */
export function movePart(draft, id, delta) {
  const parts = [...draft.parts]
  const at = parts.findIndex((p) => p.id === id)
  const to = at + delta
  if (at === -1 || to < 0 || to >= parts.length) return draft
  ;[parts[at], parts[to]] = [parts[to], parts[at]]
  return { ...draft, parts }
}

export function updatePart(draft, id, changes) {
  return { ...draft, parts: draft.parts.map((p) => (p.id === id ? { ...p, ...changes } : p)) }
}

/** The draft with its closing laid out for a seal (true) or without one. */
export function setSealed(draft, sealed) {
  return { ...draft, sealed: Boolean(sealed) }
}

/**
 * Fields that follow another while the writer has not made them differ from it: the body that
 * reports signs the report (落款机关 follows 报告主体全称).
 */
export const FOLLOWS = { signatory: "unit" }

export function setValue(draft, name, value) {
  const values = { ...draft.values, [name]: value }
  for (const [follower, leader] of Object.entries(FOLLOWS))
    if (leader === name && (draft.values[follower] || "") === (draft.values[leader] || "")) values[follower] = value
  return { ...draft, values }
}

/**
 * A draft of the full skeleton: title, recipient and every part in standard order, each part
 * with the variants its kind of body takes (`base` gives the choices and values kept).
 */
export function skeletonDraft(data, values = {}, base = {}) {
  let draft = { ...emptyDraft(), ...base, parts: [], values: { ...values } }
  draft = addPart(draft, newPart(data, "title"))
  draft = addPart(draft, newPart(data, "recipient"))
  const entry = bodyOf(data, draft.body)
  if (entry) {
    for (const part of entry.parts) {
      part.variants.forEach((k, i) => {
        const made = newPart(data, part.role, k)
        draft = addPart(draft, { ...made, heading: i === 0 ? bareHeading(part.heading) : "" })
      })
    }
    return draft
  }
  for (const part of data.skeleton.parts) {
    const role = roleOf(data, part.role)
    const count = part.take === "all" ? role.variants.length : 1
    for (let k = 0; k < count; k++) {
      const made = newPart(data, part.role, k)
      draft = addPart(draft, { ...made, heading: k === 0 ? bareHeading(part.heading) : "" })
    }
  }
  return draft
}

/** A draft holding one part of a role, in the first variant its kind of body is offered. */
export function oneDraft(data, roleId, values = {}, base = {}) {
  const draft = { ...emptyDraft(), ...base, parts: [], values: { ...values } }
  return addPart(draft, newPart(data, roleId, offers(data, roleId, draft.body)[0] ?? 0))
}

/** The draft kept in storage (localStorage), or an empty one. */
export function loadDraft(storage) {
  try {
    const text = storage.getItem(STORAGE_KEY)
    return text ? parseDraft(text) : emptyDraft()
  } catch {
    return emptyDraft()
  }
}

export function saveDraft(storage, draft) {
  storage.setItem(STORAGE_KEY, serialize(draft))
}
