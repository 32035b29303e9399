// Search-index records for exemplar blocks, as the conformance cases give them (slug, block,
// title, text): a page record, then one record per block, characters joined by U+200B as the
// index writes them. Shared by the node tests of the draft checker.
import { keyed } from "../../scripts/web/check/copies.js"
import { allHashes } from "../../scripts/web/check/fingerprints.js"

const S = "\u200b"

/** A case's shared phrases as common fingerprints (every gram of each), or null. */
export function sharedOf(phrases) {
  return phrases ? allHashes(phrases.map((p) => keyed(p).key)) : null
}

export function docsOf(sources) {
  const docs = []
  for (const s of sources) {
    const page = `exemplars/${s.slug}.html`
    if (!docs.some((d) => d.location === page)) docs.push({ location: page, title: s.title, text: "" })
    docs.push({ location: `${page}#${s.block}`, title: "一、工作情况", text: Array.from(s.text).join(S) })
  }
  return docs
}
