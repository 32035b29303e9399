/*
 * The keys of the search index in pieces, as scripts/fanwen/render/search_pieces.py writes
 * them: folding a text for matching, the pairs a query word is looked up by, the shard that
 * holds a key, and the chunk lists of a posting shard. Both sides are checked against one
 * table of cases (tests/data/search_keys.json).
 */

const LAST = "0123456789abcdefghijklmnopqrstuv"
const MORE = "ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz+-"
/* White space as search_pieces.SPACES spells it (not \s, which differs between languages). */
const SPACES = /[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/g
export const MAX_COVER = 6

/** White space runs as one space, trimmed, U+200B dropped: the text as shown in results. */
export function collapse(text) {
  return text.replace(/\u200b/g, "").replace(SPACES, " ").replace(/^ | $/g, "")
}

/** Full-width ASCII as ASCII, one unit for one (fanwen.clean.chars.ascii_width): by default
 *  letters and digits only, with `WIDE_ASCII` all of U+FF01-FF5E. asciiWidth("２０２３年") is "2023年". */
export const WIDE_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g
export const WIDE_ASCII = /[\uff01-\uff5e]/g
export function asciiWidth(text, table = WIDE_ALNUM) {
  return text.replace(table, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

/** The text as matched: collapsed, full-width digits and letters as ASCII, ASCII letters
 *  lower-case (one unit for one, so offsets into collapse()'s text hold). */
export function fold(text) {
  return asciiWidth(collapse(text)).replace(/[A-Z]+/g, (m) => m.toLowerCase())
}

/** The words of a query, folded: words(" 两个  维护 ") is ["两个", "维护"]. */
export function words(query) {
  return fold(query).split(" ").filter((w) => w.length > 0)
}

/** The keys looked up for one word (code points): itself if one character, else its pairs,
 *  all of them up to MAX_COVER, spread beyond that. cover("意识形态") is ["意识", "识形", "形态"]. */
export function cover(word) {
  const chars = Array.from(word)
  if (chars.length < 2) return chars.length ? [word] : []
  const starts = []
  for (let i = 0; i < chars.length - 1; i++) starts.push(i)
  let picked = starts
  if (starts.length > MAX_COVER) {
    const step = (starts.length - 1) / (MAX_COVER - 1)
    picked = []
    for (let i = 0; i < MAX_COVER; i++) picked.push(starts[roundHalfEven(i * step)])
  }
  return picked.map((i) => chars[i] + chars[i + 1])
}

/** Python's round(): halves go to the even neighbour. */
function roundHalfEven(x) {
  const r = Math.round(x)
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r
}

/** FNV-1a (32 bits) over the key's code points, modulo the number of shards. */
export function shardOf(key, shards) {
  let h = 0x811c9dc5
  for (const ch of key) {
    h ^= ch.codePointAt(0)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h % shards
}

/** The ascending chunk numbers of one posting list: decodeIds("5B2") is [5, 40]. */
export function decodeIds(text) {
  const ids = []
  let value = 0
  let previous = -1
  for (const ch of text) {
    const more = MORE.indexOf(ch)
    if (more >= 0) {
      value = value * 32 + more
      continue
    }
    value = value * 32 + LAST.indexOf(ch)
    previous = previous < 0 ? value : previous + value + 1
    ids.push(previous)
    value = 0
  }
  return ids
}

/** The numbers in every one of the ascending lists: intersect([[1, 2, 5], [2, 5, 9]]) is [2, 5]. */
export function intersect(lists) {
  if (!lists.length) return []
  const sorted = lists.slice().sort((a, b) => a.length - b.length)
  let result = sorted[0]
  for (const list of sorted.slice(1)) {
    const out = []
    let j = 0
    for (const n of result) {
      while (j < list.length && list[j] < n) j++
      if (j < list.length && list[j] === n) out.push(n)
    }
    result = out
  }
  return result
}
