// The structure text the browser reads; its port of blocks and roles (blocks.js, roles.js) is
// compared with the Python analysis of every draft in check-engines.test.js.
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { test } from "node:test"

import { structureText } from "../../scripts/web/check/structure.js"

const GOLDEN = new URL("../../tests/golden/check/browser.json", import.meta.url)
const ST = JSON.parse(readFileSync(GOLDEN, "utf8")).rules.structure

test("the structure text drops site text, writes placeholders ×× and trims lines", () => {
  const text = "  标题\n\n召开会议*次,学习。\n221381\n"
  const surface = [
    { rule: "placeholder.run", start: 10, end: 11 },
    { rule: "noise.numeric_id", start: 17, end: 23 },
  ]
  assert.equal(structureText(text, surface, ST), "标题\n召开会议××次，学习。\n")
})
