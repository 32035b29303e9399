/*
 * The check page (check.html): a draft typed or pasted into the box, or taken from the
 * writing desk, is checked in the browser and shown twice: marked in place, and listed under
 * the checklist's groups. The box is saved to localStorage at every change, so a reload keeps
 * it; once checked, every edit is checked again at once. Nothing leaves the browser: the
 * exemplar text for the copying check comes from sources.js.
 */
import { el } from "../desk/dom.js"
import { checkDraft } from "./check.js"
import { deskText } from "./desk-text.js"
import { fileFindings } from "./report.js"
import { sourcesFor } from "./sources.js"
import { normalizeBreaks } from "./text.js"
import { markedDraft, resultList, summaryText } from "./view.js"

export const STORAGE_KEY = "fanwen-check-draft"
const RECHECK_MS = 250
const FROM_DESK = "from=desk" // check.html?from=desk, the desk's 检查草稿 link

/** Wire the page's frame (check.md.j2) to the rules and groups of check-data.js. */
export function initCheck(root, data, { storage, siteRoot, deskFields }) {
  const $ = (sel) => root.querySelector(sel)
  const input = $("[data-input]")
  const status = $("[data-status]")
  let sources = null // the copying check's {docs, shared} for the last draft checked
  let sourceError = ""
  let live = false
  let timer = null
  let undo = null

  const say = (...parts) => status.replaceChildren(...parts)

  async function loadSources(text) {
    if (sourceError) return
    if (!sources) say("正在读取范文原文，以便查找与范文相同的文字……")
    try {
      sources = await sourcesFor(text) // only the index pieces this draft's text needs
    } catch (err) {
      sourceError = `未能读取范文原文（${err.message}），本次没有检查与范文相同的文字。`
    }
  }

  function show(text, findings) {
    const manual = data.groups.reduce((n, g) => n + g.items.filter((i) => !i.finds.length).length, 0)
    const filed = fileFindings(findings, data.groups)
    $("[data-paper]").replaceChildren(...markedDraft(text, findings))
    $("[data-groups]").replaceChildren(...resultList(filed, findings, siteRoot))
    $("[data-summary]").textContent = summaryText(filed, findings, manual)
    root.classList.add("fw-check-done")
    return filed
  }

  async function run() {
    const text = normalizeBreaks(input.value)
    if (!text.trim()) {
      root.classList.remove("fw-check-done")
      return say("请先粘贴或输入草稿，再点“检查”。")
    }
    await loadSources(text)
    if (normalizeBreaks(input.value) !== text) return // changed meanwhile: the next run shows it
    performance.mark("fanwen-check-start")
    const findings = checkDraft(text, data.rules, sources && sources.docs, sources && sources.shared)
    show(text, findings)
    performance.measure("fanwen-check", "fanwen-check-start")
    live = true
    say(sourceError || `已检查（${new Date().toLocaleTimeString("zh-CN", { hour12: false })}），修改草稿后会自动重新检查。`)
  }

  function save() {
    try {
      storage.setItem(STORAGE_KEY, input.value)
    } catch {
      say("浏览器不允许保存草稿，刷新页面后框中的文字会丢失。")
    }
  }

  function takeDesk() {
    const text = deskText(storage, deskFields)
    if (!text) return say("写作台上还没有草稿。", " ", el("a", { href: `${siteRoot}desk.html` }, "去写作台"))
    undo = input.value && input.value !== text ? input.value : null
    input.value = text
    save()
    run().then(() => {
      if (!undo) return say(`已取来写作台上的草稿（${text.split("\n").length} 行）并完成检查。`)
      const back = el("button", { type: "button", class: "fw-desk-btn", "data-act": "undo" }, "撤销")
      say("已用写作台上的草稿替换框中原来的文字并完成检查。", " ", back)
    })
  }

  function goTo(k, from) {
    const target = root.querySelector(from === "list" ? `#fw-f${k}` : `#fw-l${k}`)
    if (!target) return
    target.scrollIntoView({ block: "center" })
    target.focus({ preventScroll: true })
    target.classList.remove("fw-flash")
    void target.offsetWidth // restart the flash
    target.classList.add("fw-flash")
  }

  const actions = {
    check: run,
    desk: takeDesk,
    undo() {
      if (undo === null) return
      input.value = undo
      undo = null
      save()
      run()
    },
  }

  root.addEventListener("click", (event) => {
    const act = event.target.closest("[data-act]")
    if (act && actions[act.dataset.act]) return actions[act.dataset.act]()
    const link = event.target.closest("[data-goto]")
    if (link) {
      event.preventDefault()
      return goTo(link.dataset.goto, "list")
    }
    const mark = event.target.closest("mark[data-f]")
    if (mark) goTo(mark.dataset.f.split(" ")[0], "mark")
  })
  input.addEventListener("input", () => {
    save()
    clearTimeout(timer)
    // Before the first check, read the index pieces the text needs, so 检查 answers at once.
    if (!live) timer = setTimeout(() => sourcesFor(normalizeBreaks(input.value)).catch(() => {}), RECHECK_MS)
    else timer = setTimeout(run, RECHECK_MS)
  })

  input.value = storage.getItem(STORAGE_KEY) || ""
  root.classList.add("fw-check-ready")
  if (location.search.slice(1) === FROM_DESK) {
    history.replaceState(null, "", location.pathname + location.hash)
    takeDesk()
  } else if (input.value.trim()) run()
}
