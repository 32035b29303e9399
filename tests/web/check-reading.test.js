// The text the structure checks read (structureText after plainText), on the cases Python
// runs too (tests/data/reading_cases.yaml, copied into the golden file by tests/check/draft_golden.py),
// with the rules Python exports.
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { test } from "node:test"

import { plainText, structureText } from "../../scripts/web/check/structure.js"
import { surfaceFindings } from "../../scripts/web/check/surface.js"

const ROOT = new URL("../../", import.meta.url)
const GOLDEN = JSON.parse(readFileSync(new URL("tests/golden/check/browser.json", ROOT), "utf8"))
const RULES = GOLDEN.rules
const CASES = GOLDEN.reading

for (const c of CASES)
  test(c.label, () => {
    const plain = plainText(c.draft, RULES.structure)
    assert.equal(structureText(plain, surfaceFindings(plain, RULES), RULES.structure), c.read)
  })
