/*
 * The draft checker in the browser: checkDraft(text, rules, docs?) -> findings.
 *
 * `rules` is the JSON of fanwen.check.browser_rules.rules_for_browser() (the same data the
 * command `fanwen check-draft` reads); `docs` the search index's records, to look for copied
 * exemplar text (optional), and `shared` the fingerprints common to many exemplars. Each
 * finding: {rule, group, severity, message, start, end, text, subject, extra}; start/end are UTF-16 offsets into the text with line breaks made \n (what a
 * page needs to highlight it), null for a finding about the whole draft. The text findings are
 * those of Python; structure is the simpler equivalent described in structure.js. `options`:
 * {year, period} when the writer gives the report's year (and 上半年…), as `--year`/`--period`.
 */
import { findCopies } from "./copies.js"
import { formulationFindings, meetingFindings, reportPeriod } from "./formulations.js"
import { plainText, structureFindings, structureText } from "./structure.js"
import { surfaceFindings } from "./surface.js"
import { fill, finding, normalizeBreaks, probeText, sortFindings } from "./text.js"
import { yearFindings } from "./years.js"

/** The meeting and year findings, for the writer's year when given, else the title's. */
export function periodFindings(text, rules, options = {}) {
  const year = options.year ?? null
  const probe = probeText(text, rules.text.wide_alnum)
  const period = reportPeriod(probe, rules.formulations.meetings, year, options.period ?? null)
  return [...meetingFindings(text, rules, period), ...yearFindings(probe, rules, period, year !== null)]
}

/** The findings both engines compute alike from the text (no structure, no copying). */
export function textFindings(text, rules, options = {}) {
  return sortFindings([...surfaceFindings(text, rules), ...formulationFindings(text, rules), ...periodFindings(text, rules, options)])
}

/** The copy findings: the share first (about the whole draft), then each run with its source;
 *  `shared` holds the fingerprints common to many exemplars (a Set of hashes, or null). */
export function copyFindings(text, docs, rules, shared = null) {
  const settings = rules.settings
  const { runs, share } = findCopies(text, docs, settings.copy_min, { wordings: rules.copy_wordings, shared })
  if (!runs.length) return []
  const percent = Math.floor(share * 100 + 0.5)
  const out = [finding(settings, "copy.share", { message: fill(settings.messages["copy.share"], { percent }), extra: { share: Math.round(share * 10000) / 10000 } })]
  for (const run of runs)
    out.push(
      finding(settings, "copy.run", {
        message: fill(settings.messages["copy.run"], { title: run.title }),
        start: run.start,
        end: run.end,
        text: run.text,
        subject: run.slug,
        extra: { slug: run.slug, block: run.block, location: run.location },
      }),
    )
  return out
}

/** Every finding on a draft; `docs` the exemplar records to look for copying in; `options`:
 *  {year, period} as textFindings, and `shared`, the fingerprints common to many exemplars
 *  (sources.js gives docs and shared). */
export function checkDraft(text, rules, docs = null, options = {}) {
  const draft = normalizeBreaks(text)
  const surface = surfaceFindings(draft, rules)
  const plain = plainText(draft, rules.structure)
  const read = structureText(plain, plain === draft ? surface : surfaceFindings(plain, rules), rules.structure)
  const findings = [
    ...surface,
    ...formulationFindings(draft, rules),
    ...periodFindings(draft, rules, options),
    ...structureFindings(read, rules),
    ...(docs ? copyFindings(draft, docs, rules, options.shared ?? null) : []),
  ]
  return sortFindings(findings)
}
