/*
 * Fingerprints of key text (winnowing), as fanwen.check.fingerprints computes them: every GRAM
 * characters of a key hashed (CRC-32 of the UTF-16 code units, little-endian), and of every
 * WINDOW consecutive hashes the smallest (rightmost of equals) kept. Two texts sharing a run of
 * GRAM + WINDOW - 1 = 15 key characters share a kept fingerprint.
 */
export const GRAM = 9
export const WINDOW = 7

const TABLE = new Uint32Array(256)
for (let n = 0; n < 256; n++) {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  TABLE[n] = c >>> 0
}

/** CRC-32 of a string's UTF-16 code units: gramHash("坚持以习近平新时代") is 203463967. */
export function gramHash(gram) {
  let c = 0xffffffff
  for (let i = 0; i < gram.length; i++) {
    const u = gram.charCodeAt(i)
    c = TABLE[(c ^ u) & 0xff] ^ (c >>> 8)
    c = TABLE[(c ^ (u >>> 8)) & 0xff] ^ (c >>> 8)
  }
  return (c ^ 0xffffffff) >>> 0
}

/** The hash of every gram of a key, in order. */
export function hashes(key) {
  const out = []
  for (let i = 0; i + GRAM <= key.length; i++) out.push(gramHash(key.slice(i, i + GRAM)))
  return out
}

/** Positions kept: of every WINDOW values the smallest, rightmost of equals. */
export function winnow(values) {
  if (!values.length) return []
  const width = Math.min(WINDOW, values.length)
  const kept = []
  const window = [] // positions of rising values; window[head] is the minimum
  let head = 0
  values.forEach((value, i) => {
    while (window.length > head && values[window[window.length - 1]] >= value) window.pop()
    window.push(i)
    if (window[head] <= i - width) head++
    if (i >= width - 1 && kept[kept.length - 1] !== window[head]) kept.push(window[head])
  })
  return kept
}

/** The kept [position, hash] pairs of a key. */
export function fingerprints(key) {
  const values = hashes(key)
  return winnow(values).map((p) => [p, values[p]])
}

/** The hash of every gram of some keys. */
export function allHashes(keys) {
  return new Set(keys.flatMap((key) => hashes(key)))
}

/** 1 for each key character that is common text: covered by a wording, or by the gram of one
 *  of the key's kept fingerprints whose hash is in `shared` (fanwen.check.common.common_mask). */
const WORD_CHAR = /[\p{L}\p{N}]/u

export function commonMask(key, wordings, shared) {
  const mask = new Uint8Array(key.length)
  // punctuation carries no words of its own: “”、， around fixed 提法 are no copied content
  for (let k = 0; k < key.length; k++) if (!WORD_CHAR.test(key[k])) mask[k] = 1
  for (const word of wordings) {
    for (let at = key.indexOf(word); at >= 0; at = key.indexOf(word, at + 1)) mask.fill(1, at, at + word.length)
  }
  if (shared && shared.size)
    for (const [p, h] of fingerprints(key)) if (shared.has(h)) mask.fill(1, p, p + GRAM)
  return mask
}
