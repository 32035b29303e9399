/*
 * 范文 exact search in Material for MkDocs' search UI (entry point, bundled into
 * assets/search/fanwen-search.js and loaded through mkdocs.yml's extra.polyfills).
 *
 * Material's bundle creates `new Worker(".../workers/search.<hash>.min.js")` and talks to it
 * with SETUP (0, search_index.json: here no docs, and config.fanwen = {shards, chunks}) → READY (1), and
 * QUERY (2) → RESULT (3). This script hands Material an in-page stand-in for that worker, so
 * search needs no Worker and also works from file://. On a query it reads the index pieces it
 * needs (engine.js), answers Material with an empty RESULT (Material clears its list), then
 * puts the first 20 result pages into that list itself, and 20 more whenever the list is
 * scrolled to its end. window.__fanwenSearch exposes the state and the last query's figures.
 */
import { createSearch } from "./engine.js"
import { siteRootOf } from "../desk/dom.js"
import { sharedPieces } from "./pieces.js"
import { countText, hitURL, renderGroup } from "./results.js"

const SETUP = 0
const READY = 1
const QUERY = 2
const RESULT = 3
const PAGE = 20 // result pages shown at once, and added per scroll

const base = siteRootOf(document.currentScript)
const loader = sharedPieces(base)

const api = {
  ready: false,
  last: null,
  meta: null,
  loaded: () => loader.loaded(),
  more: () => showMore(),
  complete: () => Boolean(current && current.complete),
  busy: () => Boolean(current && current.busy),
}
let current = null // {search, query, pages, hits, complete, busy}

let highlight = null // Material's search.highlight feature, read once from #__config

function highlightOn() {
  if (highlight === null) {
    try {
      highlight = JSON.parse(document.querySelector("#__config").textContent).features.includes("search.highlight")
    } catch (e) {
      highlight = false
    }
  }
  return highlight
}

function list() {
  return document.querySelector(".md-search-result__list")
}

function show(run, groups, complete) {
  const ul = list()
  const link = (location) => hitURL(base, location, run.search.words, highlightOn())
  if (ul) for (const group of groups) ul.appendChild(renderGroup(document, group, link))
  run.pages += groups.length
  run.hits += groups.reduce((n, g) => n + g.hits.length, 0)
  run.complete = complete
  const meta = document.querySelector(".md-search-result__meta")
  if (meta && run.pages) meta.textContent = countText(run.pages, run.hits, complete)
}

function failed(run, err) {
  const meta = document.querySelector(".md-search-result__meta")
  if (run === current && meta) meta.textContent = `检索索引读取失败（${err.message}），请刷新页面后重试。`
  api.last = { query: run.query, error: String(err), done: true }
}

async function showMore() {
  const run = current
  if (!run || run.complete || run.busy) return
  run.busy = true
  try {
    const { groups, complete } = await run.search.more(PAGE, () => run === current)
    if (run === current) show(run, groups, complete)
  } catch (err) {
    failed(run, err)
  } finally {
    run.busy = false
  }
}

async function answer(query, reply) {
  const t0 = performance.now()
  const run = { search: createSearch(api.meta, loader.load, query), query, pages: 0, hits: 0, complete: false, busy: true }
  current = run
  let found
  try {
    found = await run.search.more(PAGE, () => run === current) // a newer query stops this one
  } catch (err) {
    run.busy = false
    if (run !== current) return
    reply({ type: RESULT, data: { items: [] } }) // no stale list of the query before
    return failed(run, err)
  }
  run.busy = false
  if (run !== current) return
  const { groups, complete } = found
  reply({ type: RESULT, data: { items: [] } }) // Material empties its list and count
  show(run, groups, complete)
  api.last = { query, pages: run.pages, hits: run.hits, complete, ms: performance.now() - t0, loaded: loader.loaded(), done: true }
}

document.addEventListener(
  "scroll",
  (event) => {
    const wrap = event.target
    if (!wrap.classList || !wrap.classList.contains("md-search__scrollwrap")) return
    if (wrap.scrollTop + wrap.clientHeight >= wrap.scrollHeight - 200) showMore()
  },
  true,
)

// Material reads the query on key release (and focus) only: text pasted with the mouse, or
// put in by an input method without a key release, would wait for a key press. Every input
// event of the search box is passed on as a key release; Material drops repeats of a value.
document.addEventListener(
  "input",
  (event) => {
    const box = event.target
    if (box.matches && box.matches("[data-md-component=search-query]")) box.dispatchEvent(new KeyboardEvent("keyup"))
  },
  true,
)

/** The stand-in for Material's search worker: an event target with postMessage. */
function SearchWorker() {
  const target = document.createElement("span")
  const reply = (data) => target.dispatchEvent(new MessageEvent("message", { data }))
  target.postMessage = (message) =>
    setTimeout(() => {
      if (message.type === SETUP) {
        const config = (message.data && message.data.config) || {}
        api.meta = config.fanwen || { shards: 1, chunks: 0 }
        loader.version = api.meta.build || ""
        reply({ type: READY })
        api.ready = true
      } else if (message.type === QUERY) {
        answer(message.data, reply)
      }
    }, 0)
  target.terminate = () => {}
  return target
}

const NativeWorker = window.Worker
window.Worker = function (url, options) {
  if (/workers\/search\.[^/]*\.js/.test(String(url))) return new SearchWorker()
  return new NativeWorker(url, options)
}
window.__fanwenSearch = api
