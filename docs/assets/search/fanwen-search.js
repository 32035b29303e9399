/*
 * 范文 exact search, answering Material for MkDocs' search UI.
 *
 * Material's bundle creates `new Worker(".../workers/search.<hash>.min.js")` and talks to it
 * with four messages: SETUP (0, the index) → READY (1), QUERY (2, the typed text) →
 * RESULT (3, {items: SearchItem[][]}). This script, loaded right after the bundle and before
 * the page is ready, hands Material an in-page object with the same protocol instead of that
 * worker, so search needs no Worker at all and also works when the site is opened from the
 * file system (Chromium refuses file: workers; Material then loads search/search_index.js).
 *
 * The index (scripts/fanwen/site/search_index.py) has one record per analysis block, its text split into
 * jieba tokens by U+200B. A record matches when its text contains every word of the query
 * (case ignored, white space collapsed): exact substring matching, so every block containing
 * the query is found and no other. Matches that start and end on jieba token boundaries rank
 * first. Results are grouped by page; every link leads to the matching block's anchor.
 * A record with `same` (a block quoted on a comparison page) takes the text of docs[same],
 * so each text is shipped once.
 */
(function () {
  "use strict"

  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3
  var SEP = /\u200b/g
  var records = []
  var titles = {}

  function norm(text) {
    return text.replace(SEP, "").replace(/\s+/g, " ").trim()
  }

  var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

  function escapeHTML(text) {
    return text.replace(/[&<>"']/g, function (c) { return ESCAPES[c] })
  }

  /* A record's text as searched: plain text, lower-cased text, jieba token boundaries. */
  function prepareText(segmented) {
    var tokens = segmented.split("\u200b")
    var plain = "", bounds = {}
    bounds[0] = true
    for (var i = 0; i < tokens.length; i++) {
      plain += tokens[i]
      bounds[plain.length] = true
    }
    var text = norm(plain)
    if (text !== plain) bounds = null /* white space moved: score without boundaries */
    return { text: text, lower: text.toLowerCase(), bounds: bounds }
  }

  /* One searchable record per doc with text. A doc with `same` holds no text of its own: it
     shares the prepared text of docs[same], which comes earlier. */
  function setup(index) {
    records = []
    titles = {}
    var docs = index.docs || []
    var prepared = {}
    for (var i = 0; i < docs.length; i++) {
      var doc = docs[i]
      var shared = doc.same !== undefined ? prepared[doc.same] : doc.text && prepareText(doc.text)
      if (!shared) {
        titles[doc.location.split("#")[0]] = doc.title
        continue
      }
      prepared[i] = shared
      records.push({
        location: doc.location,
        page: doc.location.split("#")[0],
        title: doc.title,
        text: shared.text,
        lower: shared.lower,
        bounds: shared.bounds,
        order: i
      })
    }
  }

  function terms(query) {
    return norm(query).toLowerCase().split(" ").filter(function (t) { return t.length > 0 })
  }

  /* Every occurrence of every term: [start, end) pairs, in the order found. */
  function occurrences(lower, words) {
    var spans = []
    for (var i = 0; i < words.length; i++) {
      var at = lower.indexOf(words[i])
      while (at !== -1) {
        spans.push([at, at + words[i].length])
        at = lower.indexOf(words[i], at + 1)
      }
    }
    return spans
  }

  /* The spans sorted, overlapping ones merged (for marking them in the teaser). */
  function merge(spans) {
    var sorted = spans.slice().sort(function (a, b) { return a[0] - b[0] || b[1] - a[1] })
    var merged = []
    for (var j = 0; j < sorted.length; j++) {
      var last = merged[merged.length - 1]
      if (last && sorted[j][0] <= last[1]) last[1] = Math.max(last[1], sorted[j][1])
      else merged.push(sorted[j].slice())
    }
    return merged
  }

  /* 3 for each occurrence that is a whole jieba word, 1 for any other. */
  function score(record, spans) {
    var total = 0
    for (var i = 0; i < spans.length; i++) {
      var whole = record.bounds && record.bounds[spans[i][0]] && record.bounds[spans[i][1]]
      total += whole ? 3 : 1
    }
    return total
  }

  /* A stretch of the text around the first match, matches marked, HTML escaped. */
  function teaser(record, spans) {
    var first = spans.length ? spans[0][0] : 0
    var start = Math.max(0, first - 30)
    var end = Math.min(record.text.length, start + 120)
    var html = start > 0 ? "…" : ""
    var at = start
    for (var i = 0; i < spans.length; i++) {
      var s = Math.max(spans[i][0], start), e = Math.min(spans[i][1], end)
      if (e <= s) continue
      html += escapeHTML(record.text.slice(at, s)) + "<mark>" + escapeHTML(record.text.slice(s, e)) + "</mark>"
      at = e
    }
    html += escapeHTML(record.text.slice(at, end)) + (end < record.text.length ? "…" : "")
    return html
  }

  function search(query) {
    var words = terms(query)
    if (!words.length) return { items: [] }
    var found = {}
    var pages = []
    for (var i = 0; i < records.length; i++) {
      var record = records[i]
      var ok = true
      for (var j = 0; j < words.length && ok; j++) ok = record.lower.indexOf(words[j]) !== -1
      if (!ok) continue
      if (!found[record.page]) {
        found[record.page] = []
        pages.push(record.page)
      }
      var spans = occurrences(record.lower, words)
      found[record.page].push({ record: record, spans: spans, score: score(record, spans) })
    }
    var matched = {}
    for (var k = 0; k < words.length; k++) matched[words[k]] = true
    var groups = pages.map(function (page) {
      var hits = found[page].sort(function (a, b) {
        return b.score - a.score || a.record.order - b.record.order
      })
      var items = hits.map(function (hit) {
        return {
          location: hit.record.location,
          title: escapeHTML(hit.record.title),
          text: teaser(hit.record, merge(hit.spans)),
          score: hit.score,
          terms: matched
        }
      })
      /* Material shows the item without "#" as the page heading; when every hit has an
         anchor, it takes the last item: the page title, linking to the best block. */
      if (items.every(function (item) { return item.location.indexOf("#") !== -1 }))
        items.push({
          location: items[0].location,
          title: escapeHTML(titles[page] || page),
          text: "",
          score: items[0].score,
          terms: matched
        })
      return { items: items, best: hits[0].score, order: hits[0].record.order }
    })
    groups.sort(function (a, b) { return b.best - a.best || a.order - b.order })
    return { items: groups.map(function (g) { return g.items }) }
  }

  /* The stand-in for Material's search worker. */
  function SearchWorker() {
    var target = document.createElement("span")
    target.postMessage = function (message) {
      setTimeout(function () {
        if (message.type === SETUP) {
          setup(message.data)
          target.dispatchEvent(new MessageEvent("message", { data: { type: READY } }))
          window.__fanwenSearch.ready = true
        } else if (message.type === QUERY) {
          var t0 = performance.now()
          var data = search(message.data)
          var last = { query: message.data, pages: data.items.length, ms: performance.now() - t0 }
          window.__fanwenSearch.last = last
          target.dispatchEvent(new MessageEvent("message", { data: { type: RESULT, data: data } }))
          last.done = true
        }
      }, 0)
    }
    target.terminate = function () {}
    return target
  }

  var NativeWorker = window.Worker
  window.Worker = function (url, options) {
    if (/workers\/search\.[^/]*\.js/.test(String(url))) return new SearchWorker()
    return new NativeWorker(url, options)
  }
  window.__fanwenSearch = { search: search, setup: setup, ready: false, last: null }
})()
