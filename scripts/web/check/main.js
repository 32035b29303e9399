/*
 * Entry of assets/check/fanwen-check.js: the draft checker for a page to call, as
 * window.fanwenCheck = {checkDraft, findCopies}, and the check page (check.html) when the page
 * has one. The page's rules and checklist groups come from assets/check/check-data.js
 * (window.fanwenCheckData), the desk's fields from assets/desk/desk-data.js; plain scripts,
 * so everything also works from file://.
 */
import { browserStorage, siteRootOf } from "../desk/dom.js"
import { checkDraft } from "./check.js"
import { findCopies } from "./copies.js"
import { initCheck } from "./page.js"
import { setSiteRoot } from "./sources.js"

window.fanwenCheck = { checkDraft, findCopies }

const script = document.currentScript

function start() {
  const root = document.getElementById("fw-check")
  const data = window.fanwenCheckData
  if (!root || !data) return
  const url = siteRootOf(script)
  setSiteRoot(url)
  const desk = window.fanwenDeskData
  initCheck(root, data, { ...browserStorage(), siteRoot: url, deskFields: desk ? desk.fields : [] })
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start)
else start()
