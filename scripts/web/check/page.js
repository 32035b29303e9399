/*
 * The check page (check.html): a draft typed or pasted into the box, or taken from the
 * writing desk, is checked in the browser and shown twice: marked in place, and listed under
 * the checklist's groups. The box is saved to localStorage at every change, so a reload keeps
 * it; once checked, every edit is checked again at once. Nothing leaves the browser: the
 * exemplar text for the copying check comes from sources.js.
 *
 * The report's year is the title's unless the writer types one in 报告年度 (or the desk's
 * year field comes with its draft). 从去年的报告开始 (renew.js) checks last year's report for
 * the new year and also marks its earlier years and its figures; the mode, like the year, is
 * kept in localStorage until the writer ends it. 放到写作台 puts the text on the desk
 * (to-desk.js), replacing the desk's draft once the writer agrees.
 */
import { el } from "../desk/dom.js"
import { checkDraft } from "./check.js"
import { isEmpty, loadDraft, saveDraft } from "../desk/draft.js"
import { deskText, deskYear } from "./desk-text.js"
import { fileFindings } from "./report.js"
import { sourcesFor } from "./sources.js"
import { draftPeriod } from "./formulations.js"
import { renewFindings, renewGroups, renewYear } from "./renew.js"
import { normalizeBreaks, probeText, sortFindings } from "./text.js"
import { deskDraft } from "./to-desk.js"
import { markedDraft, resultList, summaryText } from "./view.js"

export const STORAGE_KEY = "fanwen-check-draft"
export const YEAR_KEY = "fanwen-check-year"
export const RENEW_KEY = "fanwen-check-renew"
const RECHECK_MS = 250
const FROM_DESK = "from=desk" // check.html?from=desk, the desk's 检查草稿 link

/** Wire the page's frame (check.md.j2) to the rules and groups of check-data.js. */
export function initCheck(root, data, { storage, siteRoot, deskFields }) {
  const $ = (sel) => root.querySelector(sel)
  const input = $("[data-input]")
  const status = $("[data-status]")
  const yearInput = $("[data-year]")
  let renewing = storage.getItem(RENEW_KEY) === "1"
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

  /** The year typed in 报告年度 (four digits, full-width ones too), or null. */
  const givenYear = () => {
    const typed = yearInput.value.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    return /^(19|20)\d{2}$/.test(typed) ? Number(typed) : null
  }
  const titleYear = (text) => draftPeriod(probeText(text, data.rules.text.wide_alnum), data.rules.formulations.meetings)?.year ?? null

  function show(text, findings, groups) {
    const manual = groups.reduce((n, g) => n + g.items.filter((i) => !i.finds.length).length, 0)
    const filed = fileFindings(findings, groups)
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
    const year = givenYear()
    let findings = checkDraft(text, data.rules, sources && sources.docs, { year, shared: sources && sources.shared })
    let groups = data.groups
    if (renewing && year) {
      findings = sortFindings([...findings, ...renewFindings(text, data.rules, year, findings)])
      groups = renewGroups(data.rules, groups)
    }
    show(text, findings, groups)
    performance.measure("fanwen-check", "fanwen-check-start")
    live = true
    const when = `（${new Date().toLocaleTimeString("zh-CN", { hour12: false })}）`
    const noYear = year || titleYear(text) ? "" : "标题中没有找到年份：在“报告年度”中填写后，还可核对年份、学习教育和会议精神。"
    if (sourceError) say(sourceError)
    else if (renewing && year) say(`已按${year}年标出去年报告中要改的地方${when}，改好后点“改完了”做全面检查。`)
    else say(`已检查${when}，修改草稿后会自动重新检查。${noYear}`)
  }

  function saveYear() {
    try {
      storage.setItem(YEAR_KEY, yearInput.value.trim())
    } catch {
      /* the draft's own save says so */
    }
  }

  function setRenewing(on) {
    renewing = on
    root.classList.toggle("fw-renewing", on)
    try {
      if (on) storage.setItem(RENEW_KEY, "1")
      else storage.removeItem(RENEW_KEY)
    } catch {
      /* the draft's own save says so */
    }
  }

  function renew() {
    clearTimeout(timer)
    const text = normalizeBreaks(input.value)
    if (!text.trim()) return say("请先把去年的报告粘贴到框里。")
    const year = renewYear(givenYear(), titleYear(text))
    if (!year) {
      yearInput.focus()
      return say("去年的报告标题中没有年份：请在“报告年度”中填写今年的年份。")
    }
    yearInput.value = String(year)
    saveYear()
    setRenewing(true)
    return run()
  }

  function save() {
    try {
      storage.setItem(STORAGE_KEY, input.value)
    } catch {
      say("浏览器不允许保存草稿，刷新页面后框中的文字会丢失。")
    }
  }

  function takeDesk() {
    clearTimeout(timer) // an edit's pending check would replace what this one says
    const text = deskText(storage, deskFields)
    if (!text) return say("写作台上还没有草稿。", " ", el("a", { href: `${siteRoot}desk.html` }, "去写作台"))
    undo = input.value && input.value !== text ? input.value : null
    input.value = text
    const year = deskYear(storage)
    if (year && !givenYear()) {
      yearInput.value = year
      saveYear()
    }
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
    renew,
    endrenew() {
      setRenewing(false)
      return run()
    },
    todesk() {
      const text = normalizeBreaks(input.value)
      if (!text.trim()) return say("框中还没有文字。")
      const ask = "写作台上已有草稿，用框中的文字替换它吗？（要留底，先到写作台“保存到文件”。）"
      if (!isEmpty(loadDraft(storage)) && !window.confirm(ask)) return
      try {
        saveDraft(storage, deskDraft(text, givenYear()))
      } catch {
        return say("浏览器不允许保存，没能放到写作台。")
      }
      location.href = `${siteRoot}desk.html`
    },
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

  yearInput.addEventListener("input", () => {
    saveYear()
    clearTimeout(timer)
    if (live) timer = setTimeout(run, RECHECK_MS)
  })

  input.value = storage.getItem(STORAGE_KEY) || ""
  yearInput.value = storage.getItem(YEAR_KEY) || ""
  setRenewing(renewing)
  root.classList.add("fw-check-ready")
  if (location.search.slice(1) === FROM_DESK) {
    history.replaceState(null, "", location.pathname + location.hash)
    takeDesk()
  } else if (input.value.trim()) run()
}
