/*
 * Entry of assets/check/fanwen-check.js: the draft checker for a page to call, as
 * window.fanwenCheck = {checkDraft, findCopies}. The page supplies the rules (the JSON of
 * fanwen.aids.browser_rules.rules_for_browser, e.g. from a data script) and, for copying,
 * the search index's docs. A plain script, so it also works from file://.
 */
import { checkDraft } from "./check.js"
import { findCopies } from "./copies.js"

window.fanwenCheck = { checkDraft, findCopies }
