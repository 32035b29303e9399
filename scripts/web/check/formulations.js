/*
 * 提法核对 in the browser: the port of fanwen.check.formulations and fanwen.check.meetings, over
 * rules.formulations (from snippets/formulations.yaml).
 *
 *   slips     every match of a slip pattern is a finding, with the slip's reason;
 *   lists     a run of members of a fixed-order list (四个意识 …): all members in another order,
 *             or (where allowed) exactly one missing;
 *   meetings  a draft citing a plenum, when a later meeting was held by the end of its period,
 *             is asked whether to cite it; the period is the writer's when given, else the
 *             title's (reportPeriod).
 */
import { findAll, search } from "./regex.js"
import { fill, finding, probeText, strip } from "./text.js"

/** Slip and list findings of the text. */
export function formulationFindings(text, rules) {
  const settings = rules.settings
  const out = []
  for (const slip of rules.formulations.slips) {
    if (!slip.re) continue
    for (const m of findAll(slip.re, text)) {
      if (!m.text) continue
      out.push(finding(settings, slip.rule, { severity: slip.severity, message: slip.message, start: m.index, end: m.end, text: m.text }))
    }
  }
  for (const list of rules.formulations.lists) {
    if (!list.re) continue
    const n = list.members.length
    for (const m of findAll(list.re, text)) {
      const named = members(m.text, list.members)
      const distinct = new Set(named).size === named.length
      let severity = null
      let message = null
      if (distinct && named.length === n && named.some((x, k) => x !== list.members[k])) {
        severity = list.severity
        message = list.message
      } else if (list.incomplete && distinct && named.length === n - 1) {
        severity = "check"
        message = fill(list.message_incomplete, { missing: list.members.find((x) => !named.includes(x)) })
      } else continue
      out.push(finding(settings, list.rule, { severity, message, start: m.index, end: m.end, text: m.text }))
    }
  }
  return out
}

/** The members named in a run, in order: members("道路自信和理论自信", […]). */
export function members(run, names) {
  const found = []
  let at = 0
  while (at < run.length) {
    const name = names.find((x) => run.startsWith(x, at))
    if (name) {
      found.push(name)
      at += name.length
    } else at++
  }
  return found
}

// A year, not a date (2022-07-12) nor a document number's (〔2021〕36号): meetings.YEAR.
const YEAR = /(?<![0-9〔【［[])((?:19|20)[0-9]{2})(?![0-9〕】］\]]|[-/.][0-9])/
const HEAD_LINES = 3
const NUMERAL = /[一二三四五六七八九]中/g

/** [start, end, first sentence] of the year in the first of the first three lines holding one. */
export function headYear(text) {
  let at = 0
  let seen = 0
  for (const line of text.split("\n")) {
    if (strip(line) && seen < HEAD_LINES) {
      seen++
      const m = YEAR.exec(line)
      if (m) return [at + m.index, at + m.index + 4, line.split(/[。！？]/)[0]]
    }
    at += line.length + 1
  }
  return null
}

function periodOf(year, first, meetings) {
  const period = meetings.periods.find((p) => p.re && search(p.re, first))
  if (period) return { year, end: period.end, label: period.label }
  return { year, end: 12, label: meetings.year_label }
}

/** {year, end, label} of the draft, from the first of its first three lines holding a year. */
export function draftPeriod(text, meetings) {
  const head = headYear(text)
  return head ? periodOf(Number(text.slice(head[0], head[1])), head[2], meetings) : null
}

/** The period a report is for: the writer's year (and period label) when given, else the title's. */
export function reportPeriod(text, meetings, year = null, label = null) {
  const found = draftPeriod(text, meetings)
  if (year === null || year === undefined) return found
  if (label) return periodOf(year, label, meetings)
  if (found && found.year === year) return found
  return { year, end: 12, label: meetings.year_label }
}

/** Each meeting cited: {index, start, end, text, plenum}, in order of the text. */
export function citations(text, meetings) {
  const keys = new Map(meetings.calendar.map((m, k) => [m.key, k]))
  const found = []
  for (const m of findAll(meetings.congress, text)) {
    const key = `${m.groups[1]}大`
    if (keys.has(key)) found.push({ index: keys.get(key), start: m.index, end: m.end, text: m.text, plenum: false })
  }
  for (const m of findAll(meetings.plenums, text)) {
    for (const number of m.groups[2].match(NUMERAL) || []) {
      const key = `${m.groups[1]}届${number}全会`
      if (keys.has(key)) found.push({ index: keys.get(key), start: m.index, end: m.end, text: m.text, plenum: true })
    }
  }
  return found.sort((a, b) => a.start - b.start || a.index - b.index)
}

/** The question about the latest meeting, when there is one to ask (0 or 1 finding). */
export function meetingFindings(text, rules, given = null) {
  const meetings = rules.formulations.meetings
  const cited = citations(text, meetings)
  const period = given || draftPeriod(probeText(text, rules.text.wide_alnum), meetings)
  if (!period) return []
  return [...latestFindings(meetings, cited, period, rules), ...calendarFindings(meetings, period, rules)]
}

const monthOf = (period) => `${String(period.year).padStart(4, "0")}-${String(period.end).padStart(2, "0")}`
const chineseMonth = (held) => `${held.split("-")[0]}年${Number(held.split("-")[1])}月`

/** A report whose period ends after the calendar is known to be complete: say so. */
export function calendarFindings(meetings, period, rules) {
  if (meetings.known_to >= monthOf(period)) return []
  const expected = meetings.calendar.filter((m) => m.expected)
  const last = expected[expected.length - 1]
  const message = fill(meetings.beyond, {
    year: period.year,
    period: period.label,
    known: chineseMonth(meetings.known_to),
    last: last.name,
    held: chineseMonth(last.held),
  })
  return [finding(rules.settings, "calendar", { message, subject: last.key })]
}

/** The question about the latest meeting, when the draft cites a plenum. */
function latestFindings(meetings, cited, period, rules) {
  if (!cited.some((c) => c.plenum)) return []
  const end = monthOf(period)
  const due = []
  meetings.calendar.forEach((m, k) => {
    if (m.expected && m.held <= end) due.push(k)
  })
  const latest = Math.max(...cited.map((c) => c.index))
  if (!due.length || due[due.length - 1] <= latest) return []
  const meeting = meetings.calendar[due[due.length - 1]]
  const last = cited.find((c) => c.index === latest)
  const message = fill(meetings.question, {
    year: period.year,
    period: period.label,
    meeting: meeting.name,
    held: chineseMonth(meeting.held),
    cited: meetings.calendar[latest].name,
  })
  return [finding(rules.settings, "meeting.latest", { message, start: last.start, end: last.end, text: last.text, subject: meeting.key })]
}
