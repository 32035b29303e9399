/*
 * Texts as search sees them: the index's jieba-segmented text made plain, normalised for
 * matching, and escaped for showing.
 */

const SEP = /\u200b/g
const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

/** White space collapsed and trimmed, jieba separators (U+200B) dropped. */
export function norm(text) {
  return text.replace(SEP, "").replace(/\s+/g, " ").trim()
}

/** Text made safe to put into HTML: escapeHTML("<b>两个维护</b>") is "&lt;b&gt;两个维护&lt;/b&gt;". */
export function escapeHTML(text) {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c])
}

/**
 * A record's text as searched: plain text, lower-cased text, and the offsets where a jieba
 * token starts or ends (null when normalising moved white space, so offsets no longer fit).
 */
export function prepareText(segmented) {
  const tokens = segmented.split("\u200b")
  let plain = ""
  let bounds = { 0: true }
  for (const token of tokens) {
    plain += token
    bounds[plain.length] = true
  }
  const text = norm(plain)
  if (text !== plain) bounds = null
  return { text, lower: text.toLowerCase(), bounds }
}
