/*
 * The draft checker's patterns, as exported by fanwen.check.browser_rules: each is a
 * {source, flags} pair already rewritten from Python syntax (fanwen.check.jsregex), so it keeps
 * Python's meaning (Unicode \d \w \s, Python's ^ and $). This module compiles them once and
 * runs them like Python's re: search, finditer, match counts.
 */

const cache = new Map()

/** The RegExp of an exported pattern; `global` adds the g flag (for iterating). */
export function compile(re, global = false) {
  const key = re.source + "\u0000" + re.flags + (global ? "g" : "")
  let regex = cache.get(key)
  if (!regex) {
    regex = new RegExp(re.source, re.flags + (global ? "g" : ""))
    cache.set(key, regex)
  }
  return regex
}

/** The first match (as Python's re.search), or null. */
export function search(re, text) {
  return compile(re).exec(text)
}

/** Does the pattern match anywhere in the text? */
export function found(re, text) {
  return compile(re).test(text)
}

/** Every match, as Python's re.finditer: [{index, end, text, groups}]. */
export function findAll(re, text) {
  const out = []
  for (const m of text.matchAll(compile(re, true)))
    out.push({ index: m.index, end: m.index + m[0].length, text: m[0], groups: m })
  return out
}

/** How many times the pattern matches (as len(re.findall)). */
export function count(re, text) {
  let n = 0
  for (const _ of text.matchAll(compile(re, true))) n++
  return n
}
