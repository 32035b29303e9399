/*
 * The draft checker in the browser: checkDraft(text, rules, docs?) -> findings.
 *
 * `rules` is the JSON of fanwen.check.browser_rules.rules_for_browser() (the same data the
 * command `fanwen check-draft` reads); `docs` the search index's records, to look for copied
 * exemplar text (optional), and `shared` the fingerprints common to many exemplars. Each finding: {rule, group, severity, message, start, end, text,
 * subject, extra}; start/end are UTF-16 offsets into the text with line breaks made \n (what a
 * page needs to highlight it), null for a finding about the whole draft. The text findings are
 * those of Python; structure is the simpler equivalent described in structure.js.
 */
import { findCopies } from "./copies.js"
import { formulationFindings, meetingFindings } from "./formulations.js"
import { structureFindings, structureText } from "./structure.js"
import { surfaceFindings } from "./surface.js"
import { fill, finding, normalizeBreaks, sortFindings } from "./text.js"

/** The findings both engines compute alike from the text (no structure, no copying). */
export function textFindings(text, rules) {
  return sortFindings([...surfaceFindings(text, rules), ...formulationFindings(text, rules), ...meetingFindings(text, rules)])
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

/** Every finding on a draft; `docs` the exemplar records to look for copying in, `shared` the
 *  fingerprints common to many exemplars (sources.js gives both). */
export function checkDraft(text, rules, docs = null, shared = null) {
  const draft = normalizeBreaks(text)
  const surface = surfaceFindings(draft, rules)
  const findings = [
    ...surface,
    ...formulationFindings(draft, rules),
    ...meetingFindings(draft, rules),
    ...structureFindings(structureText(draft, surface), rules),
    ...(docs ? copyFindings(draft, docs, rules, shared) : []),
  ]
  return sortFindings(findings)
}
