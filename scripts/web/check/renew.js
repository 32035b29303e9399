/*
 * 从去年的报告开始 on the check page: last year's report pasted, the new year given, what must
 * change is marked in place for review. Besides the checker's own findings for that year
 * (year.title, year.stale, year.plan, year.campaign, meeting.latest), every earlier year within
 * rules.years.near not already marked (renew.year, 请核对) and every figure (the analysis's data
 * pattern: 12次, 3篇, 95%; renew.figure, 请更新). Wording, group and items: rules.renew
 * (check/data/draft_checks.yaml).
 */
import { findAll } from "./regex.js"
import { fill, overlaps, probeText, sortFindings } from "./text.js"
import { yearSpans } from "./years.js"
import { hasSpan } from "./report.js"

/** A mark of `rule` on text[start:end], shaped as a finding of the checker. */
function mark(rules, rule, severity, text, start, end, year) {
  const quoted = text.slice(start, end)
  const message = fill(rules.renew.messages[rule], { text: quoted, year })
  return { rule, group: rules.renew.group, severity, message, start, end, text: quoted, subject: null, extra: {} }
}

/**
 * The marks for making last year's report `year`'s: earlier years and figures, leaving out
 * years the checker's `findings` already mark.
 */
export function renewFindings(text, rules, year, findings = []) {
  const probe = probeText(text, rules.text.wide_alnum)
  const taken = findings.filter((f) => f.rule.startsWith("year.") && hasSpan(f)).map((f) => [f.start, f.end])
  const out = []
  for (const { start, end } of yearSpans(rules.renew.mention, probe)) {
    const found = Number(probe.slice(start, start + 4))
    if (found >= year || found < year - rules.years.near || overlaps(start, end, taken)) continue
    out.push(mark(rules, "renew.year", "check", text, start, end, year))
  }
  for (const m of findAll(rules.structure.data, probe)) out.push(mark(rules, "renew.figure", "update", text, m.index, m.end, year))
  return sortFindings(out)
}

/** The checklist groups with the renewal's own group first: its items file the marks. */
export function renewGroups(rules, groups) {
  return [{ name: rules.renew.group, items: rules.renew.items }, ...groups]
}

/** The year to make the report: the one given, else the year after the title's, else null. */
export function renewYear(given, titleYear) {
  if (given) return given
  return titleYear ? titleYear + 1 : null
}
