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
    const findings = checkDraft(c.draft, RULES, c.sources ? docsOf(c.sources) : null, { year: c.year ?? null, shared: sharedOf(c.shared) })
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
    for (const f of checkDraft(c.draft, RULES, c.sources ? docsOf(c.sources) : null, { year: c.year ?? null, shared: sharedOf(c.shared) })) {
      assert.deepEqual(Object.keys(f).sort(), ["end", "extra", "group", "message", "rule", "severity", "start", "subject", "text"])
      assert.ok(groups.has(f.group), f.rule)
      assert.ok(["error", "check", "info"].includes(f.severity), f.rule)
      assert.ok(f.message && !/\{\w+\}/.test(f.message.replace(f.text, "")), f.message)
      if (f.start !== null) assert.equal(f.text, c.draft.replace(/\r\n?/g, "\n").slice(f.start, f.end))
    }
  }
})

test("the meeting and year findings of every probe file are Python's, for its year and the next", () => {
  assert.ok(GOLDEN.years.length >= 50)
  const rows = (text, year) =>
    checkDraft(text, RULES, null, { year })
      .filter((f) => /^(year|meeting)\./.test(f.rule))
      .map((f) => [f.rule, f.start, f.end, f.text, f.message])
  let marked = 0
  for (const file of GOLDEN.years) {
    const text = readFileSync(new URL(`../../${file.file}`, import.meta.url), "utf8").replace(/^\ufeff/, "").replace(/\r\n?/g, "\n")
    assert.deepEqual(rows(text, null), file.title, file.file)
    assert.deepEqual(rows(text, file.next), file.next_findings, file.file)
    marked += file.next_findings.length
  }
  assert.ok(marked >= 40, `only ${marked} marks for the next year`)
})

test("a campaign later than the report is worded so, an earlier one may be consolidated", () => {
  const of = (text) => checkDraft(text, RULES).find((f) => f.rule === "year.campaign").message
  assert.match(of("2023年局党组意识形态工作总结\n局党组巩固深化党纪学习教育成果。"), /晚于本报告所写的2023年度/)
  assert.match(of("2025年局党组意识形态工作总结\n局党组扎实开展主题教育。"), /^“学习贯彻习近平新时代中国特色社会主义思想主题教育”是2023年开展的.*如是巩固拓展其成果，可以保留/)
})
