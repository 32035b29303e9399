/*
 * Placeholders, website text, masked words and typo suspects on the draft as typed: the port
 * of fanwen.check.surface. The rules (rules.surface) are cleaning's own noise and character
 * data, in the order Python applies them; the logic below is the same, step for step:
 *
 *   line   a line whose stripped text is at most max_len long and matches (first rule wins);
 *   tail   a 相关推荐 line and the links after it, up to the first line of prose;
 *   title  SEO suffixes peeled off the title-like lines at the top;
 *   others every match not overlapping an earlier finding (typos: not overlapping site text);
 *          a run (××, XX, ***, 某某) only beside Chinese; typos read runs as ×× (XX大大).
 */
import { compile, findAll, found } from "./regex.js"
import { cpLength, finding, isSpace, linesWithOffsets, lstrip, overlaps, probeText, strip } from "./text.js"

const SENTENCE_END = "。！？…"

/** Every surface finding of the text (line breaks already \n). */
export function surfaceFindings(text, rules) {
  const settings = rules.settings
  const probe0 = probeText(text, rules.text.wide_alnum)
  const specs = rules.surface.filter((s) => s.re)
  const results = []
  const taken = []
  const site = []
  const add = (spec, start, end) => {
    const inside = spec.rule.startsWith("noise.") ? widened(start, end, taken, site) : []
    if (inside.length) {
      const gone = (s) => inside.some((i) => i[0] === s[0] && i[1] === s[1])
      for (const list of [taken, site]) list.splice(0, list.length, ...list.filter((s) => !gone(s)))
      results.splice(0, results.length, ...results.filter((f) => !gone([f.start, f.end])))
    }
    if (end <= start || overlaps(start, end, spec.kind === "typo" ? site : taken)) return
    taken.push([start, end])
    if (spec.rule.startsWith("noise.")) site.push([start, end])
    const body = text.slice(start, end)
    results.push(finding(settings, spec.rule, { message: spec.message.replace("{text}", body), start, end, text: body }))
  }
  const of = (kind) => specs.filter((s) => s.kind === kind)
  for (const [start, end, spec] of lineSpans(probe0, of("line"))) add(spec, start, end)
  for (const [start, end, spec] of tailSpans(probe0, of("tail"), rules.text)) add(spec, start, end)
  for (const [start, end, spec] of titleSpans(probe0, of("title"), rules.text)) add(spec, start, end)
  const zh = compile(rules.text.zh)
  let probe = probe0
  const runs = []
  for (const spec of specs) {
    if (["line", "tail", "title"].includes(spec.kind)) continue
    if (spec.kind === "typo") probe = withRuns(probe, runs)
    for (const m of findAll(spec.re, probe)) {
      let start = m.index
      let end = m.end
      if (spec.kind === "run") {
        if (!zh.test(charBefore(probe, start) + charAt(probe, end))) continue
        runs.push([start, end])
      }
      if (spec.kind === "span" || spec.kind === "tail") [start, end] = trimmed(text, start, end)
      add(spec, start, end)
    }
  }
  return results
}

/**
 * The findings [start, end) takes the place of: every one it overlaps, when it holds each whole
 * and reaches past it, and each is website text (更多精彩范文请访问 before a watermark); else none.
 */
export function widened(start, end, taken, site) {
  const inside = taken.filter((s) => overlaps(start, end, [s]))
  const isSite = (s) => site.some((x) => x[0] === s[0] && x[1] === s[1])
  const wider = (s) => start <= s[0] && s[1] <= end && s[1] - s[0] < end - start
  return inside.every((s) => isSite(s) && wider(s)) ? inside : []
}

/** The character before an offset, and the one at it (astral characters whole). */
function charBefore(text, at) {
  if (at <= 0) return ""
  const low = text.charCodeAt(at - 1)
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.slice(at - 1, at)
}

function charAt(text, at) {
  const cp = text.codePointAt(at)
  return cp === undefined ? "" : String.fromCodePoint(cp)
}

function withRuns(probe, runs) {
  const chars = probe.split("")
  for (const [a, b] of runs) for (let k = a; k < b; k++) chars[k] = "×"
  return chars.join("")
}

/** A span without white space at either end (a noise span may take a line break). */
function trimmed(text, start, end) {
  while (start < end && isSpace(text[start])) start++
  while (end > start && isSpace(text[end - 1])) end--
  return [start, end]
}

function stripped(start, line) {
  const body = strip(line)
  const lead = line.length - lstrip(line).length
  return [start + lead, start + lead + body.length]
}

function lineSpans(text, specs) {
  const out = []
  for (const [start, line] of linesWithOffsets(text)) {
    const body = strip(line)
    if (!body) continue
    const spec = specs.find((s) => cpLength(body) <= s.max_len && found(s.re, body))
    if (spec) out.push([...stripped(start, line), spec])
  }
  return out
}

function tailSpans(text, specs, opts) {
  const lines = linesWithOffsets(text)
  for (let k = 0; k < lines.length; k++) {
    const [start, line] = lines[k]
    for (const spec of specs) {
      if (!found(spec.re, line)) continue
      const prose = lines.slice(k + 1).find(([, ln]) => cpLength(strip(ln)) > opts.prose_min && ln.includes("。"))
      const body = text.slice(start, prose ? prose[0] : text.length)
      return [[stripped(start, line)[0], start + trimmed(body, 0, body.length)[1], spec]]
    }
  }
  return []
}

function titleLike(line, opts) {
  const body = strip(line)
  return body.length > 0 && cpLength(body) <= opts.title_max && ![...SENTENCE_END].some((ch) => body.includes(ch))
}

function titleSpans(text, specs, opts) {
  const head = []
  for (const [start, line] of linesWithOffsets(text)) {
    if (!strip(line)) continue
    if (head.length === opts.head_lines || !titleLike(line, opts)) break
    head.push([start, line])
  }
  const out = []
  for (const [start, line] of head.slice(0, opts.title_lines)) {
    let kept = line
    let first = null
    for (;;) {
      const spec = specs.find((s) => {
        const m = compile(s.re).exec(kept)
        return m && m.index > 0 && strip(kept.slice(0, m.index))
      })
      if (!spec) break
      kept = kept.slice(0, compile(spec.re).exec(kept).index)
      first = first || spec
    }
    if (first) out.push([start + kept.length, stripped(start, line)[1], first])
  }
  return out
}
