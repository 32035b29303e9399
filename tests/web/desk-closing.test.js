// 落款 and 成文日期 (scripts/web/desk/closing.js), the title's lines (title.js) and both in the .docx.
import assert from "node:assert/strict"
import { test } from "node:test"

import { strFromU8, unzipSync } from "fflate"

import { arabicDate, closingPlacement, markClosing, widthInChars } from "../../scripts/web/desk/closing.js"
import { LAYOUT } from "../../scripts/web/desk/layout.js"
import { cutRuns } from "../../scripts/web/desk/desk-parts.js"
import { breakPoints, breakTitle, titleLines } from "../../scripts/web/desk/title.js"
import { wordBuffer } from "../../scripts/web/desk/word.js"

const DATES = [
  ["Chinese numerals, two-digit month and day", "二〇二四年十二月二十日", "2024年12月20日"],
  ["Chinese numerals with 零 and ○", "二零二五年一月五日", "2025年1月5日"],
  ["十 alone and 十 followed by a digit", "二○二三年十月十九日", "2023年10月19日"],
  ["already Arabic", "2025年12月25日", "2025年12月25日"],
  ["not a date: kept", "特此报告。", "特此报告。"],
]
for (const [label, given, want] of DATES) test(`arabicDate: ${label}`, () => assert.equal(arabicDate(given), want))

test("widthInChars: full-width 1, half-width ½, ¼ where Chinese meets digits", () => {
  assert.equal(widthInChars("2025年12月25日"), 8.25)
  assert.equal(widthInChars("第1.5版"), 4) // 1 + ¼ + 1.5 + ¼ + 1
  assert.equal(widthInChars("中共××局党组"), 7)
})

const body = (text) => ({ text, level: "body" })
const MARK = [
  ["name and date at the end", [body("特此报告。"), body("中共××局党组"), body("2025年12月25日")], ["body", "signatory", "date"]],
  ["a date in Chinese numerals is marked and written in Arabic", [body("××局党组"), body("二〇二四年十二月二十日")], ["signatory", "date"]],
  ["the desk's empty date field", [body("中共××局党组"), body("〔成文日期〕")], ["signatory", "date"]],
  ["a date whose day is left to fill", [body("中共××局党组"), body("2025年12月××日")], ["signatory", "date"]],
  ["a date with every number left to fill", [body("中共××局党组"), body("20××年×月×日")], ["signatory", "date"]],
  ["a sentence above the date is no name", [body("特此报告。"), body("2025年12月25日")], ["body", "date"]],
  ["no date at the end: nothing marked", [body("中共××局党组"), body("特此报告。")], ["body", "body"]],
  ["a date inside the text is not a closing", [body("2025年12月25日"), body("特此报告。")], ["body", "body"]],
]
for (const [label, lines, levels] of MARK)
  test(`markClosing: ${label}`, () => assert.deepEqual(markClosing(lines).map((l) => l.level), levels))

test("markClosing writes the date in Arabic numerals and leaves its input alone", () => {
  const lines = [body("××局党组"), body("二〇二四年十二月二十日")]
  assert.equal(markClosing(lines)[1].text, "2024年12月20日")
  assert.equal(lines[1].level, "body")
})

