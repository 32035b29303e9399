// Exact search over index pieces: candidates from posting shards, chunks matched exactly,
// result pages in index order, more() handing out the next pages. A fake loader stands in
// for the <script> tags; the index is built here the way search_pieces.py builds it.
import assert from "node:assert/strict"
import { test } from "node:test"

import { createSearch } from "../../scripts/web/search/engine.js"
import { cover, fold, shardOf } from "../../scripts/web/search/keys.js"
import { merge, occurrences, teaser } from "../../scripts/web/search/match.js"
import { createLoader } from "../../scripts/web/search/pieces.js"
import { countText } from "../../scripts/web/search/results.js"

/** An index in pieces over [page, anchor, text] rows, one chunk per row. */
function buildIndex(rows, shards = 3) {
  const text = {}
  const post = {}
  for (let s = 0; s < shards; s++) post[s] = {}
  rows.forEach(([page, anchor, body], id) => {
    text[id] = { page, title: `标题${page}`, records: [[anchor, "部分", body]] }
    const folded = fold(body)
    const chars = Array.from(folded)
    const keys = new Set(chars.filter((c) => c !== " "))
    for (let i = 0; i + 1 < chars.length; i++) if (chars[i] !== " " && chars[i + 1] !== " ") keys.add(chars[i] + chars[i + 1])
    for (const key of keys) {
      const lists = post[shardOf(key, shards)]
      lists[key] = (lists[key] || []).concat(id)
    }
  })
  for (const lists of Object.values(post))
    for (const key of Object.keys(lists)) lists[key] = encode(lists[key])
  return { meta: { shards, chunks: rows.length }, pieces: { text, post } }
}

function encode(ids) {
  const LAST = "0123456789abcdefghijklmnopqrstuv"
  const MORE = "ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz+-"
  let out = ""
  let previous = -1
  for (const n of ids) {
    let gap = previous >= 0 ? n - previous - 1 : n
    previous = n
    let digits = LAST[gap & 31]
    gap >>= 5
    while (gap) {
      digits = MORE[gap & 31] + digits
      gap >>= 5
    }
    out += digits
  }
  return out
}

function fakeLoader(index, log = []) {
  const loader = createLoader("base/", (url, done) => {
    log.push(url)
    const [, kind, n] = url.match(/search\/(\w+)\/(\d+)\.js(?:\?[\w=&]+)?$/)
    const data = index.pieces[kind][n]
    setTimeout(() => {
      if (data) loader.receive(kind, Number(n), data)
      done()
    }, 0)
  })
  return loader
}

const ROWS = [
  ["a.html", "b1", "坚决做到“两个维护”"],
  ["a.html", "b2", "两个 维护 分开写"],
  ["b.html", "b1", "维护网络意识形态安全"],
  ["c.html", "b1", "推进网格化管理，AI 赋能"],
  ["d.html", "", "两个维护两个维护"],
]

async function locations(query, rows = ROWS) {
  const index = buildIndex(rows)
  const search = createSearch(index.meta, fakeLoader(index).load, query)
  const { groups, complete } = await search.more(100)
  assert.ok(complete)
  return groups.flatMap((g) => g.hits.map((h) => h.location))
}

const CASES = [
  ["a whole phrase", "两个维护", ["a.html#b1", "d.html"]],
  ["part of a word", "个维", ["a.html#b1", "d.html"]],
  ["two words, both needed", "两个 维护", ["a.html#b1", "a.html#b2", "d.html"]],
  ["one character", "网", ["b.html#b1", "c.html#b1"]],
  ["ASCII case folded", "ai", ["c.html#b1"]],
  ["absent", "舆情", []],
  ["white space only", "   ", []],
  ["a phrase only across two blocks", "写维护", []],
]
for (const [label, query, expected] of CASES)
  test(`search: ${label}`, async () => assert.deepEqual((await locations(query)).sort(), expected.sort()))

test("every record containing the query is found, and no other, on a random corpus", async () => {
  const alphabet = "意识形态工作两个维护网格化舆情阵地"
  let seed = 7
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n)
  const rows = []
  for (let i = 0; i < 200; i++) {
    let body = ""
    for (let j = 0, n = 5 + rand(30); j < n; j++) body += alphabet[rand(alphabet.length)]
    rows.push([`p${i % 37}.html`, `b${i}`, body])
  }
  for (const query of ["意识", "两个维护", "网", "格化舆", "态工作两"]) {
    const expected = rows.filter((r) => r[2].includes(query)).map((r) => `${r[0]}#${r[1]}`)
    assert.deepEqual((await locations(query, rows)).sort(), expected.sort(), query)
  }
})

