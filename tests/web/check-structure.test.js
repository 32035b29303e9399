// The browser's port of blocks and roles (scripts/web/check/blocks.js, roles.js): on each
// exemplar's cleaned text it must cut the same blocks at the same places, with the same levels
// and roles, as the Python analysis (tests/golden/check/browser.json, `analyses`).
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { test } from "node:test"

import { splitBlocks } from "../../scripts/web/check/blocks.js"
import { assignRoles } from "../../scripts/web/check/roles.js"
import { structureText } from "../../scripts/web/check/structure.js"

const GOLDEN = JSON.parse(readFileSync(new URL("../golden/check/browser.json", import.meta.url), "utf8"))
const ST = GOLDEN.rules.structure

for (const exemplar of GOLDEN.analyses) {
  test(`blocks and roles of ${exemplar.slug} as the Python analysis reads them`, () => {
    const got = assignRoles(splitBlocks(exemplar.text, ST), ST).map(([b, role]) => [b.start, b.level, role])
    assert.deepEqual(got, exemplar.blocks)
  })
}

test("the structure text drops site text, writes placeholders ×× and trims lines", () => {
  const text = "  标题\n\n召开会议*次,学习。\n221381\n"
  const surface = [
    { rule: "placeholder.run", start: 10, end: 11 },
    { rule: "noise.numeric_id", start: 17, end: 23 },
  ]
  assert.equal(structureText(text, surface), "标题\n召开会议××次，学习。\n")
})
