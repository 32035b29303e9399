// Exact block search (scripts/web/search/), without a browser: node --test tests/web/
import assert from "node:assert/strict"
import { test } from "node:test"

import { merge, occurrences, search, setup, terms } from "../../scripts/web/search/match.js"
import { escapeHTML, prepareText } from "../../scripts/web/search/text.js"

const S = "\u200b"
const INDEX = {
  docs: [
    { location: "exemplars/a.html", title: "某局总结", text: "" },
    { location: "exemplars/a.html#b1", title: "导语", text: ["坚决", "做到", "“", "两个维护", "”", "。"].join(S) },
    { location: "exemplars/a.html#b2", title: "做法", text: ["召开", "会议", "12", "次", "，", "维护", "网络", "安全"].join(S) },
    { location: "aids/compare.html#c1", title: "对照", same: 1 },
    { location: "exemplars/b.html#b1", title: "问题", text: ["理论", "学习", "<b>", "不够", "深入"].join(S) },
  ],
}
const state = setup(INDEX)
const locations = (query) => search(state, query).items.flat().map((item) => item.location)

const cases = [
  ["a word inside a block", "两个维护", ["exemplars/a.html#b1", "exemplars/a.html#b1", "aids/compare.html#c1", "aids/compare.html#c1"]],
  ["no block holds the text", "三个维护", []],
  ["every word must be there", "维护 网络", ["exemplars/a.html#b2", "exemplars/a.html#b2"]],
  ["across jieba tokens", "做到“两", ["exemplars/a.html#b1", "exemplars/a.html#b1", "aids/compare.html#c1", "aids/compare.html#c1"]],
  ["case ignored", "<B>", ["exemplars/b.html#b1", "exemplars/b.html#b1"]],
  ["empty query", "   ", []],
]
for (const [label, query, expected] of cases) {
  test(`search: ${label}`, () => assert.deepEqual(locations(query), expected))
}

test("a quoted block (same) shares its source's text", () => {
  const quoted = state.records.find((r) => r.location === "aids/compare.html#c1")
  assert.equal(quoted.text, "坚决做到“两个维护”。")
})

test("a page without text of its own gives its title", () => {
  assert.equal(state.titles["exemplars/a.html"], "某局总结")
})

test("whole jieba words rank before parts of words", () => {
  const pages = search(state, "维护").items
  assert.equal(pages[0][0].location, "exemplars/a.html#b2") // 维护 a token of its own: 3 points
  assert.ok(pages[0][0].score > pages[1][0].score)
})

test("teasers escape the text and mark the match", () => {
  const item = search(state, "<b>").items[0][0]
  assert.equal(item.text, "理论学习<mark>&lt;b&gt;</mark>不够深入")
})

test("terms split on white space and lower-case", () => {
  assert.deepEqual(terms("  两个  WEI "), ["两个", "wei"])
})

test("occurrences are every start of every word; merge joins overlaps", () => {
  assert.deepEqual(occurrences("aaa", ["aa"]), [[0, 2], [1, 3]])
  assert.deepEqual(merge([[1, 3], [0, 2], [5, 6]]), [[0, 3], [5, 6]])
})

test("token bounds are dropped when white space moves", () => {
  assert.deepEqual(prepareText(["一", "二"].join(S)).bounds, { 0: true, 1: true, 2: true })
  assert.equal(prepareText(` 一${S}二`).bounds, null)
  assert.equal(escapeHTML(`"'&`), "&quot;&#39;&amp;")
})
