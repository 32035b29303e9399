// Text helpers of the draft checker (scripts/web/check/text.js), twins of Python's.
import assert from "node:assert/strict"
import { test } from "node:test"

import { cpLength, fill, lookup, normalizeBreaks, sortFindings, strip, stripChars } from "../../scripts/web/check/text.js"

test("strip() takes Python's white space, not U+FEFF", () => {
  assert.equal(strip("\u3000\u00a0两个维护 \t"), "两个维护")
  assert.equal(strip("\ufeff两个维护"), "\ufeff两个维护")
  assert.equal(stripChars("（一）。：", "。：（"), "一）")
})

test("lengths count characters as Python does", () => {
  assert.equal(cpLength("👉联系老师"), 5)
})

test("line breaks, templates and settings lookups", () => {
  assert.equal(normalizeBreaks("一\r\n二\r三"), "一\n二\n三")
  assert.equal(fill("缺少“{role}”部分{x}", { role: "存在问题" }), "缺少“存在问题”部分{x}")
  assert.equal(lookup({ noise: "干净可报", "structure.data": "内容扎实" }, "noise.watermark"), "干净可报")
  assert.equal(lookup({ structure: "x", "structure.data": "内容扎实" }, "structure.data"), "内容扎实")
})

test("findings sort as Python sorts them: whole draft first, then by place", () => {
  const f = (rule, start, end) => ({ rule, start, end })
  const sorted = sortFindings([f("b", 5, 6), f("z", null, null), f("a", 5, 6), f("c", 1, 9)])
  assert.deepEqual(sorted.map((x) => x.rule), ["z", "c", "a", "b"])
})
