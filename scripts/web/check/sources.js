/*
 * Where the copying check finds exemplar text: sourcesFor(draft) resolves to {docs, shared}:
 * records in the shape copies.js reads ({location, title, text}), and the draft's fingerprints
 * that are common text (a Set of hashes), from the copy index's pieces (search/copy/<n>.js,
 * fanwen.render.copy_index) and the few text chunks they point to, never the whole corpus.
 *
 * The draft's key (copies.js) is fingerprinted as the index was (fingerprints.js): any run of
 * 15 key characters copied from an exemplar shares a kept fingerprint with it. Each of the
 * draft's fingerprints is looked up in its piece: absent (no exemplar has it), common (many
 * exemplars of different sites have it: text every report says alike), or the chunks holding
 * it. Chunks are then read in rounds: each fingerprint not yet inside a copied run found in the
 * chunks read so far is given one more of its chunks (the one most such fingerprints point
 * to), up to PER_PROBE chunks per fingerprint. A run of 15 characters or more is missed only
 * if its fingerprints' first PER_PROBE chunks all hold them elsewhere, not in the run.
 */
import { sharedPieces } from "../search/pieces.js"
import { decodeIds } from "../search/keys.js"
import { copiedMask, keyed } from "./copies.js"
import { GRAM, fingerprints } from "./fingerprints.js"

export const PER_PROBE = 8

let siteRoot = ""
const decodedPieces = new WeakMap() // a copy piece -> Map(h // shards -> postings text)

/** The site's root URL ("…/site/"), which the index pieces are relative to. */
export function setSiteRoot(url) {
  siteRoot = url
}

/** A copy piece as a Map from h // shards to its postings ("" for a common fingerprint). */
export function decodePiece(piece) {
  let map = decodedPieces.get(piece)
  if (!map) {
    const postings = piece.p.split(",")
    map = new Map(decodeIds(piece.h).map((q, i) => [q, postings[i]]))
    decodedPieces.set(piece, map)
  }
  return map
}

/** Each distinct fingerprint of a draft's key: {hash, at: [positions]}. */
export function probesOf(key) {
  const byHash = new Map()
  for (const [at, hash] of fingerprints(key)) {
    if (!byHash.has(hash)) byHash.set(hash, { hash, at: [] })
    byHash.get(hash).at.push(at)
  }
  return [...byHash.values()]
}

/**
 * The chunk to read next for each open probe ({ids, tried}): of its first PER_PROBE untried
 * chunks, the one most open probes point to (the lowest id of equals); -1 when none is left.
 */
export function choose(open) {
  const untried = open.map((p) => p.ids.filter((id) => !p.tried.has(id)).slice(0, PER_PROBE - p.tried.size))
  const votes = new Map()
  for (const ids of untried) for (const id of ids) votes.set(id, (votes.get(id) || 0) + 1)
  return untried.map((ids) => ids.reduce((best, id) => (best < 0 || votes.get(id) > votes.get(best) || (votes.get(id) === votes.get(best) && id < best) ? id : best), -1))
}

/** A chunk's blocks as copies.js records: the page record first, then each block. */
export function chunkDocs(chunk) {
  const docs = [{ location: chunk.page, title: chunk.title }]
  for (const [anchor, title, text, kind] of chunk.records)
    if (anchor && text && !kind) docs.push({ location: `${chunk.page}#${anchor}`, title, text })
  return docs
}

let lastDocs = { ids: "", docs: [] } // the same list again when the same chunks are read

function docsOf(texts) {
  const ids = [...texts.keys()].sort((a, b) => a - b)
  if (ids.join() !== lastDocs.ids) lastDocs = { ids: ids.join(), docs: ids.flatMap((id) => chunkDocs(texts.get(id))) }
  return lastDocs.docs
}

/** Is a probe inside a copied run: the gram at one of its positions wholly covered? */
const inside = (probe, mask) => probe.at.some((at) => mask.subarray(at, at + GRAM).every((v) => v === 1))

/** The probes of a draft looked up in the copy pieces, and the common hashes among them. */
async function lookUp(pieces, meta, key) {
  const shards = meta.copy_shards
  const probes = probesOf(key)
  const wanted = [...new Set(probes.map((p) => p.hash % shards))]
  const loaded = new Map((await Promise.all(wanted.map((n) => pieces.load("copy", n)))).map((piece, i) => [wanted[i], piece]))
  const shared = new Set()
  const open = []
  for (const probe of probes) {
    const postings = decodePiece(loaded.get(probe.hash % shards)).get(Math.floor(probe.hash / shards))
    if (postings === "") shared.add(probe.hash)
    else if (postings !== undefined) open.push({ ...probe, ids: decodeIds(postings), tried: new Set() })
  }
  return { shared, open }
}

/** The exemplar records that may hold the draft's text, and its common fingerprints. */
export async function sourcesFor(draft, minLen = 15) {
  const pieces = sharedPieces(siteRoot)
  const meta = await pieces.meta()
  if (!meta.copy_shards) return { docs: [], shared: new Set() }
  const key = keyed(draft).key
  let { shared, open } = await lookUp(pieces, meta, key)
  const texts = new Map()
  let docs = []
  for (let round = 0; round < PER_PROBE && open.length; round++) {
    const picks = choose(open)
    const wanted = [...new Set(picks.filter((id) => id >= 0 && !texts.has(id)))]
    const chunks = await Promise.all(wanted.map((id) => pieces.load("text", id)))
    chunks.forEach((chunk, i) => texts.set(wanted[i], chunk))
    docs = docsOf(texts)
    const mask = copiedMask(draft, docs, minLen)
    open = open.filter((probe) => {
      for (const id of probe.ids) if (texts.has(id)) probe.tried.add(id)
      return !inside(probe, mask) && probe.tried.size < Math.min(PER_PROBE, probe.ids.length)
    })
  }
  return { docs, shared }
}
