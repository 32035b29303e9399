// The search keys agree with the Python side on one table (tests/golden/search_keys.json).
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { test } from "node:test"

import { cover, decodeIds, fold, intersect, shardOf, words } from "../../scripts/web/search/keys.js"

const table = JSON.parse(readFileSync(new URL("../golden/search_keys.json", import.meta.url), "utf8"))

for (const [text, expected] of table.fold) test(`fold ${JSON.stringify(text)}`, () => assert.equal(fold(text), expected))
for (const [word, expected] of table.cover) test(`cover ${word}`, () => assert.deepEqual(cover(word), expected))
for (const [key, n, expected] of table.shard) test(`shard of ${key} among ${n}`, () => assert.equal(shardOf(key, n), expected))
for (const [ids, encoded] of table.ids) test(`ids ${encoded}`, () => assert.deepEqual(decodeIds(encoded), ids))

test("a query's words are folded and split on white space", () => {
  assert.deepEqual(words("  两个  维护 AI "), ["两个", "维护", "ai"])
  assert.deepEqual(words(" \u3000 "), [])
})

const cases = [
  ["one list", [[1, 2, 5]], [1, 2, 5]],
  ["two lists", [[1, 2, 5], [2, 5, 9]], [2, 5]],
  ["disjoint", [[1, 3], [2, 4]], []],
  ["an empty list empties all", [[1, 2], []], []],
  ["no lists", [], []],
]
for (const [label, lists, expected] of cases) test(`intersect: ${label}`, () => assert.deepEqual(intersect(lists), expected))
