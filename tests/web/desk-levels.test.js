// Level detection of report lines (scripts/web/desk/levels.js), table-driven.
import assert from "node:assert/strict"
import { test } from "node:test"

import { cnNumber, LEVELS, levelOf, splitHeading } from "../../scripts/web/desk/levels.js"

const CASES = [
  ["title from the draft", "××局关于2024年度落实意识形态工作责任制情况的报告", "title", "title"],
  ["recipient from the draft", "{recipient}：", "recipient", "recipient"],
  ["recipient told by its colon", "中共××市委宣传部：", null, "recipient"],
  ["recipient with a half-width colon", "市委组织部:", null, "recipient"],
  ["a lead-in ending in a colon is body", "现将有关情况报告如下：", null, "body"],
  ["a sentence ending in a colon is body", "究其原因，主要有以下几个方面：", null, "body"],
  ["一、 first level", "一、工作开展情况", null, "h1"],
  ["十一、 first level", "十一、其他", null, "h1"],
  ["（一） second level", "（一）加强组织领导。局党组始终……", null, "h2"],
  ["(一) half-width brackets", "(二)强化理论武装", null, "h2"],
  ["1. third level", "1.健全责任体系。", null, "h3"],
  ["1． full-width point", "2．坚持定期研究", null, "h3"],
  ["a decimal is body", "1.5倍于上年", null, "body"],
  ["一是 is body", "一是健全责任体系。", null, "body"],
  ["plain paragraph", "2024年以来，局党组坚持……", null, "body"],
  ["leading spaces do not matter", "　　一、工作开展情况", null, "h1"],
]

for (const [label, line, hint, level] of CASES) {
  test(`level: ${label}`, () => assert.equal(levelOf(line, hint), level))
}

test("every level of the table has a label and is met by a case", () => {
  for (const entry of LEVELS) {
    assert.ok(entry.label)
    assert.ok(CASES.some(([, line, hint, level]) => !hint && level === entry.level && entry.pattern.test(line.trim())))
  }
})

test("a heading that runs on into text is cut after its first sentence", () => {
  assert.deepEqual(splitHeading("（一）加强组织领导。局党组始终……。"), ["（一）加强组织领导。", "局党组始终……。"])
  assert.deepEqual(splitHeading("一、工作开展情况"), ["一、工作开展情况", ""])
  assert.deepEqual(splitHeading("1.健全责任体系。"), ["1.健全责任体系。", ""])
})

test("Chinese numbers for the numbering", () => {
  assert.deepEqual([1, 9, 10, 11, 20, 23, 99].map(cnNumber), ["一", "九", "十", "十一", "二十", "二十三", "九十九"])
})
