/*
 * The check page's DOM: the draft with every finding marked in place, and the findings
 * listed under the checklist's groups. Draft text is data: it only ever goes into text nodes
 * and attributes (el() of desk/dom.js), never into innerHTML.
 *
 * Ids tie the two together: the first mark of finding k is #fw-f<k>, its entry in the list
 * #fw-l<k>; a mark's data-f lists the findings it belongs to.
 */
import { el } from "../desk/dom.js"
import { charCount, hasSpan, segments, worst } from "./report.js"

const SEVERITY = { error: "需修改", check: "请核对", update: "请更新", info: "请留意" }
const EXCERPT = 24

/** A span's text as quoted in the list: at most EXCERPT characters, line breaks as spaces. */
export function excerpt(text) {
  const chars = Array.from(text.replace(/\s+/g, " ").trim())
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT).join("")}…` : chars.join("")
}

/** The draft as nodes: plain text, and a <mark> (explanation as its title) per marked piece. */
export function markedDraft(text, findings) {
  const seen = new Set()
  return segments(text, findings).map((piece) => {
    if (!piece.findings.length) return document.createTextNode(piece.text)
    const mine = piece.findings.map((k) => findings[k])
    const first = piece.findings.find((k) => !seen.has(k))
    for (const k of piece.findings) seen.add(k)
    return el(
      "mark",
      {
        class: `fw-check-mark fw-sev-${worst(mine)}`,
        id: first === undefined ? null : `fw-f${first}`,
        title: [...new Set(mine.map((f) => f.message))].join("\n"),
        "data-f": piece.findings.join(" "),
        tabindex: "-1",
      },
      piece.text,
    )
  })
}

function sourceLink(finding, siteRoot) {
  const extra = finding.extra || {}
  if (!extra.location) return null
  return el("a", { class: "fw-check-source", href: siteRoot + extra.location }, "查看范文原文")
}

/** One finding in the list: severity, the quoted span (a link to its mark), the explanation. */
export function findingEntry(finding, k, siteRoot) {
  const quote = hasSpan(finding)
    ? el("a", { class: "fw-check-goto", href: `#fw-f${k}`, "data-goto": k }, excerpt(finding.text))
    : null
  const size = finding.rule === "copy.run" ? `（${charCount(finding.text)} 字）` : ""
  return el(
    "li",
    { id: `fw-l${k}`, class: `fw-check-finding fw-sev-${finding.severity}`, tabindex: "-1" },
    el("span", { class: "fw-check-sev" }, SEVERITY[finding.severity] || finding.severity),
    quote,
    size,
    " ",
    finding.message,
    finding.rule === "copy.run" ? sourceLink(finding, siteRoot) : null,
  )
}

function itemEntry(item, findings, siteRoot) {
  const state = !item.checked ? "manual" : item.ok ? "ok" : "fail"
  const mark = { manual: "○", ok: "✓", fail: "✗" }[state]
  const label = { manual: "请自行对照", ok: "通过", fail: "未通过" }[state]
  const list = item.findings.length
    ? el("ul", { class: "fw-check-findings" }, item.findings.map((k) => findingEntry(findings[k], k, siteRoot)))
    : null
  return el(
    "li",
    { class: `fw-check-item fw-check-${state}` },
    el("span", { class: "fw-check-state", title: label, "aria-label": label }, mark),
    el("span", { class: "fw-check-text" }, item.text),
    list,
  )
}

/** The findings under each checklist group, with the count of items passed in each. */
export function resultList(filed, findings, siteRoot) {
  const groups = filed.groups.map((group) =>
    el(
      "section",
      { class: "fw-check-group" },
      el(
        "h3",
        { class: "fw-check-group-h" },
        group.name,
        el("span", { class: "fw-check-count" }, `通过 ${group.passed}/${group.checked} 项`),
      ),
      el("ul", { class: "fw-check-items" }, group.items.map((item) => itemEntry(item, findings, siteRoot))),
    ),
  )
  if (filed.rest.length)
    groups.push(
      el(
        "section",
        { class: "fw-check-group" },
        el("h3", { class: "fw-check-group-h" }, "其他"),
        el("ul", { class: "fw-check-findings" }, filed.rest.map((k) => findingEntry(findings[k], k, siteRoot))),
      ),
    )
  return groups
}

/** The overall line: items passed, and how many spots are marked in the draft. */
export function summaryText(filed, findings, manual) {
  const marked = findings.filter(hasSpan).length
  const spots = marked ? `草稿中标出 ${marked} 处，鼠标停在标记上或点标记可看说明。` : "草稿中没有需要标出的地方。"
  return `可自动检查的 ${filed.checked} 项中通过 ${filed.passed} 项（另有 ${manual} 项请自行对照）。${spots}`
}
