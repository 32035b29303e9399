/*
 * The check page's view of the findings, as pure data (no DOM): each finding filed under an
 * item of the writing checklist, with how many items passed, and the draft cut into pieces
 * at every finding's start and end, so each piece can be shown marked or plain.
 *
 * `groups` are those of assets/check/check-data.js (fanwen.check.checklist.checklist_groups):
 * [{name, items: [{text, finds: [rule id or prefix], subject?}]}]. An item with no `finds` is
 * for the writer's own eye: shown, never counted. Findings are referred to by their index in
 * the list checkDraft returned. fanwen.check.checklist.file_findings gives `fanwen check-draft`
 * the same verdict; tests/web/check-cases.test.js holds the two to it.
 */

const RANK = { error: 3, update: 2, check: 2, info: 1 }

/** Is `rule` the rule `find` names, or one under it: ruleIn("noise.watermark", "noise") is true. */
export function ruleIn(rule, find) {
  return rule === find || rule.startsWith(`${find}.`)
}

function takes(item, finding) {
  if (!item.finds.some((find) => ruleIn(finding.rule, find))) return false
  return item.subject === undefined || finding.subject === item.subject
}

function fileItem(item, findings, used) {
  const mine = []
  findings.forEach((finding, k) => {
    if (!used.has(k) && takes(item, finding)) mine.push(k)
  })
  for (const k of mine) used.add(k)
  const checked = item.finds.length > 0
  return { text: item.text, checked, ok: checked && mine.length === 0, findings: mine }
}

/**
 * The findings filed under the checklist:
 * {groups: [{name, items: [{text, checked, ok, findings: [k]}], passed, checked}],
 *  passed, checked, rest: [k of findings no item takes]}.
 */
export function fileFindings(findings, groups) {
  const used = new Set()
  const filed = groups.map((group) => {
    const items = group.items.map((item) => fileItem(item, findings, used))
    return {
      name: group.name,
      items,
      passed: items.filter((i) => i.ok).length,
      checked: items.filter((i) => i.checked).length,
    }
  })
  return {
    groups: filed,
    passed: filed.reduce((n, g) => n + g.passed, 0),
    checked: filed.reduce((n, g) => n + g.checked, 0),
    rest: findings.map((_, k) => k).filter((k) => !used.has(k)),
  }
}

/** Does the finding point at text (a span of at least one character)? */
export function hasSpan(finding) {
  return finding.start !== null && finding.end !== null && finding.end > finding.start
}

/**
 * The text cut at every span's start and end: [{start, end, text, findings: [k]}], the
 * findings covering each piece in list order; a piece no finding covers has findings [].
 * segments("召开会议××次", [{start: 4, end: 6, …}]) gives 召开会议 / ×× (findings [0]) / 次.
 */
export function segments(text, findings) {
  const cuts = new Set([0, text.length])
  for (const f of findings) if (hasSpan(f)) cuts.add(f.start).add(f.end)
  const points = [...cuts].filter((p) => p <= text.length).sort((a, b) => a - b)
  const out = []
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]]
    const covering = []
    findings.forEach((f, k) => {
      if (hasSpan(f) && f.start <= start && end <= f.end) covering.push(k)
    })
    const last = out[out.length - 1]
    if (last && !covering.length && !last.findings.length) {
      last.end = end
      last.text = text.slice(last.start, end)
    } else out.push({ start, end, text: text.slice(start, end), findings: covering })
  }
  return out
}

/** The most serious severity among some findings: "error", "check" or "info". */
export function worst(findings) {
  return findings.reduce((w, f) => (RANK[f.severity] > RANK[w] ? f.severity : w), "info")
}

/** Characters of a text without white space, the usual 字数: charCount("一、工作 情况") is 6. */
export function charCount(text) {
  return Array.from(text.replace(/\s/g, "")).length
}
