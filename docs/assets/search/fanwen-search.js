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
 * The index (scripts/fanwen/search.py) has one record per analysis block, its text split into
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

  function escapeHTML(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]
    })
  }

  /* One searchable record: plain text, lower-cased text, jieba token boundaries. A record
     with `same` holds no text of its own: it has the text of docs[same]. */
  function prepare(doc, text, order) {
    var tokens = text.split("\u200b")
    var plain = "", bounds = {}
    bounds[0] = true
    for (var i = 0; i < tokens.length; i++) {
      plain += tokens[i]
      bounds[plain.length] = true
    }
    var text = norm(plain)
    if (text !== plain) bounds = null /* white space moved: score without boundaries */
    return {
      location: doc.location,
      page: doc.location.split("#")[0],
      title: doc.title,
      text: text,
      lower: text.toLowerCase(),
      bounds: bounds,
      order: order
    }
  }

  function setup(index) {
    records = []
    titles = {}
    var docs = index.docs || []
    for (var i = 0; i < docs.length; i++) {
      var doc = docs[i]
      var text = doc.same !== undefined ? docs[doc.same].text : doc.text
      if (!text) {
        titles[doc.location.split("#")[0]] = doc.title
        continue
      }
      records.push(prepare(doc, text, i))
    }
  }

  function terms(query) {
    return norm(query).toLowerCase().split(" ").filter(function (t) { return t.length > 0 })
  }

  /* Every occurrence of every term: [start, end) pairs, sorted and merged. */
  function occurrences(lower, words) {
    var spans = []
    for (var i = 0; i < words.length; i++) {
      var at = lower.indexOf(words[i])
      while (at !== -1) {
        spans.push([at, at + words[i].length])
        at = lower.indexOf(words[i], at + 1)
      }
    }
    spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1] })
    var merged = []
    for (var j = 0; j < spans.length; j++) {
      var last = merged[merged.length - 1]
      if (last && spans[j][0] <= last[1]) last[1] = Math.max(last[1], spans[j][1])
      else merged.push(spans[j].slice())
    }
    return merged
  }

  function score(record, words) {
    var total = 0
    for (var i = 0; i < words.length; i++) {
      var at = record.lower.indexOf(words[i])
      while (at !== -1) {
        var whole = record.bounds && record.bounds[at] && record.bounds[at + words[i].length]
        total += whole ? 3 : 1
        at = record.lower.indexOf(words[i], at + 1)
      }
    }
    return total
  }

  /* A stretch of the text around the first match, matches marked, HTML escaped. */
  function teaser(record, words) {
    var spans = occurrences(record.lower, words)
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
      found[record.page].push({ record: record, score: score(record, words) })
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
          text: teaser(hit.record, words),
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
        var reply
        if (message.type === SETUP) {
          setup(message.data)
          reply = { type: READY }
        } else if (message.type === QUERY) {
          var t0 = performance.now()
          reply = { type: RESULT, data: search(message.data) }
          window.__fanwenSearch.last = {
            query: message.data,
            pages: reply.data.items.length,
            ms: performance.now() - t0
          }
        }
        if (reply) target.dispatchEvent(new MessageEvent("message", { data: reply }))
        if (reply && reply.type === RESULT) window.__fanwenSearch.last.done = true
        if (reply && reply.type === READY) window.__fanwenSearch.ready = true
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
