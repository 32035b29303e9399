/*
 * Result pages as Material's search list shows them (the same classes, so its styles and its
 * arrow-key navigation apply): per page an item with the page title, its best hits with a
 * teaser (matches in <mark>), and the rest folded under "另有 N 处". Built with DOM calls:
 * block text is data and never parsed as HTML.
 */
import { teaser } from "./match.js"

const SHOWN = 3 // hits shown per page before folding the rest

/** The link of a hit (or page): relative to the site base, with ?h= for Material's highlighter. */
export function hitURL(base, location, words, highlight) {
  const url = new URL(location, base)
  if (highlight) url.searchParams.set("h", words.join(" "))
  return url.href
}

function el(doc, tag, attrs = {}, children = []) {
  const node = doc.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value)
  for (const child of children) node.append(child)
  return node
}

function article(doc, href, heading, pieces, parent) {
  const body = []
  if (parent) body.push(el(doc, "div", { class: "md-search-result__icon md-icon" }))
  body.push(el(doc, parent ? "h1" : "h2", {}, [heading]))
  if (pieces) body.push(el(doc, "p", {}, pieces.map((p) => (p.mark ? el(doc, "mark", {}, [p.text]) : p.text))))
  const art = el(doc, "article", { class: "md-search-result__article md-typeset" }, body)
  return el(doc, "a", { href, class: "md-search-result__link", tabindex: "-1" }, [art])
}

/** One result page as an <li class="md-search-result__item">. */
export function renderGroup(doc, group, link) {
  const top = group.hits.find((h) => !h.location.includes("#")) || group.hits[0]
  const items = [article(doc, link(top.location), group.title, null, true)]
  const hits = group.hits.filter((h) => h !== top || h.location.includes("#"))
  const teaserOf = (hit) => article(doc, link(hit.location), hit.title || group.title, teaser(hit.text, hit.spans), false)
  items.push(...hits.slice(0, SHOWN).map(teaserOf))
  if (hits.length > SHOWN) {
    const rest = hits.slice(SHOWN)
    const summary = el(doc, "summary", { tabindex: "-1" }, [el(doc, "div", {}, [`另有 ${rest.length} 处匹配`])])
    items.push(el(doc, "details", { class: "md-search-result__more" }, [summary, ...rest.map(teaserOf)]))
  }
  return el(doc, "li", { class: "md-search-result__item" }, items)
}

/** The line above the list: how many pages so far, and whether more are to come. */
export function countText(pages, hits, complete) {
  if (complete) return `找到 ${pages} 个页面，共 ${hits} 处匹配`
  return `已列出 ${pages} 个页面（${hits} 处匹配），向下滚动查看更多`
}
