// The two engines compared with each other: for every case, probe file (corpus and real pages)
// and inline probe text, the browser engine (scripts/web/check/) must return the findings the
// Python engine returned (tests/golden/check/browser.json, `drafts`, written by
// tests/check/draft_golden.py), field by field, and file them into the same checklist verdict;
// both must read the same text for the structure checks (fanwen.check.reading.structure_text,
// structureText here), and its port of blocks and roles must cut that text into the same blocks.
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { test } from "node:test"

import { splitBlocks } from "../../scripts/web/check/blocks.js"
import { checkDraft } from "../../scripts/web/check/check.js"
import { plainText, structureText } from "../../scripts/web/check/structure.js"
import { surfaceFindings } from "../../scripts/web/check/surface.js"
import { normalizeBreaks } from "../../scripts/web/check/text.js"
import { fileFindings } from "../../scripts/web/check/report.js"
import { assignRoles } from "../../scripts/web/check/roles.js"
import { docsOf, sharedOf } from "./check-docs.js"

const ROOT = new URL("../../", import.meta.url)
const GOLDEN = JSON.parse(readFileSync(new URL("tests/golden/check/browser.json", ROOT), "utf8"))
// Python's messages are written once (`messages`); each draft finding holds its index.
for (const item of GOLDEN.drafts) for (const f of item.findings) f.message = GOLDEN.messages[f.message]
const RULES = GOLDEN.rules
const ST = RULES.structure

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

/** The text Python's structure checks read: given, or the draft with the golden file's edits made. */
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
    for (let k = 0; k < Math.max(findings.length, item.findings.length); k++)
      assert.deepEqual(findings[k], item.findings[k], `finding ${k} of ${item.label}`)
    // The verdict filed from Python's findings, and from ours.
    assert.deepEqual(verdict(fileFindings(item.findings, GOLDEN.groups)), item.checklist)
    assert.deepEqual(verdict(fileFindings(findings, GOLDEN.groups)), item.checklist)
  })

  test(`the structure checks of ${item.label} read the text Python's read`, () => {
    const draft = normalizeBreaks(draftOf(item).text)
    const plain = plainText(draft, ST)
    assert.equal(structureText(plain, surfaceFindings(plain, RULES), RULES.structure), cleanedOf(item))
  })

  test(`blocks and roles of ${item.label} as the Python analysis reads them`, () => {
    const got = assignRoles(splitBlocks(cleanedOf(item), ST), ST).map(([b, role]) => [b.start, b.level, role])
    assert.deepEqual(got, item.blocks)
  })
}
