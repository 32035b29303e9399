/*
 * The writing desk page (desk.html): the draft in localStorage, edited through the views of
 * desk-parts.js; copy, Word, save to and open from a .json file, clear. Every change is
 * saved at once, so a reload or a closed tab loses nothing. Nothing leaves the browser.
 */
import { assemble, fillLines, plainText } from "./assemble.js"
import { barMenu } from "./bar-menu.js"
import { addableKinds, fieldsForm, partEditor, preview } from "./desk-parts.js"
import { copyText, el, safeName, saveFile, wordGenerator } from "./dom.js"
import { collectFields, fromEditable } from "./fill.js"
import * as D from "./draft.js"

const EMPTY_DESK =
  "写作台上还没有内容：从上面选一种方式开始，或在范文页、对照阅读页和各部分写法页点“加入写作台”。"

/** Wire the desk's frame (desk.md.j2) to the draft kept in `storage`. */
/** Keep --fw-desk-bar-height at the sticky bar's height: the page scrolls a focused control
 * clear of it (scroll-padding-top in fanwen.css), however many lines its controls wrap to. */
function trackBarHeight(bar) {
  if (!bar) return
  const set = () => document.documentElement.style.setProperty("--fw-desk-bar-height", `${bar.offsetHeight}px`)
  set()
  if (window.ResizeObserver) new ResizeObserver(set).observe(bar)
}

