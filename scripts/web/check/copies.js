/*
 * Copying: runs of the draft that stand verbatim in an exemplar block of the search index,
 * and the share of the draft they make up. The port of fanwen.check.copies, as a pure function
 * over the index's records (search/search_index.json docs: location, title, text with U+200B
 * between jieba tokens, `same` pointing at the record holding a shared text).
 *
 * Both sides compare keys: text without white space and U+200B, ASCII punctuation full-width,
 * quotes straight, full-width letters and digits ASCII, A-Z lower-cased, any character beyond
 * the BMP as U+FFFD. Every window of `minLen` key characters of the draft is looked up in each
 * source; matches on one diagonal chain into runs; runs are taken longest first (then earliest,
 * then first source), each trimmed to what no longer run took, pieces under minLen dropped; a
 * piece counts only when minLen of its characters are not common text (fingerprints.js,
 * commonMask: the 提法 wordings, fingerprints shared by many exemplars), and the share is what
 * counted pieces cover, common text left out.
 *
 * Speed (a page checks again at every edit, over every exemplar block): the sources' keys are
 * computed once per docs list (kept while the list lives), and a source position is looked up
 * only when the hash of its first two key characters is that of some window of the draft.
 */
import { asciiWidth } from "../search/keys.js"
import { commonMask } from "./fingerprints.js"
import { isSpace } from "./text.js"

const PUNCT = { ",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）", "“": '"', "”": '"', "‘": "'", "’": "'" }
const EXEMPLAR = /^exemplars\/([^/#]+)\.html#(.+)$/

function keyChar(ch) {
  const code = ch.codePointAt(0)
  if (code > 0xffff) return "\ufffd"
  ch = PUNCT[ch] || asciiWidth(ch)
  return ch >= "A" && ch <= "Z" ? ch.toLowerCase() : ch
}

/** A character every key keeps as it is: past U+3000 (no white space), below the surrogates
 * or between them and the full-width forms (CJK, 、。“” are). */
function plain(code) {
  return code > 0x3000 && (code < 0xd800 || (code >= 0xe000 && code < 0xff01))
}

/** The key of a text and, for each key character, its offset in the text (UTF-16). */
export function keyed(text) {
  let key = ""
  const where = []
  let i = 0
  for (const ch of text) {
    if (plain(ch.charCodeAt(0))) {
      key += ch
      where.push(i)
    } else if (!isSpace(ch) && ch !== "\u200b") {
      key += keyChar(ch)
      where.push(i)
    }
    i += ch.length
  }
  return { key, where }
}

const prepared = new WeakMap() // docs list -> its sources, each with its key

function sourcesOf(docs) {
  let sources = prepared.get(docs)
  if (!sources) {
    sources = indexSources(docs).map((source) => ({ ...source, key: keyed(source.text).key }))
    prepared.set(docs, sources)
  }
  return sources
}

const PAIRS = 1 << 20
/** A hash of the two key characters at `at`, for the prefilter (collisions only cost time). */
const pair = (key, at) => ((key.charCodeAt(at) << 10) ^ key.charCodeAt(at + 1)) & (PAIRS - 1)

/** The exemplar blocks of an index: [{slug, block, location, title, text}], in index order. */
export function indexSources(docs) {
  const titles = {}
  for (const doc of docs) if (!doc.location.includes("#")) titles[doc.location] = doc.title
  const sources = []
  docs.forEach((doc) => {
    const m = EXEMPLAR.exec(doc.location)
    if (!m) return
    const text = doc.same !== undefined ? docs[doc.same].text : doc.text
    if (!text) return
    const page = doc.location.split("#")[0]
    sources.push({ slug: m[1], block: m[2], location: doc.location, title: titles[page] || m[1], text })
  })
  return sources
}

function runsOf(key, sources, size) {
  const windows = new Map()
  const starts = new Uint8Array(PAIRS)
  for (let i = 0; i + size <= key.length; i++) {
    const w = key.slice(i, i + size)
    if (!windows.has(w)) windows.set(w, [])
    windows.get(w).push(i)
    starts[pair(key, i)] = 1
  }
  const hits = []
  sources.forEach((source, s) => {
    const skey = source.key
    for (let j = 0; j + size <= skey.length; j++) {
      if (!starts[pair(skey, j)]) continue
      const at = windows.get(skey.slice(j, j + size))
      if (at) for (const i of at) hits.push([i, s, j])
    }
  })
  hits.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2])
  const runs = []
  const ends = new Map()
  for (const [i, s, j] of hits) {
    const id = `${s}:${i - j}`
    let run = ends.get(id)
    if (run && run[2] === i - 1) run[2] = i
    else {
      run = [s, i, i, j]
      ends.set(id, run)
      runs.push(run)
    }
  }
  return runs
}

/** 1 for each key character of the draft inside a run of minLen or more found in `docs`
 *  (common text or not): what sources.js asks of the chunks it has read. */
export function copiedMask(draft, docs, minLen = 15) {
  const { key } = keyed(draft)
  const mask = new Uint8Array(key.length)
  for (const [, first, last] of runsOf(key, sourcesOf(docs), minLen)) mask.fill(1, first, last + minLen)
  return mask
}

/**
 * Copied runs of the draft: {runs: [{start, end, text, slug, block, location, title}], share}.
 * `docs` are search-index records (or any {location, title, text|same} list); `common`
 * {wordings: [key text], shared: Set of fingerprint hashes} is left out.
 */
export function findCopies(draft, docs, minLen = 15, common = { wordings: [], shared: null }) {
  const sources = sourcesOf(docs)
  const { key, where } = keyed(draft)
  const runs = runsOf(key, sources, minLen)
  runs.sort((a, b) => b[2] - b[1] - (a[2] - a[1]) || a[1] - b[1] || a[0] - b[0])
  /* Runs longest first, each trimmed to what no longer run took: the parts of [a, b) outside
     the union of the runs before it (as fanwen.check.copies._free does, here over a coverage
     map, linear in the run lengths). */
  const covered = new Uint8Array(key.length)
  const mask = commonMask(key, common.wordings, common.shared)
  const chosen = []
  let share = 0
  for (const [s, firstWindow, last] of runs) {
    const end = last + minLen
    let at = firstWindow
    while (at < end) {
      while (at < end && covered[at]) at++
      let stop = at
      while (stop < end && !covered[stop]) stop++
      let own = 0
      for (let k = at; k < stop; k++) {
        covered[k] = 1
        own += 1 - mask[k]
      }
      if (stop - at >= minLen && own >= minLen) {
        chosen.push([at, stop, sources[s]])
        share += own
      }
      at = stop
    }
  }
  if (!chosen.length) return { runs: [], share: 0 }
  chosen.sort((p, q) => p[0] - q[0])
  return {
    share: share / key.length,
    runs: chosen.map(([a, b, source]) => {
      const start = where[a]
      const last = where[b - 1]
      const end = last + (draft.codePointAt(last) > 0xffff ? 2 : 1)
      return { start, end, text: draft.slice(start, end), slug: source.slug, block: source.block, location: source.location, title: source.title }
    }),
  }
}