const { plain, sealed } = LAYOUT.closing
const PLACE = [
  // 7.3.5.2: name (14) 右空二字, 28 - 2 - 14 = 12 from the left; the date's first character two further right.
  ["plain, name longer than the date", "中共××市市场监督管理局党组", "2025年12月25日", plain, { name: { align: "right", chars: 2 }, date: { align: "left", chars: 14 } }],
  // The date (8.25) would end within two characters of the edge: it goes 右空二字, the name two
  // characters left of its start: 28 - 2 - 8.25 - 2 = 15.75.
  ["plain, date longer than the name", "××局", "2025年12月25日", plain, { name: { align: "left", chars: 15.75 }, date: { align: "right", chars: 2 } }],
  ["plain, date as long as the name", "中共××局党组某", "2025年12月25日", plain, { name: { align: "left", chars: 15.75 }, date: { align: "right", chars: 2 } }],
  ["plain, no name", "", "2025年12月25日", plain, { name: { align: "left", chars: 15.75 }, date: { align: "right", chars: 2 } }],
  // 7.3.5.1: the date (8.25) 右空四字, the name centred over it: 4 + (8.25 - 12) / 2, 4 + (8.25 - 5) / 2.
  ["sealed, name longer than the date", "中共××市市场监督管理局", "2025年12月25日", sealed, { name: { align: "right", chars: 2.125 }, date: { align: "right", chars: 4 } }],
  ["sealed, name shorter than the date", "××局党组", "2025年12月25日", sealed, { name: { align: "right", chars: 5.625 }, date: { align: "right", chars: 4 } }],
]
for (const [label, name, date, rule, want] of PLACE)
  test(`closingPlacement: ${label}`, () => assert.deepEqual(closingPlacement(name, date, rule, 28), want))

const TITLES = [
  [
    "unit / 关于 and year / subject, 梯形 (not …工作责任 / 制情况的报告)",
    "中共××市市场监督管理局党组关于2025年度落实意识形态工作责任制情况的报告",
    ["中共××市市场监督管理局党组", "关于2025年度落实意识形态", "工作责任制情况的报告"],
  ],
  [
    "no unit: broken between 意识形态 and 工作责任制, the upper line longer",
    "关于2025年度落实意识形态工作责任制情况的报告",
    ["关于2025年度落实意识形态", "工作责任制情况的报告"],
  ],
  [
    "落实 never ends a line; no 梯形 fits two lines, so three in 菱形",
    "中共××县委宣传部关于2024年度落实意识形态工作责任制情况的报告",
    ["中共××县委宣传部", "关于2024年度落实意识形态", "工作责任制情况的报告"],
  ],
  [
    "the desk's example title: 菱形 (its 20 characters and 2024 do not fit one line of 20)",
    "市市场监管局党组关于2024年度落实意识形态工作责任制情况的报告",
    ["市市场监管局党组", "关于2024年度落实意识形态", "工作责任制情况的报告"],
  ],
  [
    "before 及, the upper line longer (not …工作打 / 算)",
    "2023年度意识形态工作总结及2024年工作打算",
    ["2023年度意识形态工作总结", "及2024年工作打算"],
  ],
  [
    "three lines: 关于 never ends a line, 菱形 or 梯形",
    "中共××市市场监督管理局党组关于2025年上半年意识形态工作情况的报告",
    ["中共××市市场监督管理局党组", "关于2025年上半年意识形态", "工作情况的报告"],
  ],
  ["short enough for one line", "××局党组2025年度意识形态工作总结", ["××局党组2025年度意识形态工作总结"]],
]
for (const [label, title, want] of TITLES) {
  test(`breakTitle: ${label}`, () => {
    const lines = breakTitle(title, 20)
    assert.deepEqual(lines, want)
    assert.equal(lines.join(""), title)
    for (const line of lines) assert.ok(widthInChars(line) >= 3 && widthInChars(line) <= 20, line)
  })
}

test("breakPoints: never inside a protected word, nor after 关于 or a verb", () => {
  const title = "关于2025年度落实意识形态工作责任制情况的报告"
  for (const k of breakPoints(title)) {
    const head = title.slice(0, k)
    assert.ok(!/(工作责任|责任|意识|意识形|年|关于|落实)$/.test(head), head)
  }
})

test("breakTitle: a title with no word boundary that fits stays one line for the word processor", () => {
  const title = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地"
  assert.deepEqual(breakTitle(title, 20), [title])
})

async function documentXml(lines, options = {}) {
  const files = unzipSync(new Uint8Array(await wordBuffer(lines, { title: "t", ...options })))
  return strFromU8(files["word/document.xml"])
}

