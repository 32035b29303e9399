// The check page's pure parts: findings filed under the checklist (check/report.js), the draft
// cut into marked pieces, the desk's draft as text (check/desk-text.js), the index records the
// copying check reads (check/sources.js) and the quoted excerpt of a finding (check/view.js).
import assert from "node:assert/strict"
import { test } from "node:test"

import { STORAGE_KEY } from "../../scripts/web/desk/draft.js"
import { deskText, deskYear } from "../../scripts/web/check/desk-text.js"
import { charCount, fileFindings, hasSpan, ruleIn, segments, worst } from "../../scripts/web/check/report.js"
import { keyed } from "../../scripts/web/check/copies.js"
import { GRAM, WINDOW, fingerprints } from "../../scripts/web/check/fingerprints.js"
import { PER_PROBE, choose, chunkDocs, decodePiece, probesOf } from "../../scripts/web/check/sources.js"
import { excerpt } from "../../scripts/web/check/view.js"

const GROUPS = [
  { name: "结构完整", items: [{ text: "三部分齐全", finds: ["structure.frame", "structure.order"] }] },
  {
    name: "干净可报",
    items: [
      { text: "没有占位符", finds: ["placeholder"] },
      { text: "没有网页文字", finds: ["noise", "mask"] },
      { text: "自行对照的一项", finds: [] },
    ],
  },
  { name: "责任事项", items: [{ text: "网络意识形态工作", finds: ["structure.duties"], subject: "network" }, { text: "队伍建设", finds: ["structure.duties"], subject: "team" }] },
]

function f(rule, start, end, severity = "error", subject = null) {
  return { rule, start, end, severity, subject, text: "", message: rule, group: "", extra: {} }
}

test("a rule is in its own id and under its prefix, not under a longer name", () => {
  assert.ok(ruleIn("noise.watermark", "noise"))
  assert.ok(ruleIn("structure.order", "structure.order"))
  assert.ok(!ruleIn("noisy.x", "noise"))
  assert.ok(!ruleIn("structure.order", "structure.ord"))
})

test("findings are filed under their items, with items passed per group and overall", () => {
  const findings = [f("placeholder.run", 4, 6), f("placeholder.gap", 9, 10), f("structure.duties", null, null, "check", "team"), f("copy.run", 0, 20, "info")]
  const filed = fileFindings(findings, GROUPS)
  assert.deepEqual(
    filed.groups.map((g) => [g.name, g.passed, g.checked]),
    [["结构完整", 1, 1], ["干净可报", 1, 2], ["责任事项", 1, 2]],
  )
  assert.deepEqual(filed.groups[1].items[0].findings, [0, 1])
  assert.equal(filed.groups[1].items[0].ok, false)
  assert.equal(filed.groups[1].items[1].ok, true)
  const manual = filed.groups[1].items[2]
  assert.equal(manual.checked, false)
  assert.equal(manual.ok, false)
  assert.deepEqual(filed.groups[2].items.map((i) => i.findings), [[], [2]])
  assert.deepEqual([filed.passed, filed.checked], [3, 5])
  assert.deepEqual(filed.rest, [3], "a finding no item takes is kept, not lost")
})

test("a finding is filed once even when two items could take it", () => {
  const groups = [{ name: "甲", items: [{ text: "一", finds: ["noise"] }, { text: "二", finds: ["noise.watermark"] }] }]
  const filed = fileFindings([f("noise.watermark", 0, 3)], groups)
  assert.deepEqual(filed.groups[0].items.map((i) => i.findings), [[0], []])
})

test("the draft is cut at every span: plain, marked and overlapping pieces", () => {
  const text = "召开会议××次，笔杆儿网"
  const findings = [f("copy.run", 0, 7, "info"), f("placeholder.run", 4, 6), f("noise.watermark", 8, 12), f("structure.frame", null, null)]
  const pieces = segments(text, findings)
  assert.deepEqual(
    pieces.map((p) => [p.text, p.findings]),
    [["召开会议", [0]], ["××", [0, 1]], ["次", [0]], ["，", []], ["笔杆儿网", [2]]],
  )
  assert.equal(pieces.map((p) => p.text).join(""), text)
  assert.deepEqual(segments("两个维护", []).map((p) => p.text), ["两个维护"])
  assert.deepEqual(segments("", [f("x", 0, 0)]), [])
})

