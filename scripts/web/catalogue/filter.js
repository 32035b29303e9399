/*
 * The catalogue's filters and sorts, as pure functions over the rows of
 * assets/catalogue/catalogue-data.js (fanwen.render.catalogue): {href, title, year, kind,
 * region, source, chars, parts}. A filter state is {kind, years, region, source, parts, text,
 * sort}; it round-trips through the address's #fragment so a filtered list can be linked.
 */

export const SORTS = {
  "year-desc": { label: "年份（新→旧）", key: (r) => [-(r.year || 0), r.title] },
  "year-asc": { label: "年份（旧→新）", key: (r) => [r.year || 9999, r.title] },
  "chars-desc": { label: "字数（多→少）", key: (r) => [-r.chars, r.title] },
  "chars-asc": { label: "字数（少→多）", key: (r) => [r.chars, r.title] },
  title: { label: "标题", key: (r) => [r.title] },
}
export const RECENT = "recent" // the two latest years of the data
const own = (name) => Object.prototype.hasOwnProperty.call(SORTS, name) // not "constructor"

/** An empty state: every row passes, newest first. */
export function emptyState() {
  return { kind: "", years: [], region: "", source: "", parts: [], text: "", sort: "year-desc" }
}

/** The label of the "recent" choice, naming the years it stands for: 最近两个年份（2025、2023）. */
export function recentLabel(years) {
  const two = years.slice(0, 2)
  return two.length ? `最近两个年份（${two.join("、")}）` : "最近两个年份"
}

/** The years a state's year choice stands for: "recent" is the two latest years in `years`. */
export function chosenYears(state, years) {
  return state.years.flatMap((y) => (y === RECENT ? years.slice(0, 2) : [Number(y)]))
}

/** Whether a row passes every filter of the state. */
export function passes(row, state, years) {
  if (state.kind && row.kind !== state.kind) return false
  const wanted = chosenYears(state, years)
  if (wanted.length && !wanted.includes(row.year)) return false
  if (state.region && row.region !== state.region) return false
  if (state.source && row.source !== state.source) return false
  if (!state.parts.every((p) => row.parts.includes(p))) return false
  if (state.text && !row.title.includes(state.text.trim())) return false
  return true
}

function compare(a, b) {
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i]) return -1
    if (a[i] > b[i]) return 1
  }
  return 0
}

/** The rows that pass, in the state's order (stable: ties keep the data's order). */
export function select(rows, state, years) {
  const key = (own(state.sort) ? SORTS[state.sort] : SORTS["year-desc"]).key
  return rows
    .filter((row) => passes(row, state, years))
    .map((row, i) => ({ row, i, k: key(row) }))
    .sort((a, b) => compare(a.k, b.k) || a.i - b.i)
    .map((x) => x.row)
}

/** How many rows each value of a field has among `rows`: {乡镇党委: 12, …}, largest first. */
export function counts(rows, field) {
  const found = new Map()
  for (const row of rows) if (row[field]) found.set(row[field], (found.get(row[field]) || 0) + 1)
  return [...found].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
}

/** The state as a #fragment: "kind=乡镇党委&years=recent"; empty parts left out. */
export function toHash(state) {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(state)) {
    const text = Array.isArray(value) ? value.join(",") : value
    if (text && !(name === "sort" && text === "year-desc")) params.set(name, text)
  }
  return params.toString()
}

/** The state a #fragment describes (unknown names ignored). */
export function fromHash(hash) {
  const state = emptyState()
  const params = new URLSearchParams(hash.replace(/^#/, ""))
  for (const name of Object.keys(state)) {
    const value = params.get(name)
    if (value === null) continue
    state[name] = Array.isArray(state[name]) ? value.split(",").filter(Boolean) : value
  }
  if (!own(state.sort)) state.sort = "year-desc"
  return state
}
