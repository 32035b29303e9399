// Copying over the search index (scripts/web/check/copies.js): findCopies(draft, docs) as a pure
// function of the index's records, U+200B separators and `same` references included.
import assert from "node:assert/strict"
import { test } from "node:test"

import { findCopies, indexSources, keyed } from "../../scripts/web/check/copies.js"

const S = "\u200b"
const seg = (text) => Array.from(text).join(S)
const DOCS = [
  { location: "aids/compare-practices.html", title: "对照阅读", text: "" },
  { location: "aids/compare-practices.html#c1", title: "甲局", text: seg("坚持把意识形态工作摆在突出位置，纳入重要议事日程。") },
  { location: "exemplars/a-2022.html", title: "甲局2022年意识形态工作总结", text: "" },
  { location: "exemplars/a-2022.html#b2", title: "一、工作情况", same: 1 },
  { location: "exemplars/b-2023.html", title: "乙局2023年意识形态工作总结", text: "" },
  { location: "exemplars/b-2023.html#b5", title: "二、存在问题", text: seg("网评员队伍力量薄弱，舆情应对能力有待提高。") },
]

test("exemplar blocks come from the index, shared texts followed, other pages left out", () => {
  const sources = indexSources(DOCS)
  assert.deepEqual(
    sources.map((s) => [s.slug, s.block, s.title]),
    [
      ["a-2022", "b2", "甲局2022年意识形态工作总结"],
      ["b-2023", "b5", "乙局2023年意识形态工作总结"],
    ],
  )
  assert.equal(sources[0].text.replaceAll(S, ""), "坚持把意识形态工作摆在突出位置，纳入重要议事日程。")
})

test("a copied run is found, linked to its block, with its share of the draft", () => {
  const draft = "我局坚持把意识形态工作摆在突出位置，纳入重要议事日程。\n下一步将加强网评员队伍。"
  const { runs, share } = findCopies(draft, DOCS)
  assert.equal(runs.length, 1)
  assert.equal(runs[0].text, "坚持把意识形态工作摆在突出位置，纳入重要议事日程。")
  assert.equal(runs[0].location, "exemplars/a-2022.html#b2")
  assert.equal(draft.slice(runs[0].start, runs[0].end), runs[0].text)
  assert.ok(share > 0.5 && share < 0.8, String(share))
})

test("spacing, ASCII punctuation and full-width letters do not hide a copy", () => {
  const { runs } = findCopies("坚持把意识形态工作 摆在突出位置,纳入重要议事日程。", DOCS)
  assert.equal(runs[0].text, "坚持把意识形态工作 摆在突出位置,纳入重要议事日程。")
})

test("fewer than fifteen characters in common is no copy", () => {
  assert.deepEqual(findCopies("坚持把意识形态工作摆在首位。", DOCS), { runs: [], share: 0 })
  assert.equal(findCopies("队伍力量薄弱，舆情应对能力有待提高", DOCS, 15).runs.length, 1)
  assert.equal(findCopies("队伍力量薄弱，舆情应对能力有待提高", DOCS, 20).runs.length, 0)
})

test("two copies from two blocks are two runs", () => {
  const draft = "坚持把意识形态工作摆在突出位置，纳入重要议事日程。网评员队伍力量薄弱，舆情应对能力有待提高。"
  assert.deepEqual(
    findCopies(draft, DOCS).runs.map((r) => r.block),
    ["b2", "b5"],
  )
})

test("keys drop white space and U+200B", () => {
  assert.equal(keyed("两个 维护\u200b,ＡＢ").key, "两个维护，ab")
})

test("a run is cut to what a longer or earlier run did not take", () => {
  const run = (from, n) => Array.from({ length: n }, (_, i) => String.fromCharCode(0x4e00 + from + i)).join("")
  const [a, b, c] = [run(0, 20), run(100, 10), run(200, 20)]
  const docs = [
    { location: "exemplars/x.html#b1", title: "甲", text: a + b },
    { location: "exemplars/y.html#b1", title: "乙", text: b + c },
  ]
  const found = findCopies(a + b + c, docs).runs.map((r) => [r.slug, r.start, r.end])
  assert.deepEqual(found, [["x", 0, 30], ["y", 30, 50]]) // y's b, already taken by x, is cut off
  const short = findCopies(a + b + run(200, 10), docs).runs.map((r) => r.slug)
  assert.deepEqual(short, ["x"]) // what is left of y's run (10 characters) is under fifteen
})
