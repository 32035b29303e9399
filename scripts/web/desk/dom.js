/*
 * Thin DOM helpers shared by the desk and the page tools: building elements, the clipboard,
 * saving a Blob as a file, and a short status message. Nothing here talks to a server.
 */

/** An element: el("button", {class: "x", type: "button"}, "文字", child…). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag)
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue
    if (key === "class") node.className = value
    else if (key === "value") node.value = value
    else node.setAttribute(key, value === true ? "" : String(value))
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false)
      node.append(typeof child === "string" ? document.createTextNode(child) : child)
  }
  return node
}

/** Put text on the clipboard; falls back to a hidden textarea where the Clipboard API is missing. */
export async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text)
      return
    } catch {
      /* fall back below */
    }
  }
  const area = el("textarea", { readonly: true, style: "position:fixed;top:0;left:0;opacity:0" })
  area.value = text
  document.body.append(area)
  area.select()
  const ok = document.execCommand("copy")
  area.remove()
  if (!ok) throw new Error("浏览器不允许写入剪贴板")
}

/** A file name without the characters Windows refuses. */
export function safeName(name, fallback) {
  const clean = String(name || "").replace(/[\\/:*?"<>|\u0000-\u001f]/g, "").trim().slice(0, 80)
  return clean || fallback
}

/** Save a Blob as a download named `name` (an object URL, nothing leaves the browser). */
export function saveFile(blob, name) {
  const url = URL.createObjectURL(blob)
  const link = el("a", { href: url, download: name, hidden: true })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10000)
}

/** The site's root URL, from the address of one of its bundles (assets/<part>/<file>.js). */
export function siteRootOf(script) {
  const src = script && script.src ? script.src : ""
  return src ? src.replace(/assets\/[^/]+\/[^/]*$/, "") : new URL(".", location.href).href
}

let wordLoading = null

/**
 * The Word generator (window.fanwenWord, assets/desk/fanwen-word.js, ~500 KB with the docx
 * package), loaded with a <script> the first time a Word file is asked for, so pages that
 * only offer the button do not carry it.
 */
export function wordGenerator(siteRoot) {
  if (window.fanwenWord) return Promise.resolve(window.fanwenWord)
  wordLoading =
    wordLoading ||
    new Promise((resolve, reject) => {
      const script = document.createElement("script")
      script.src = `${siteRoot}assets/desk/fanwen-word.js`
      script.onload = () => (window.fanwenWord ? resolve(window.fanwenWord) : reject(new Error("fanwen-word.js")))
      script.onerror = () => {
        wordLoading = null
        reject(new Error(`无法读取 ${script.src}`))
      }
      document.head.append(script)
    })
  return wordLoading
}

/** The page's address relative to the site root: "exemplars/a.html#b3". */
export function relativeLink(root, href) {
  return href.startsWith(root) ? href.slice(root.length) : href
}

let toastTimer = null

/** A short message at the bottom of the screen, with an optional link. */
export function toast(message, link) {
  let box = document.querySelector(".fw-toast")
  if (!box) {
    box = el("div", { class: "fw-toast", role: "status", "aria-live": "polite", "data-search-exclude": true })
    document.body.append(box)
  }
  box.replaceChildren(message, link ? el("a", { href: link.href }, link.text) : "")
  box.hidden = false
  clearTimeout(toastTimer)
  toastTimer = setTimeout(() => (box.hidden = true), 6000)
}

/** localStorage, or a stand-in kept in memory where the browser refuses it. */
export function browserStorage() {
  try {
    const storage = window.localStorage
    storage.getItem("fanwen-probe")
    return { storage, persistent: true }
  } catch {
    const items = {}
    const storage = {
      getItem: (k) => (k in items ? items[k] : null),
      setItem: (k, v) => (items[k] = String(v)),
      removeItem: (k) => delete items[k],
    }
    return { storage, persistent: false }
  }
}
