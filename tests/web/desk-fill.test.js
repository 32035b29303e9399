// Fill-in fields and the draft's assembly into lines (scripts/web/desk/): node --test tests/web/
import assert from "node:assert/strict"
import { test } from "node:test"

import { assemble, bareHeading, fillLines, plainText, textLines } from "../../scripts/web/desk/assemble.js"
import { collectFields, fill, fillSegments, fromEditable, toEditable } from "../../scripts/web/desk/fill.js"

const FIELDS = [
  { name: "unit", label: "报告主体全称", example: "市市场监管局党组" },
  { name: "unit_short", label: "报告主体简称", example: "局党组" },
  { name: "year", label: "报告年度", example: "2024" },
  { name: "count", label: "会议次数", example: "4" },
]

test("fill: a value replaces its marker, an empty field shows 〔label〕", () => {
  assert.equal(fill("{unit_short}召开会议{count}次", FIELDS, { unit_short: "局党组" }), "局党组召开会议〔会议次数〕次")
})

test("fill: white space only counts as empty; values are trimmed", () => {
  assert.equal(fill("{year}年", FIELDS, { year: "  " }), "〔报告年度〕年")
  assert.equal(fill("{year}年", FIELDS, { year: " 2024 " }), "2024年")
})

test("fill: the same field twice is filled from one value, both times", () => {
  const text = "{unit_short}高度重视，{unit_short}主要负责同志带头"
  assert.equal(fill(text, FIELDS, { unit_short: "局党组" }), "局党组高度重视，局党组主要负责同志带头")
  assert.equal(fill(text, FIELDS, {}), "〔报告主体简称〕高度重视，〔报告主体简称〕主要负责同志带头")
})

test("fill: markers of unknown fields and stray braces stay as they are", () => {
  assert.equal(fill("{nope}与{", FIELDS, {}), "{nope}与{")
})

test("fillSegments marks the empty fields for the preview", () => {
  assert.deepEqual(fillSegments("{year}年，{unit_short}", FIELDS, { unit_short: "局党组" }), [
    { text: "〔报告年度〕", field: "year", empty: true },
    { text: "年，" },
    { text: "局党组", field: "unit_short", empty: false },
  ])
})

test("collectFields: each field once, in order of first use, across texts", () => {
  const texts = ["{year}年{unit}", "{unit_short}与{year}、{unit}", "{nope}{count}"]
  assert.deepEqual(
    collectFields(texts, FIELDS).map((f) => f.name),
    ["year", "unit", "unit_short", "count"],
  )
  assert.deepEqual(collectFields(["没有字段"], FIELDS), [])
})

test("the editable form shows labels and reads back to markers", () => {
  const text = "{unit_short}召开会议{count}次，〔不认识的〕"
  const shown = toEditable(text, FIELDS)
  assert.equal(shown, "〔报告主体简称〕召开会议〔会议次数〕次，〔不认识的〕")
  assert.equal(fromEditable(shown, FIELDS), text)
  assert.equal(fromEditable("全年〔会议次数〕次", FIELDS), "全年{count}次")
})

const PARTS = [
  { kind: "title", heading: "", text: "{unit}关于{year}年度工作的报告" },
  { kind: "recipient", heading: "", text: "中共××市委：" },
  { kind: "opening", heading: "", text: "{year}年以来……现将有关情况报告如下：" },
  { kind: "practices", heading: "一、工作开展情况", text: "（一）加强组织领导。{unit_short}……" },
  { kind: "practices", heading: "", text: "（四）加强网络阵地管理。" },
  { kind: "problems", heading: "四、存在的问题", text: "  一是……\n\n二是……  " },
  { kind: "own", heading: "努力方向", text: "（二）第一项\n（五）第二项" },
  { kind: "closing", heading: "", text: "特此报告。\n{unit}\n" },
]

test("assembly: every part's heading and lines, in order, numbers put in sequence", () => {
  assert.deepEqual(assemble(PARTS), [
    { text: "{unit}关于{year}年度工作的报告", level: "title" },
    { text: "中共××市委：", level: "recipient" },
    { text: "{year}年以来……现将有关情况报告如下：", level: "body" },
    { text: "一、工作开展情况", level: "h1" },
    { text: "（一）加强组织领导。{unit_short}……", level: "h2" },
    { text: "（二）加强网络阵地管理。", level: "h2" },
    { text: "二、存在的问题", level: "h1" },
    { text: "一是……", level: "body" },
    { text: "二是……", level: "body" },
    { text: "三、努力方向", level: "h1" },
    { text: "（一）第一项", level: "h2" },
    { text: "（二）第二项", level: "h2" },
    { text: "特此报告。", level: "body" },
    { text: "{unit}", level: "body" },
  ])
})

test("assembly to plain text: one line each, fields filled once", () => {
  const text = plainText(assemble(PARTS.slice(0, 4)), FIELDS, { unit: "××局党组", year: "2024" })
  const expected = [
    "××局党组关于2024年度工作的报告",
    "中共××市委：",
    "2024年以来……现将有关情况报告如下：",
    "一、工作开展情况",
    "（一）加强组织领导。〔报告主体简称〕……",
  ]
  assert.equal(text, expected.join("\n"))
  const [title] = fillLines(assemble(PARTS.slice(0, 1)), FIELDS, {})
  assert.equal(title.segments.filter((s) => s.empty).length, 2)
})

test("headings lose their number for editing; text lines keep theirs", () => {
  assert.equal(bareHeading("四、 存在的问题"), "存在的问题")
  assert.equal(bareHeading(null), "")
  assert.deepEqual(textLines("2023年工作总结\n\n一、做法\n（三）其一。\n", { title: true }), [
    { text: "2023年工作总结", level: "title" },
    { text: "一、做法", level: "h1" },
    { text: "（三）其一。", level: "h2" },
  ])
  assert.equal(textLines("一、做法")[0].level, "h1")
})
