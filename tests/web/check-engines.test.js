// The two engines compared with each other: for every case, probe file (corpus and real pages)
// and inline probe text, the browser engine (scripts/web/check/) must return the findings the
// Python engine returned (tests/golden/check/browser.json, `drafts`, written by
// tests/check/draft_golden.py), field by field, and file them into the same checklist verdict;
// its port of blocks and roles must read Python's cleaned text into the same blocks.
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { test } from "node:test"

import { splitBlocks } from "../../scripts/web/check/blocks.js"
import { checkDraft } from "../../scripts/web/check/check.js"
import { fileFindings } from "../../scripts/web/check/report.js"
import { assignRoles } from "../../scripts/web/check/roles.js"
import { docsOf, sharedOf } from "./check-docs.js"

const ROOT = new URL("../../", import.meta.url)
const GOLDEN = JSON.parse(readFileSync(new URL("tests/golden/check/browser.json", ROOT), "utf8"))
const RULES = GOLDEN.rules
const ST = RULES.structure

/*
 * Pages whose structure findings differ, because the browser reads the draft without Python's
 * cleaning (no layout repair, no traditional-to-simplified conversion, no page furniture or
 * repeated titles removed: see scripts/web/check/structure.js). Only their structure.* findings
 * are exempt, and only while they still differ: a page the browser comes to read alike must
 * leave this list.
 */
const CLEANING_DIFFERS = new Set([
  "tests/data/real/3366ai-1.txt",
  "tests/data/real/777doc-1.txt",
  "tests/data/real/desk33-1.txt",
  "tests/data/real/fanwy-1.txt",
  "tests/data/real/gongwencn-1.txt",
  "tests/data/real/lcget-1.txt",
  "tests/data/real/lgfwz-1.txt",
  "tests/data/real/mlvmservice-1.txt",
  "tests/data/real/sucai198-2.txt",
  "tests/data/real/wenfanwang-1.txt",
  "tests/data/real/wenmizhiyou-1.txt",
  "tests/data/real/xiezuofangchengshi-1.txt",
  "tests/data/real/zgxlcd-1.txt",
  "inline 0",
])

/** A draft's text and exemplar sources, as the golden file points to them. */
function draftOf(item) {
  if (item.case !== undefined) {
    const c = GOLDEN.cases[item.case]
    return { text: c.draft, docs: c.sources ? docsOf(c.sources) : null, shared: sharedOf(c.shared), year: c.year ?? null }
  }
  if (item.file !== undefined) {
    const text = readFileSync(new URL(item.file, ROOT), "utf8").replace(/^\ufeff/, "")
    return { text, docs: null }
  }
  return { text: GOLDEN.probes.inline[item.inline], docs: null }
}

const isStructure = (f) => f.rule.startsWith("structure.")

/** Findings as the golden file holds them: of a draft not our own, span texts as null (each
 *  must then be the draft's text from start to end). */
function asStored(item, text, findings) {
  if (item.case !== undefined) return findings
  const draft = text.replace(/\r\n?/g, "\n")
  return findings.map((f) => {
    assert.equal(f.text, f.start === null ? "" : draft.slice(f.start, f.end), f.rule)
    return { ...f, text: null }
  })
}
const verdict = (filed) => filed.groups.flatMap((g) => g.items.map((i) => [i.ok, i.findings]))

/** The findings of both engines, leaving out structure findings where cleaning differs. */
function compared(item, findings) {
  if (!CLEANING_DIFFERS.has(item.label)) return [findings, item.findings]
  return [findings.filter((f) => !isStructure(f)), item.findings.filter((f) => !isStructure(f))]
}

/** The text Python's analysis read: given, or the draft with the golden file's edits made. */
function cleanedOf(item) {
  if (item.cleaned !== undefined) return item.cleaned
  const draft = draftOf(item).text.replace(/\r\n?/g, "\n")
  let out = ""
  let at = 0
  for (const [start, end, text] of item.edits) {
    out += draft.slice(at, start) + text
    at = end
  }
  return out + draft.slice(at)
}

for (const item of GOLDEN.drafts) {
  test(`both engines find the same in ${item.label}`, () => {
    const { text, docs, shared, year } = draftOf(item)
    const findings = asStored(item, text, checkDraft(text, RULES, docs, { shared: shared ?? null, year: year ?? null }))
    const [js, py] = compared(item, findings)
    for (let k = 0; k < Math.max(js.length, py.length); k++)
      assert.deepEqual(js[k], py[k], `finding ${k} of ${item.label}`)
    // The verdict filed from Python's findings, and (where the findings agree) from ours.
    assert.deepEqual(verdict(fileFindings(item.findings, GOLDEN.groups)), item.checklist)
    if (CLEANING_DIFFERS.has(item.label)) {
      const mine = JSON.stringify(findings.filter(isStructure))
      assert.notEqual(mine, JSON.stringify(item.findings.filter(isStructure)), "reads alike now: leave the list")
    } else assert.deepEqual(verdict(fileFindings(findings, GOLDEN.groups)), item.checklist)
  })

  test(`blocks and roles of ${item.label} as the Python analysis reads them`, () => {
    const got = assignRoles(splitBlocks(cleanedOf(item), ST), ST).map(([b, role]) => [b.start, b.level, role])
    assert.deepEqual(got, item.blocks)
  })
}