test("an empty span marks nothing", () => {
  assert.equal(hasSpan(f("x", 3, 3)), false)
  assert.equal(hasSpan(f("x", null, null)), false)
  assert.deepEqual(segments("甲乙丙", [f("x", 1, 1)]).map((p) => p.findings), [[]])
})

test("the worst severity colours a piece; 字数 leaves out white space", () => {
  assert.equal(worst([f("a", 0, 1, "info"), f("b", 0, 1, "check")]), "check")
  assert.equal(worst([f("a", 0, 1, "info"), f("b", 0, 1, "error")]), "error")
  assert.equal(worst([f("a", 0, 1, "info")]), "info")
  assert.equal(charCount("一、工作 情况\n召开会议"), 10)
  assert.equal(charCount("𠀋字"), 2)
})

test("an excerpt is short, on one line", () => {
  assert.equal(excerpt("坚定“四个意识”"), "坚定“四个意识”")
  assert.equal(excerpt("甲\n乙"), "甲 乙")
  const long = "一".repeat(30)
  assert.equal(excerpt(long), `${"一".repeat(24)}…`)
})

function storageWith(value) {
  const items = value === undefined ? {} : { [STORAGE_KEY]: value }
  return { getItem: (k) => (k in items ? items[k] : null), setItem: (k, v) => (items[k] = v) }
}

test("the desk's draft is taken as the desk copies it, empty fields as 〔label〕", () => {
  const draft = {
    app: "fanwen-desk",
    version: 1,
    parts: [
      { id: "p1", kind: "title", heading: "", text: "{unit}2024年意识形态工作情况报告" },
      { id: "p2", kind: "opening", heading: "", text: "{unit}坚持以习近平新时代中国特色社会主义思想为指导。" },
      { id: "p3", kind: "practices", heading: "工作开展情况", text: "（一）压实责任。召开会议{count}次。" },
    ],
    values: { unit: "市局党组" },
  }
  const fields = [{ name: "unit", label: "单位名称", example: "市局党组" }, { name: "count", label: "会议次数", example: "4" }]
  assert.equal(
    deskText(storageWith(JSON.stringify(draft)), fields),
    "市局党组2024年意识形态工作情况报告\n市局党组坚持以习近平新时代中国特色社会主义思想为指导。\n一、工作开展情况\n（一）压实责任。召开会议〔会议次数〕次。",
  )
})

test("the desk's year comes over when it is a year", () => {
  const desk = (year) => storageWith(JSON.stringify({ app: "fanwen-desk", version: 1, parts: [], values: { year } }))
  assert.deepEqual([deskYear(desk("2025")), deskYear(desk(" 2024 ")), deskYear(desk("二〇二五")), deskYear(desk(""))], ["2025", "2024", "", ""])
  assert.equal(deskYear(storageWith(undefined)), "")
})

test("an empty or unreadable desk gives no text", () => {
  assert.equal(deskText(storageWith(undefined), []), "")
  assert.equal(deskText(storageWith("{not json"), []), "")
  assert.equal(deskText(storageWith(JSON.stringify({ app: "fanwen-desk", version: 1, parts: [], values: { unit: "局" } })), []), "")
})

test("a draft's probes are its kept fingerprints, one per hash with every position", () => {
  const run = "坚持以习近平新时代中国特色社会主义思想为指导"
  const probes = probesOf(keyed(run + "。" + run).key)
  assert.deepEqual(probes.map((p) => p.at.length), [2, 2, 2, 1, 1], "the grams across the 。 are new")
  assert.equal(probes[0].at[1] - probes[0].at[0], run.length + 1)
  assert.deepEqual(probesOf("短文"), [], "shorter than a gram")
})

test("every run of GRAM + WINDOW - 1 = 15 key characters shares a probe with its exemplar", () => {
  assert.equal(GRAM + WINDOW - 1, 15)
  const exemplar = "我局坚持把意识形态工作摆在突出位置，纳入重要议事日程，与业务工作同部署同落实同检查同考核。"
  const kept = new Set(fingerprints(keyed(exemplar).key).map(([, h]) => h))
  const chars = Array.from(exemplar)
  for (let start = 0; start + 15 <= chars.length; start++) {
    const draft = `今年以来，${chars.slice(start, start + 15).join("")}，全面加强阵地管理。`
    assert.ok(probesOf(keyed(draft).key).some((p) => kept.has(p.hash)), chars.slice(start, start + 15).join(""))
  }
})