test("more() hands out pages a few at a time, in index order, and loads only what it needs", async () => {
  const rows = Array.from({ length: 50 }, (_, i) => [`p${String(i).padStart(2, "0")}.html`, "b1", `第${i}段两个维护`])
  rows.push(["z.html", "b1", "毫不相干"])
  const index = buildIndex(rows, 4)
  const log = []
  const search = createSearch(index.meta, fakeLoader(index, log).load, "两个维护")
  const first = await search.more(20)
  assert.equal(first.groups.length, 20)
  assert.equal(first.complete, false)
  assert.deepEqual(first.groups.map((g) => g.page).slice(0, 3), ["p00.html", "p01.html", "p02.html"])
  const chunksRead = log.filter((u) => u.includes("/text/")).length
  assert.ok(chunksRead <= 26, `read ${chunksRead} chunks for 20 pages`)
  const second = await search.more(20)
  const third = await search.more(20)
  assert.deepEqual([second.groups.length, third.groups.length, third.complete], [20, 10, true])
  assert.ok(!log.some((u) => u.endsWith("/text/50.js")), "the chunk without the words is never read")
})

test("a page whose hits span two chunks comes whole", async () => {
  const rows = [["a.html", "b1", "两个维护"], ["a.html", "b2", "两个维护"], ["b.html", "b1", "两个维护"]]
  const index = buildIndex(rows)
  const search = createSearch(index.meta, fakeLoader(index).load, "两个维护")
  const first = await search.more(1)
  assert.deepEqual(first.groups.map((g) => g.hits.length), [2])
})

test("pieces carry the build in their address once it is known", async () => {
  const index = buildIndex(ROWS)
  const log = []
  const loader = fakeLoader(index, log)
  loader.version = "abc123"
  await loader.load("text", 0)
  assert.deepEqual(log, ["base/search/text/0.js?v=abc123"])
})

test("a piece that never arrives rejects with its name, after a second request", async () => {
  const index = buildIndex(ROWS)
  delete index.pieces.text[0]
  const log = []
  const search = createSearch(index.meta, fakeLoader(index, log).load, "两个维护")
  await assert.rejects(search.more(20), /text\/0\.js did not load/)
  assert.deepEqual(log.filter((url) => url.includes("text/0.js")), ["base/search/text/0.js", "base/search/text/0.js?try=2"])
})

test("a request that stalls is dropped and made again at another address", async () => {
  const index = buildIndex(ROWS)
  const sent = []
  const dropped = []
  const loader = createLoader(
    "base/",
    (url, done) => {
      sent.push(url)
      if (sent.length === 1) return () => dropped.push(url) // the first request never answers
      setTimeout(() => {
        loader.receive("text", 0, index.pieces.text[0])
        done()
      }, 0)
    },
    { wait: 20 },
  )
  loader.version = "abc"
  assert.deepEqual(await loader.load("text", 0), index.pieces.text[0])
  assert.deepEqual(sent, ["base/search/text/0.js?v=abc", "base/search/text/0.js?v=abc&try=2"])
  assert.deepEqual(dropped, ["base/search/text/0.js?v=abc"])
})

test("a request that stalls on every try rejects; a later load asks again", async () => {
  const sent = []
  const loader = createLoader("base/", (url) => void sent.push(url), { wait: 10, tries: 2 })
  await assert.rejects(loader.load("post", 3), /post\/3\.js did not load/)
  assert.equal(sent.length, 2)
  await assert.rejects(loader.load("post", 3), /did not load/)
  assert.equal(sent.length, 4)
})

test("keys looked up are the cover of each word", () => assert.deepEqual(cover("两个维护"), ["两个", "个维", "维护"]))

test("teasers cut around the first match and mark every match", () => {
  const text = "甲".repeat(50) + "两个维护" + "乙".repeat(200)
  const parts = teaser(text, merge(occurrences(text, ["两个维护"])))
  assert.equal(parts[0].text, "…")
  assert.deepEqual(parts.filter((p) => p.mark).map((p) => p.text), ["两个维护"])
  assert.equal(parts[parts.length - 1].text, "…")
  assert.ok(parts.map((p) => p.text).join("").length <= 122)
})

test("a teaser never cuts a character beyond the BMP in two", () => {
  const text = "𠀀".repeat(40) + "x守土有责x" + "𠀀".repeat(100)
  const shown = teaser(text, merge(occurrences(text, ["守土有责"]))).map((p) => p.text).join("")
  assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(shown), shown)
})

test("occurrences are every start of every word; merge joins overlaps", () => {
  assert.deepEqual(occurrences("维护维护", ["维护", "护维"]), [[0, 2], [2, 4], [1, 3]])
  assert.deepEqual(merge([[0, 2], [2, 4], [1, 3]]), [[0, 4]])
})

test("the count line says whether more pages are to come", () => {
  assert.equal(countText(3, 5, true), "找到 3 个页面，共 5 处匹配")
  assert.match(countText(20, 41, false), /向下滚动查看更多/)
})
