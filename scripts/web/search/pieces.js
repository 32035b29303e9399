/*
 * Loading the index's pieces (search/text/<n>.js, search/post/<n>.js) with <script> tags, so
 * the site also searches from file://. Each piece calls the global
 * __fanwenSearchPiece(kind, number, data); a piece asked for twice is fetched once.
 */

/**
 * A loader over `inject(url, done)`, which must run the script at `url` and then call `done`
 * (in the page: a <script> element; in tests: a function), and may return a function that
 * drops the request. `load(kind, n)` resolves to the piece's data, or rejects when it has not
 * come after `tries` requests, each given `wait` ms (a request that stalls is dropped and made
 * again at another address, so one hung connection does not freeze the search). Once `version`
 * is set (the index's build hash), addresses carry it (`?v=…`), so no cache serves another
 * build's piece.
 */
export function createLoader(base, inject, { wait = 20000, tries = 2 } = {}) {
  const arrived = new Map()
  const waiting = new Map()
  function receive(kind, number, data) {
    const key = `${kind}/${number}`
    arrived.set(key, data)
    if (waiting.has(key)) waiting.get(key).resolve(data)
  }
  function address(key, attempt) {
    const params = [loader.version && `v=${loader.version}`, attempt > 1 && `try=${attempt}`].filter(Boolean)
    return `${base}search/${key}.js${params.length ? `?${params.join("&")}` : ""}`
  }
  function request(key, entry, attempt) {
    let settled = false
    let drop = null
    const finish = () => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      if (arrived.has(key)) return
      if (drop) drop()
      if (attempt < tries) return request(key, entry, attempt + 1)
      waiting.delete(key)
      entry.reject(new Error(`search index piece ${key}.js did not load`))
    }
    const timer = setTimeout(finish, wait)
    drop = inject(address(key, attempt), finish) || null
  }
  function load(kind, number) {
    const key = `${kind}/${number}`
    if (arrived.has(key)) return Promise.resolve(arrived.get(key))
    if (!waiting.has(key)) {
      const entry = {}
      entry.promise = new Promise((resolve, reject) => Object.assign(entry, { resolve, reject }))
      waiting.set(key, entry)
      request(key, entry, 1)
    }
    return waiting.get(key).promise
  }
  const loader = { receive, load, loaded: () => arrived.size, version: "" }
  return loader
}

/** inject() for a page: a <script> in <head>; done() after it ran or failed; the function
 * returned takes the element out (a request given up). */
export function scriptInjector(doc) {
  return (url, done) => {
    const script = doc.createElement("script")
    script.src = url
    script.onload = script.onerror = () => {
      script.remove()
      done()
    }
    doc.head.appendChild(script)
    return () => script.remove()
  }
}

/**
 * The page's one loader, shared by every bundle that reads the index (the search box, the
 * draft check): the first caller makes it and points __fanwenSearchPiece at it. `meta()`
 * resolves to search_index.js's config.fanwen ({shards, chunks, exemplars}).
 */
export function sharedPieces(base, doc = document) {
  if (!window.__fanwenPieces) {
    const loader = createLoader(base, scriptInjector(doc))
    let meta = null
    loader.meta = () =>
      (meta =
        meta ||
        loadMeta(base, doc).then((found) => {
          loader.version = found.build || ""
          return found
        }))
    window.__fanwenSearchPiece = loader.receive
    window.__fanwenPieces = loader
  }
  return window.__fanwenPieces
}

function loadMeta(base, doc) {
  const read = () => window.__index && window.__index.config && window.__index.config.fanwen
  if (read()) return Promise.resolve(read())
  return new Promise((resolve, reject) =>
    scriptInjector(doc)(`${base}search/search_index.js`, () =>
      read() ? resolve(read()) : reject(new Error("search/search_index.js did not load")),
    ),
  )
}