export function initDesk(root, data, { storage, persistent, siteRoot }) {
  const $ = (sel) => root.querySelector(sel)
  const parts = $("[data-parts]")
  const form = $("[data-fields]")
  const paper = $("[data-preview]")
  const status = $("[data-status]")
  let draft = D.loadDraft(storage)
  let shownFields = ""

  let sayTimer = null
  const say = (message) => {
    status.textContent = message
    clearTimeout(sayTimer)
    sayTimer = setTimeout(() => (status.textContent = ""), 10000)
  }
  const save = () => D.saveDraft(storage, draft)
  const lines = () => assemble(draft.parts)
  const used = () => collectFields(draft.parts.flatMap((p) => [p.heading, p.text]), data.fields)

  function renderParts() {
    const editors = draft.parts.map((p, k) => partEditor(data, p, k, draft.parts.length, siteRoot, draft.body))
    parts.replaceChildren(...(editors.length ? editors : [el("p", { class: "fw-desk-hint" }, EMPTY_DESK)]))
  }

  function renderFields(force) {
    const fields = used()
    const key = `${draft.parts.length > 0} ${fields.map((f) => f.name).join(" ")}`
    if (!force && key === shownFields) return
    shownFields = key
    form.replaceChildren(...(draft.parts.length ? fieldsForm(fields, draft.values, D.yearHints(data, draft)) : []))
  }

  function renderPreview() {
    const found = lines()
    const blank = el("p", { class: "fw-desk-hint" }, "（预览为空）")
    paper.replaceChildren(...(found.length ? preview(found, data.fields, draft.values) : [blank]))
    const segments = fillLines(found, data.fields, draft.values).flatMap((l) => l.segments)
    const empty = new Set(segments.filter((s) => s.empty).map((s) => s.field))
    const count = $("[data-empty-count]")
    if (empty.size) count.textContent = `还有 ${empty.size} 个字段未填，在预览中标为〔字段名〕。`
    else count.textContent = found.length ? "字段已全部填写。" : ""
  }

  function renderAll() {
    $("[data-sealed]").value = draft.sealed ? "sealed" : "plain"
    renderParts()
    renderFields(true)
    renderPreview()
  }

  function change(next, { structure = false } = {}) {
    draft = next
    save()
    if (structure) renderParts()
    renderFields(false)
    renderPreview()
  }

  const replaceParts = (message) => !draft.parts.length || window.confirm(message)

  // Who and when: the kind of body, the year and the period, kept with the draft. A choice
  // fills its values (the unit's name, the meetings and campaign of the year) where the writer
  // has typed nothing of their own; the start buttons then follow the kind.
  const bodySelect = $("[data-body]")
  const yearSelect = $("[data-year]")
  const periodSelect = $("[data-period]")
  const calendar = data.calendar || { years: [], periods: [], default: {} }
  ;(data.kinds || []).forEach((k) => bodySelect.append(el("option", { value: k.id }, k.name)))
  calendar.years.forEach((y) => yearSelect.append(el("option", { value: String(y) }, `${y}年`)))
  calendar.periods.forEach((p) => periodSelect.append(el("option", { value: p }, p)))
  function showChoices() {
    bodySelect.value = draft.body
    yearSelect.value = draft.year || D.reportYear(calendar.years, new Date(), calendar.default.year || "")
    periodSelect.value = draft.period || calendar.default.period || ""
  }
  const chosen = () => D.choose(data, draft, { body: bodySelect.value, year: yearSelect.value, period: periodSelect.value })
  const choices = (d) => ({ body: d.body, year: d.year, period: d.period })
  for (const select of [bodySelect, yearSelect, periodSelect]) {
    select.addEventListener("change", () => {
      change(chosen(), { structure: true })
      renderFields(true)
      if (select === bodySelect && draft.body) say(`已选“${bodySelect.selectedOptions[0].textContent}”：点“从全文框架开始”，各部分按这类单位的工作排好。`)
    })
  }

  // Start: the full skeleton, one part, or nothing; values typed so far are kept.
  const startRole = $("[data-start-role]")
  const addKind = $("[data-add-kind]")
  data.roles.forEach((r) => startRole.append(el("option", { value: r.id }, r.name)))
  addableKinds(data).forEach(([kind, name]) => addKind.append(el("option", { value: kind }, name)))
  addKind.value = data.roles.length ? data.roles[0].id : "own"

  const acts = {
    skeleton() {
      if (!replaceParts("用全文框架替换写作台上现有的各部分吗？已填写的字段会保留。")) return
      const base = chosen()
      change(D.setSealed(D.skeletonDraft(data, base.values, choices(base)), draft.sealed), { structure: true })
      say("已按全文框架排好各部分，请在“填空”中填写字段。")
    },
    one() {
      if (!replaceParts("只保留所选的这一部分，替换写作台上现有的各部分吗？")) return
      const base = chosen()
      change(D.setSealed(D.oneDraft(data, startRole.value, base.values, choices(base)), draft.sealed), {
        structure: true,
      })
    },
    empty() {
      if (!replaceParts("删除写作台上现有的各部分吗？已填写的字段会保留。")) return
      const base = chosen()
      change({ ...D.emptyDraft(), ...choices(base), values: base.values, sealed: draft.sealed }, { structure: true })
    },
    add() {
      const first = D.offers(data, addKind.value, draft.body)[0] ?? 0
      change(D.addPart(draft, D.newPart(data, addKind.value, first)), { structure: true })
      const editor = parts.lastElementChild
      editor.scrollIntoView({ block: "nearest" })
      editor.querySelector("textarea").focus()
    },
    async copy() {
      const text = plainText(lines(), data.fields, draft.values)
      if (!text) return say("写作台上没有可复制的内容。")
      try {
        await copyText(text)
        say(`已复制全文（${text.split("\n").length} 行），可粘贴到 Word 或 WPS。`)
      } catch (err) {
        say(`复制失败：${err.message}`)
      }
    },
    async word() {
      const filled = fillLines(lines(), data.fields, draft.values).map(({ text, level }) => ({ text, level }))
      if (!filled.length) return say("写作台上没有内容，无法生成 Word 文件。")
      const title = (filled.find((l) => l.level === "title") || {}).text
      const name = `${safeName(title, "写作台草稿")}.docx`
      const options = { title: title || "", sealed: draft.sealed }
      saveFile(await (await wordGenerator(siteRoot)).wordBlob(filled, options), name)
      say(`已生成 Word 文件“${name}”（GB/T 9704 公文格式）。`)
    },
    save() {
      const stamp = new Date().toLocaleDateString("sv").replaceAll("-", "")
      const text = JSON.stringify(JSON.parse(D.serialize(draft)), null, 2)
      saveFile(new Blob([text], { type: "application/json" }), `写作台草稿-${stamp}.json`)
      say("已保存草稿文件；在另一台电脑上用“打开文件”即可接着写。")
    },
    open() {
      $("[data-open-file]").click()
    },
    clear() {
      if (!window.confirm("清空写作台？所有部分和已填写的字段都将删除，不能撤销。")) return
      draft = D.emptyDraft()
      storage.removeItem(D.STORAGE_KEY)
      showChoices()
      renderAll()
      say("写作台已清空。")
    },
  }

  root.addEventListener("click", (event) => {
    const target = event.target.closest("[data-act]")
    if (!target || !root.contains(target)) return
    const part = target.closest(".fw-part")
    const act = target.dataset.act
    if (part && act === "up") change(D.movePart(draft, part.dataset.id, -1), { structure: true })
    else if (part && act === "down") change(D.movePart(draft, part.dataset.id, 1), { structure: true })
    else if (part && act === "remove") change(D.removePart(draft, part.dataset.id), { structure: true })
    else if (acts[act]) acts[act]()
  })

  parts.addEventListener("input", (event) => {
    const part = event.target.closest(".fw-part")
    const edit = event.target.dataset.edit
    if (!part || (edit !== "text" && edit !== "heading")) return
    const value = edit === "text" ? fromEditable(event.target.value, data.fields) : event.target.value
    change(D.updatePart(draft, part.dataset.id, { [edit]: value }))
  })

  parts.addEventListener("change", (event) => {
    if (event.target.dataset.edit !== "variant") return
    const id = event.target.closest(".fw-part").dataset.id
    const part = draft.parts.find((p) => p.id === id)
    const role = data.roles.find((r) => r.id === part.kind)
    const k = Number(event.target.value)
    const edited = part.variant !== null && part.text !== role.variants[part.variant].text
    if (edited && !window.confirm("换用所选写法？你对这一部分文字的修改将被替换。")) {
      event.target.value = String(part.variant)
      return
    }
    change(D.updatePart(draft, id, { text: role.variants[k].text, variant: k }), { structure: true })
  })

  $("[data-sealed]").addEventListener("change", (event) => {
    change(D.setSealed(draft, event.target.value === "sealed"))
  })

  form.addEventListener("input", (event) => {
    if (!event.target.name) return
    const next = D.setValue(draft, event.target.name, event.target.value)
    for (const name of Object.keys(D.FOLLOWS)) {
      const box = form.querySelector(`[name="${name}"]`)
      if (box && next.values[name] !== draft.values[name]) box.value = next.values[name]
    }
    change(next)
  })

  $("[data-open-file]").addEventListener("change", async (event) => {
    const file = event.target.files[0]
    event.target.value = ""
    if (!file) return
    try {
      const opened = D.parseDraft(await file.text())
      if (!D.isEmpty(draft) && !window.confirm("用文件中的草稿替换写作台上现有的内容吗？")) return
      change(opened, { structure: true })
      showChoices()
      renderFields(true)
      say(`已打开“${file.name}”。`)
    } catch (err) {
      say(`无法打开“${file.name}”：${err.message}`)
    }
  })

  // Another tab (an exemplar page's 加入写作台) changed the draft.
  window.addEventListener("storage", (event) => {
    if (event.key !== D.STORAGE_KEY && event.key !== null) return
    draft = D.loadDraft(storage)
    showChoices()
    renderAll()
  })

  showChoices()
  renderAll()
  trackBarHeight(root.querySelector(".fw-desk-bar"))
  barMenu(root.querySelector(".fw-desk-bar"))
  if (!persistent) {
    const warning = "浏览器不允许在本机保存数据：关闭页面后草稿不会保留，请用“保存到文件”。"
    root.querySelector(".fw-desk-bar").append(el("p", { class: "fw-desk-status" }, warning))
  }
  root.classList.add("fw-desk-ready")
}
