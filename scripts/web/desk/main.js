/*
 * Entry of assets/desk/fanwen-desk.js: the writing desk on desk.html, and its tools on the
 * exemplar, comparison and role pages. Data (window.fanwenDeskData) comes from
 * assets/desk/desk-data.js, written by scripts/fanwen/render/desk_page.py at every build; the
 * Word generator (window.fanwenWord) from assets/desk/fanwen-word.js, loaded on first use
 * (dom.wordGenerator). Plain scripts, so
 * everything works from file:// as well.
 */
import { initDesk } from "./desk-ui.js"
import { browserStorage, siteRootOf } from "./dom.js"
import { initCompare, initExemplar, initRoleForms } from "./page-tools.js"

const script = document.currentScript

function start() {
  const tools = { ...browserStorage(), siteRoot: siteRootOf(script) }
  const data = window.fanwenDeskData
  const desk = document.getElementById("fw-desk")
  if (desk && data) initDesk(desk, data, tools)
  initExemplar(tools)
  initCompare(tools)
  if (data) initRoleForms(tools, data)
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start)
else start()
