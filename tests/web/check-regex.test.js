// The exported rules in JavaScript (scripts/web/check/regex.js): every pattern compiles, none
// was skipped, and each finds exactly what Python's re finds in the probe texts (the corpus,
// the real pages, the rules' own examples and the cases): same count, same spans (digest).
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { test } from "node:test"

import { compile } from "../../scripts/web/check/regex.js"

const ROOT = new URL("../../", import.meta.url)
const GOLDEN = JSON.parse(readFileSync(new URL("tests/golden/check/browser.json", ROOT), "utf8"))
const { files, inline, patterns } = GOLDEN.probes
const TEXTS = [
  ...files.map((f) => readFileSync(new URL(f, ROOT), "utf8").replace(/^\ufeff/, "").replace(/\r\n?/g, "\n")),
  ...inline,
]

/** 32-bit FNV-1a of an ASCII string, as tests/aids/draft_golden.py computes it. */
export function fnv(text) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h
}

/** Every {source, flags} pair anywhere in the rules. */
function allPatterns(value, out = []) {
  if (Array.isArray(value)) value.forEach((v) => allPatterns(v, out))
  else if (value && typeof value === "object") {
    if (typeof value.source === "string" && typeof value.flags === "string") out.push(value)
    else Object.values(value).forEach((v) => allPatterns(v, out))
  }
  return out
}

test("fnv agrees with Python", () => assert.equal(fnv("0:1-3;"), 402974027))

test("no rule was left out of the export", () => assert.deepEqual(GOLDEN.rules.skipped, []))

test("every exported pattern compiles in JavaScript", () => {
  const all = allPatterns(GOLDEN.rules)
  assert.ok(all.length > 200, `${all.length} patterns`)
  for (const re of all) assert.doesNotThrow(() => compile(re, true), re.source)
})

test("every pattern matches where Python's re matches", () => {
  const wrong = []
  for (const probe of patterns) {
    let spans = ""
    let count = 0
    TEXTS.forEach((text, k) => {
      for (const m of text.matchAll(compile(probe.re, true))) {
        if (!m[0].length) continue
        spans += `${k}:${m.index}-${m.index + m[0].length};`
        count++
      }
    })
    if (count !== probe.count || fnv(spans) !== probe.digest) wrong.push(`${probe.re.source.slice(0, 80)}: ${count} vs ${probe.count}`)
  }
  assert.deepEqual(wrong, [])
})
