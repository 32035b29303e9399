/*
 * 范文 exact search, answering Material for MkDocs' search UI (entry point, bundled into
 * assets/search/fanwen-search.js and loaded through mkdocs.yml's extra.polyfills).
 *
 * Material's bundle creates `new Worker(".../workers/search.<hash>.min.js")` and talks to it
 * with four messages: SETUP (0, the index) → READY (1), QUERY (2, the typed text) →
 * RESULT (3, {items: SearchItem[][]}). This script, loaded right after the bundle and before
 * the page is ready, hands Material an in-page object with the same protocol instead of that
 * worker, so search needs no Worker at all and also works when the site is opened from the
 * file system (Chromium refuses file: workers; Material then loads search/search_index.js).
 * window.__fanwenSearch exposes the state and the last query's timing to tests and the bench.
 */
import { search, setup } from "./match.js"

const SETUP = 0
const READY = 1
const QUERY = 2
const RESULT = 3

const api = { search: (query) => search(state, query), setup: (index) => (state = setup(index)), ready: false, last: null }
let state = { records: [], titles: {} }

/** The stand-in for Material's search worker: an event target with postMessage. */
function SearchWorker() {
  const target = document.createElement("span")
  const reply = (data) => target.dispatchEvent(new MessageEvent("message", { data }))
  target.postMessage = (message) =>
    setTimeout(() => {
      if (message.type === SETUP) {
        api.setup(message.data)
        reply({ type: READY })
        api.ready = true
      } else if (message.type === QUERY) {
        const t0 = performance.now()
        const data = api.search(message.data)
        const last = { query: message.data, pages: data.items.length, ms: performance.now() - t0 }
        api.last = last
        reply({ type: RESULT, data })
        last.done = true
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
