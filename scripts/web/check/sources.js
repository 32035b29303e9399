/*
 * Where the copying check finds exemplar text: sourcesFor(draft) resolves to records in the
 * shape of the search index's docs ({location, title, text | same}; see copies.js). It is the
 * page's only tie to where the text comes from.
 *
 * For now it loads the whole search index, search/search_index.js (a plain script setting
 * `var __index`, which also works from file://), once, with a <script> tag; Material may
 * already have loaded it. When the index is split into pieces, only this file changes: it
 * will load the pieces the draft's text needs.
 */

const INDEX_SCRIPT = "search/search_index.js"
let siteRoot = ""
let loading = null

/** The site's root URL ("…/site/"), which the index path is relative to. */
export function setSiteRoot(url) {
  siteRoot = url
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script")
    script.src = src
    script.onload = resolve
    script.onerror = () => reject(new Error(`无法读取 ${src}`))
    document.head.append(script)
  })
}

/** The records of a loaded index, or null: indexDocs({docs: [...]}) is the list. */
export function indexDocs(index) {
  return index && Array.isArray(index.docs) ? index.docs : null
}

/** The exemplar records to look for the draft's text in (all of them, for now). */
export async function sourcesFor(draft) {
  void draft // the sharded index will pick its pieces by the draft's text
  if (!indexDocs(window.__index)) {
    loading = loading || loadScript(siteRoot + INDEX_SCRIPT)
    try {
      await loading
    } catch (err) {
      loading = null
      throw err
    }
  }
  const docs = indexDocs(window.__index)
  if (!docs) throw new Error(`${INDEX_SCRIPT} 中没有范文记录`)
  return docs
}
