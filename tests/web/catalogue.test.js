import assert from "node:assert/strict"
import { test } from "node:test"

import { counts, emptyState, fromHash, passes, recentLabel, select, toHash } from "../../scripts/web/catalogue/filter.js"

const ROWS = [
  { href: "a.html", title: "青山镇2025年意识形态工作总结", year: 2025, kind: "乡镇党委", region: "青山县", source: "范文网站", chars: 3000, parts: ["opening", "practices", "next_steps"] },
  { href: "b.html", title: "临江镇2024年意识形态工作总结", year: 2024, kind: "乡镇党委", region: "临江县", source: null, chars: 5000, parts: ["opening", "practices", "problems", "next_steps"] },
  { href: "c.html", title: "市场监管局2025年落实意识形态工作责任制情况报告", year: 2025, kind: "局党组", region: null, source: "范文网站", chars: 4000, parts: ["practices", "problems"] },
  { href: "d.html", title: "石门镇2021年意识形态工作总结", year: 2021, kind: "乡镇党委", region: "石门市", source: null, chars: 2000, parts: ["practices"] },
  { href: "e.html", title: "未注明年份的总结", year: null, kind: null, region: null, source: null, chars: 1000, parts: [] },
]
const YEARS = [2025, 2024, 2021]
const state = (over) => ({ ...emptyState(), ...over })
const hrefs = (over) => select(ROWS, state(over), YEARS).map((r) => r.href)

const CASES = [
  ["nothing chosen: all, newest first, no year last", {}, ["c.html", "a.html", "b.html", "d.html", "e.html"]],
  ["乡镇 of the last two years (two clicks)", { kind: "乡镇党委", years: ["recent"] }, ["a.html", "b.html"]],
  ["one year", { years: ["2021"] }, ["d.html"]],
  ["two years", { years: ["2021", "2024"] }, ["b.html", "d.html"]],
  ["region", { region: "临江县" }, ["b.html"]],
  ["source", { source: "范文网站" }, ["c.html", "a.html"]],
  ["every chosen part present", { parts: ["problems", "next_steps"] }, ["b.html"]],
  ["title words", { text: " 责任制 " }, ["c.html"]],
  ["longest first", { sort: "chars-desc" }, ["b.html", "c.html", "a.html", "d.html", "e.html"]],
  ["oldest first, no year last", { sort: "year-asc" }, ["d.html", "b.html", "c.html", "a.html", "e.html"]],
  ["nothing passes", { kind: "县委" }, []],
]
for (const [label, over, expected] of CASES) test(`select: ${label}`, () => assert.deepEqual(hrefs(over), expected))

test("a state survives the #fragment", () => {
  const s = state({ kind: "乡镇党委", years: ["recent", "2021"], parts: ["problems"], sort: "title" })
  assert.deepEqual(fromHash("#" + toHash(s)), s)
  assert.equal(toHash(emptyState()), "")
  assert.equal(fromHash("#sort=nonsense&foo=1").sort, "year-desc")
  for (const inherited of ["constructor", "__proto__", "toString"]) {
    assert.equal(fromHash(`#sort=${inherited}`).sort, "year-desc", inherited)
    assert.equal(select(ROWS, { ...emptyState(), sort: inherited }, YEARS).length, ROWS.length, inherited)
  }
})

test("counts per value, largest first", () => {
  assert.deepEqual(counts(ROWS, "kind"), [["乡镇党委", 3], ["局党组", 1]])
})

test("a row without a year passes only when no year is chosen", () => {
  assert.ok(passes(ROWS[4], emptyState(), YEARS))
  assert.ok(!passes(ROWS[4], state({ years: ["recent"] }), YEARS))
})

test("the recent choice names the two latest years of the data, whatever the gap between them", () => {
  assert.equal(recentLabel([2025, 2023, 2022]), "最近两个年份（2025、2023）")
  assert.equal(recentLabel([2024]), "最近两个年份（2024）")
  assert.equal(recentLabel([]), "最近两个年份")
})