test("a copy piece decodes to postings by h // shards, common ones empty", () => {
  const map = decodePiece({ h: "74", p: "30," })
  assert.deepEqual([...map], [[7, "30"], [12, ""]])
})

const CHOOSE = [
  ["the chunk most open probes point to", [[4, 9], [2, 9]], [[], []], [9, 9]],
  ["the lowest of equals", [[4, 5]], [[]], [4]],
  ["a chunk tried is skipped", [[4, 5]], [[4]], [5]],
  ["no chunk left", [[4]], [[4]], [-1]],
]
for (const [label, ids, tried, expected] of CHOOSE)
  test(`choose: ${label}`, () => assert.deepEqual(choose(ids.map((list, k) => ({ ids: list, tried: new Set(tried[k]) }))), expected))

test("at most PER_PROBE chunks are tried for one probe", () => {
  const ids = Array.from({ length: 20 }, (_, i) => i)
  assert.deepEqual(choose([{ ids, tried: new Set(ids.slice(0, PER_PROBE)) }]), [-1])
})

test("a chunk gives its page and its blocks, not its notes or sections", () => {
  const chunk = { page: "exemplars/a.html", title: "某局", records: [["", "某局", ""], ["b1", "一、", "甲"], ["b1", "结构说明", "注", "note"], ["", "某局", "年份", "section"]] }
  assert.deepEqual(chunkDocs(chunk), [
    { location: "exemplars/a.html", title: "某局" },
    { location: "exemplars/a.html#b1", title: "一、", text: "甲" },
  ])
})

test("从去年的报告开始: last year's years and figures are marked for the new year", async () => {
  const { readFileSync } = await import("node:fs")
  const { checkDraft } = await import("../../scripts/web/check/check.js")
  const { renewFindings, renewGroups, renewYear } = await import("../../scripts/web/check/renew.js")
  const rules = JSON.parse(readFileSync(new URL("../golden/check/browser.json", import.meta.url), "utf8")).rules
  const text = "2024年局党组意识形态工作总结\n2024年以来，局党组召开会议12次，比2023年增加3次，占95%。2021—2025年规划……\n下一步，2025年，我们将……"
  const findings = checkDraft(text, rules, null, { year: 2025 })
  const marks = renewFindings(text, rules, 2025, findings)
  const got = marks.map((m) => [m.rule, m.text, m.severity])
  assert.deepEqual(got, [
    ["renew.figure", "12次", "update"],
    ["renew.year", "2023年", "check"],
    ["renew.figure", "3次", "update"],
    ["renew.figure", "95%", "update"],
  ])
  assert.ok(findings.some((f) => f.rule === "year.stale" && f.text === "2024年"), "the checker marks 2024年以来 itself")
  assert.match(marks[0].message, /请按2025年的实际情况更新/)
  const groups = renewGroups(rules, [{ name: "甲", items: [] }])
  assert.deepEqual(groups.map((g) => g.name), [rules.renew.group, "甲"])
  assert.deepEqual(fileFindings(marks, groups).groups[0].items.map((i) => i.findings.length), [1, 3])
  assert.deepEqual([renewYear(2026, 2024), renewYear(null, 2024), renewYear(null, null)], [2026, 2025, null])
})

test("放到写作台: the text becomes desk parts that assemble back into the same lines", async () => {
  const { deskDraft } = await import("../../scripts/web/check/to-desk.js")
  const text = "2025年局党组意识形态工作总结\n中共××市委宣传部：\n2025年以来，局党组……。现将有关情况报告如下：\n\n一、工作开展情况\n（一）压实责任。召开会议4次。\n二、存在的问题\n学习不够深入。\n三、下一步工作打算\n2026年，局党组将……"
  const draft = deskDraft(text, 2025)
  assert.deepEqual(draft.parts.map((p) => [p.kind, p.heading]), [["title", ""], ["recipient", ""], ["own", ""], ["own", "工作开展情况"], ["own", "存在的问题"], ["own", "下一步工作打算"]])
  assert.equal(draft.values.year, "2025")
  assert.equal(deskText(storageWith(JSON.stringify(draft)), []), text.replace("\n\n", "\n"))
  assert.deepEqual(deskDraft("  \n").parts, [])
})