const paragraphsOf = (xml) => xml.match(/<w:p>.*?<\/w:p>/g)

test("the .docx: the title one paragraph, its lines parted by a line break", async () => {
  const xml = await documentXml([{ text: "关于2025年度落实意识形态工作责任制情况的报告", level: "title" }, body("正文")])
  const [title] = paragraphsOf(xml)
  assert.match(title, /关于2025年度落实意识形态<\/w:t><\/w:r><w:r>.*<w:br\/><w:t[^>]*>工作责任制情况的报告/)
})

test("the .docx: the writer's own title lines are kept as they are", async () => {
  const lines = [{ text: "关于2025年度落实", level: "title" }, { text: "意识形态工作责任制情况的报告", level: "title" }, body("正文")]
  const [title, blank] = paragraphsOf(await documentXml(lines))
  assert.match(title, /关于2025年度落实<\/w:t>.*<w:br\/><w:t[^>]*>意识形态工作责任制情况的报告/)
  assert.doesNotMatch(blank, /<w:t[^>]*>[^<]/)
})

test("the .docx: plain closing, one blank line, name 右空二字, date from the name's third character", async () => {
  const lines = [body("特此报告。"), body("中共××市市场监督管理局党组"), body("二〇二五年十二月二十五日")]
  const ps = paragraphsOf(await documentXml(lines))
  assert.equal(ps.length, 4)
  assert.doesNotMatch(ps[1], /<w:t[^>]*>[^<]/)
  assert.match(ps[2], /<w:ind w:right="630" w:firstLine="0"\/><w:jc w:val="right"\/>.*中共××市市场监督管理局党组/)
  assert.match(ps[3], /<w:ind w:left="4410" w:firstLine="0"\/><w:jc w:val="left"\/>.*2025年12月25日/) // 14 × 315
})

test("the .docx: sealed closing, two blank lines, date 右空四字, name centred over it", async () => {
  const lines = [body("特此报告。"), body("××局党组"), body("2025年12月25日")]
  const ps = paragraphsOf(await documentXml(lines, { sealed: true }))
  assert.equal(ps.length, 5)
  assert.match(ps[3], /<w:ind w:right="1772" w:firstLine="0"\/><w:jc w:val="right"\/>.*××局党组/) // 5.625 × 315
  assert.match(ps[4], /<w:ind w:right="1260" w:firstLine="0"\/><w:jc w:val="right"\/>/) // 4 × 315
})

const CUTS = [
  ["a cut inside a plain run", [{ text: "关于2025年度" }, { text: "的报告" }], [4, 6], [{ text: "关于20" }, null, { text: "25年度" }, { text: "的报告" }]],
  ["a cut inside a field keeps the field on both sides", [{ text: "关于" }, { text: "2025", field: "year" }, { text: "年度" }], [4, 4], [{ text: "关于" }, { text: "20", field: "year" }, null, { text: "25", field: "year" }, { text: "年度" }]],
  ["a cut between runs", [{ text: "市局党组" }, { text: "关于报告" }], [4, 4], [{ text: "市局党组" }, null, { text: "关于报告" }]],
  ["one line: nothing cut", [{ text: "报告" }], [2], [{ text: "报告" }]],
]
for (const [label, runs, lengths, want] of CUTS) test(`cutRuns: ${label}`, () => assert.deepEqual(cutRuns(runs, lengths), want))

test("titleLines: the writer's own lines are kept, one long line is broken", () => {
  assert.deepEqual(titleLines(["关于2025年度落实", "意识形态工作责任制情况的报告"]), ["关于2025年度落实", "意识形态工作责任制情况的报告"])
  assert.deepEqual(titleLines(["关于2025年度落实意识形态工作责任制情况的报告"]), ["关于2025年度落实意识形态", "工作责任制情况的报告"])
})
