/*
 * The year a report is for, in the browser: the port of fanwen.check.years over rules.years
 * (check/data/draft_checks.yaml) and rules.formulations.campaigns (snippets/formulations.yaml).
 *
 *   year.title     the writer gave a year and the title names another;
 *   year.stale     a year read as the report's own period (2023年以来, a sentence opening
 *                  2023年，, 现将…2023年…报告如下) that is not the report's;
 *   year.plan      in the plans, a full-year report's own year (or an earlier one) as a plan's date;
 *   year.campaign  a campaign of another year, unless spoken of as consolidating it.
 *
 * Every pattern's named group y is the year as written (2023年): the finding marks it.
 */
import { findAll, search } from "./regex.js"
import { cpLength, fill, finding, lookup, overlaps, strip } from "./text.js"
import { headYear } from "./formulations.js"

const indexed = new Map()

/** Every match of an exported pattern with the span of its group y: [{start, end}]. */
export function yearSpans(re, text) {
  const key = re.source + "\u0000" + re.flags
  let regex = indexed.get(key)
  if (!regex) indexed.set(key, (regex = new RegExp(re.source, re.flags + "dg")))
  return Array.from(text.matchAll(regex), (m) => ({ start: m.indices.groups.y[0], end: m.indices.groups.y[1] }))
}

function message(settings, rule, values) {
  return fill(lookup(settings.messages, rule), values)
}

/** Where the plans are: [start, end) spans (nothing before `after`, the title's line). */
export function planZones(text, years, after = 0) {
  const zones = []
  let at = 0
  for (const line of text.split("\n")) {
    const end = at + line.length
    const short = cpLength(strip(line)) <= years.heading_max && !line.includes("。")
    if (at >= after && short && search(years.zone_heading, line)) {
      zones.push([at, text.length])
      break
    }
    const cue = search(years.zone_cue, line)
    if (at >= after && cue) zones.push([at + cue.index, end])
    at = end + 1
  }
  return zones
}

const inside = (pos, zones) => zones.some(([a, b]) => a <= pos && pos < b)

function shortLines(text, years, after) {
  const out = []
  let at = 0
  for (const line of text.split("\n")) {
    if (at >= after && cpLength(strip(line)) <= years.heading_max && !line.includes("。")) out.push([at, line])
    at += line.length + 1
  }
  return out
}

function planFindings(text, period, settings, years, after) {
  if (period.end !== 12) return []
  const spans = new Map()
  for (const [a, b] of planZones(text, years, after))
    for (const s of yearSpans(years.plan, text.slice(a, b))) spans.set(`${a + s.start}:${a + s.end}`, [a + s.start, a + s.end])
  for (const [at, line] of shortLines(text, years, after))
    for (const s of yearSpans(years.plan_heading, line)) spans.set(`${at + s.start}:${at + s.end}`, [at + s.start, at + s.end])
  const out = []
  for (const [start, end] of [...spans.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1])) {
    const year = Number(text.slice(start, start + 4))
    if (year < period.year - years.near || year > period.year) continue
    const values = { year: period.year, period: period.label, found: year, next: period.year + 1 }
    out.push(finding(settings, "year.plan", { message: message(settings, "year.plan", values), start, end, text: text.slice(start, end) }))
  }
  return out
}

function staleFindings(text, period, settings, years, after, taken) {
  const zones = planZones(text, years, after)
  const spans = new Map()
  for (const re of years.own) for (const s of yearSpans(re, text)) spans.set(`${s.start}:${s.end}`, [s.start, s.end])
  const out = []
  for (const [start, end] of [...spans.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1])) {
    const year = Number(text.slice(start, start + 4))
    if (start < after || year === period.year || Math.abs(year - period.year) > years.near) continue
    if ((year > period.year && inside(start, zones)) || overlaps(start, end, taken)) continue
    const values = { year: period.year, period: period.label, found: year, text: text.slice(start, end) }
    out.push(finding(settings, "year.stale", { message: message(settings, "year.stale", values), start, end, text: text.slice(start, end) }))
  }
  return out
}

function campaignFindings(text, campaigns, period, settings, years) {
  const out = []
  for (const campaign of campaigns) {
    if (campaign.year === period.year || !campaign.re) continue
    for (const m of findAll(campaign.re, text)) {
      const before = text.slice(Math.max(0, m.index - years.window), m.index)
      const after = text.slice(m.end, m.end + years.window)
      if (campaign.year < period.year && (search(years.keep_before, before) || search(years.keep_after, after))) continue
      const values = { year: period.year, period: period.label, campaign: campaign.name, held: campaign.year }
      const wording = campaign.year < period.year ? "year.campaign" : "year.campaign.later"
      const fields = { message: message(settings, wording, values), start: m.index, end: m.end, text: m.text, subject: campaign.key }
      out.push(finding(settings, "year.campaign", fields))
    }
  }
  return out
}

/** The line holding `pos`. */
function lineAt(text, pos) {
  const start = text.lastIndexOf("\n", pos - 1) + 1
  const end = text.indexOf("\n", pos)
  return text.slice(start, end === -1 ? text.length : end)
}

/** Every year finding of `text` (full-width digits already ASCII) for `period`; `asked` when the
 *  writer gave the year, so the title's may differ from it. */
export function yearFindings(text, rules, period, asked = false) {
  if (!period) return []
  const settings = rules.settings
  const years = rules.years
  const head = headYear(text)
  let after = 0
  const out = []
  if (head && !lineAt(text, head[0]).includes("。")) {
    // a title, not the opening
    const [start, end] = head
    after = text.indexOf("\n", start) + 1 || text.length
    const year = Number(text.slice(start, end))
    if (asked && year !== period.year) {
      const values = { year: period.year, period: period.label, found: year }
      out.push(finding(settings, "year.title", { message: message(settings, "year.title", values), start, end, text: text.slice(start, end) }))
    }
  }
  const plans = planFindings(text, period, settings, years, after)
  const taken = plans.map((f) => [f.start, f.end])
  out.push(...plans, ...staleFindings(text, period, settings, years, after, taken))
  return [...out, ...campaignFindings(text, rules.formulations.campaigns, period, settings, years)]
}
