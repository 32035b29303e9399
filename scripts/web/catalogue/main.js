/*
 * Entry of assets/catalogue/fanwen-catalogue.js: the catalogue page's filters, sort and list,
 * over window.fanwenCatalogue (assets/catalogue/catalogue-data.js). Choices are buttons
 * (one click each), the list shows 50 rows and 50 more on request, and the state lives in the
 * address's #fragment. Every value is set with textContent: titles are data, never HTML.
 */
import { RECENT, SORTS, counts, emptyState, fromHash, recentLabel, select, toHash } from "./filter.js"

const STEP = 50

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value)
  if (text !== undefined) node.textContent = text
  return node
}

function chipRow(label, chips) {
  const row = el("div", { class: "fw-cat-row" })
  row.append(el("span", { class: "fw-cat-label" }, label), ...chips)
  return row
}

function chip(text, pressed, onClick, attrs = {}) {
  const button = el("button", { type: "button", class: "fw-cat-chip", "aria-pressed": String(pressed), ...attrs }, text)
  button.addEventListener("click", onClick)
  return button
}

/** A drop-down of a field's values; none (null) when no row gives the field a value. */
function selectBox(label, name, options, value, onChange) {
  if (!options.length) return null
  const box = el("select", { "aria-label": label, "data-filter": name })
  box.append(el("option", { value: "" }, `${label}：全部`))
  for (const [v, n] of options) box.append(el("option", { value: v }, `${v}（${n}）`))
  box.value = value
  box.addEventListener("change", () => onChange(box.value))
  return box
}

function rowItem(row, names, base, own) {
  const tr = el("tr")
  const title = el("span")
  title.append(el("a", { href: base + row.href }, row.title))
  // The project's own model reports say so, as their pages do.
  if (own && row.source === own) title.append(" ", el("span", { class: "fw-cat-own", title: "本站编写的示范文本，不是任何单位的真实报告" }, own))
  const cells = [
    title,
    row.year ? String(row.year) : "—",
    row.kind || "—",
    row.region || "—",
    String(row.chars),
    row.parts.map((p) => names[p] || p).join("、") || "—",
  ]
  const heads = ["标题", "年份", "单位类型", "地区", "字数", "包含的部分"]
  cells.forEach((cell, i) => {
    const td = el("td", { "data-label": heads[i] })
    td.append(cell)
    tr.append(td)
  })
  return tr
}

function mount(root, data) {
  const base = root.getAttribute("data-base") || ""
  let state = fromHash(location.hash)
  let shown = STEP

  function set(change) {
    state = { ...state, ...change }
    shown = STEP
    history.replaceState(null, "", "#" + toHash(state))
    render()
  }
  function toggle(list, value) {
    return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
  }

  function render() {
    const rows = select(data.rows, state, data.years)
    const kinds = counts(data.rows, "kind")
    const filters = el("div", { class: "fw-cat-filters" })
    filters.append(
      chipRow("单位类型", [
        chip("全部", !state.kind, () => set({ kind: "" })),
        ...kinds.map(([k, n]) => chip(`${k} ${n}`, state.kind === k, () => set({ kind: state.kind === k ? "" : k }), { "data-kind": k })),
      ]),
      chipRow("年份", [
        chip("全部", !state.years.length, () => set({ years: [] })),
        chip(recentLabel(data.years), state.years.includes(RECENT), () => set({ years: toggle(state.years, RECENT) }), { "data-year": RECENT }),
        ...data.years.map((y) => chip(String(y), state.years.includes(String(y)), () => set({ years: toggle(state.years, String(y)) }), { "data-year": String(y) })),
      ]),
      chipRow("包含部分", data.roles.map((r) => chip(r.name, state.parts.includes(r.id), () => set({ parts: toggle(state.parts, r.id) }), { "data-part": r.id }))),
    )
    const more = el("div", { class: "fw-cat-row" })
    more.append(
      ...[
        selectBox("地区", "region", counts(data.rows, "region"), state.region, (v) => set({ region: v })),
        selectBox("来源", "source", counts(data.rows, "source"), state.source, (v) => set({ source: v })),
      ].filter(Boolean),
    )
    const text = el("input", { type: "search", placeholder: "标题中的字词", "aria-label": "按标题筛选", "data-filter": "text" })
    text.value = state.text
    text.addEventListener("change", () => set({ text: text.value }))
    const sort = el("select", { "aria-label": "排序", "data-filter": "sort" })
    for (const [id, s] of Object.entries(SORTS)) sort.append(el("option", { value: id }, `排序：${s.label}`))
    sort.value = state.sort
    sort.addEventListener("change", () => set({ sort: sort.value }))
    more.append(text, sort)
    filters.append(more)

    const count = el("p", { class: "fw-cat-count", "aria-live": "polite" }, `符合条件的范文 ${rows.length} 篇（共 ${data.rows.length} 篇）`)
    const table = el("table", { class: "fw-cat-table" })
    const head = el("tr")
    for (const h of ["标题", "年份", "单位类型", "地区", "字数", "包含的部分"]) head.append(el("th", {}, h))
    table.append(el("thead"), el("tbody"))
    table.tHead.append(head)
    const names = Object.fromEntries(data.roles.map((r) => [r.id, r.name]))
    for (const row of rows.slice(0, shown)) table.tBodies[0].append(rowItem(row, names, base, data.own))
    const parts = [filters, count, table]
    if (rows.length > shown) {
      const button = el("button", { type: "button", class: "fw-cat-more" }, `再显示 ${Math.min(STEP, rows.length - shown)} 篇`)
      button.addEventListener("click", () => {
        shown += STEP
        render()
      })
      parts.push(button)
    }
    root.replaceChildren(...parts)
  }

  window.addEventListener("hashchange", () => {
    state = fromHash(location.hash)
    render()
  })
  render()
  window.__fanwenCatalogue = { state: () => state, emptyState }
}

const root = document.getElementById("fw-catalogue")
if (root && window.fanwenCatalogue) mount(root, window.fanwenCatalogue)
