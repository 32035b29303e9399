// Conformance of the browser draft checker (scripts/web/check/): the cases of
// tests/data/draft_cases.yaml and of snippets/formulations.yaml, as written into
// tests/golden/check/browser.json by tests/check/test_draft_cases.py, must hold here as they
// hold for the Python checker (check-engines.test.js compares every finding with Python's).
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { test } from "node:test"

import { checkDraft } from "../../scripts/web/check/check.js"
import { docsOf, sharedOf } from "./check-docs.js"

const GOLDEN = JSON.parse(readFileSync(new URL("../golden/check/browser.json", import.meta.url), "utf8"))
const RULES = GOLDEN.rules

const forbidden = (f, rules) => rules.some((r) => f.rule === r || f.rule.startsWith(r + "."))

for (const c of GOLDEN.cases) {
  test(`case: ${c.label}`, () => {
    const findings = checkDraft(c.draft, RULES, c.sources ? docsOf(c.sources) : null, sharedOf(c.shared))
    const problems = []
    for (const want of c.expect || []) {
      const ok = findings.some(
        (f) => f.rule === want.rule && f.text === want.text && (want.subject === undefined || f.subject === want.subject),
      )
      if (!ok) problems.push(`missing ${JSON.stringify(want)}`)
    }
    for (const f of findings) if (forbidden(f, c.forbid || [])) problems.push(`forbidden ${f.rule} ${JSON.stringify(f.text)}`)
    assert.deepEqual(problems, [], JSON.stringify(findings.map((f) => [f.rule, f.text, f.subject])))
  })
}

test("every finding has the fields of the Python Finding and a checklist group", () => {
  const groups = new Set(["结构完整", "内容扎实", "提法准确", "干净可报"])
  for (const c of GOLDEN.cases.slice(0, 12)) {
    for (const f of checkDraft(c.draft, RULES, c.sources ? docsOf(c.sources) : null, sharedOf(c.shared))) {
      assert.deepEqual(Object.keys(f).sort(), ["end", "extra", "group", "message", "rule", "severity", "start", "subject", "text"])
      assert.ok(groups.has(f.group), f.rule)
      assert.ok(["error", "check", "info"].includes(f.severity), f.rule)
      assert.ok(f.message && !/\{\w+\}/.test(f.message.replace(f.text, "")), f.message)
      if (f.start !== null) assert.equal(f.text, c.draft.replace(/\r\n?/g, "\n").slice(f.start, f.end))
    }
  }
})
