/*
 * Structure findings in the browser: the simpler equivalent of fanwen.check.structure.
 *
 * Both engines ask their questions of the same text (fanwen.check.reading.structure_text):
 * the draft without the website text the surface checks found, placeholders written ××, ASCII
 * punctuation beside Chinese made full-width, each line trimmed, blank lines dropped; a draft
 * mostly in traditional characters is read in simplified ones first (rules.structure.simplified,
 * OpenCC's t2s for the characters of the rules), and pinyin debris (总结(jié)) goes; a page
 * pasted as one run-on line is cut before its inline headings (runon.js). Neither engine makes
 * cleaning's other layout repairs for a draft. Blocks and roles then follow the ported analysis (blocks.js, roles.js); the
 * questions (frame, order, opening and transition, assessment, events, data, answers, duties)
 * and their wording are the same. tests/data/draft_cases.yaml holds both to them.
 */
import { assignRoles } from "./roles.js"
import { sentences, splitBlocks } from "./blocks.js"
import { transitionRole } from "./roles.js"
import { compile, count, found } from "./regex.js"
import { breakRunOn } from "./runon.js"
import { fill, finding, strip } from "./text.js"

const FRAME = ["practices", "problems", "next_steps"]
const HALF = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。" }
const CJK = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff"
const PUNCT_RE = new RegExp(`(?<=[${CJK}])[,;:?!.]|[,;:?!](?=[${CJK}])`, "gu")

/** `text` in simplified characters when at least `traditional_min` of them are in the table
 *  (fanwen.check.reading.simplified), else as it is: 落實 -> 落实. */
export function simplified(text, st) {
  let n = 0
  for (const c of text) if (Object.hasOwn(st.simplified, c)) n++
  if (n < st.traditional_min) return text
  let out = ""
  for (const c of text) out += Object.hasOwn(st.simplified, c) ? st.simplified[c] : c
  return out
}

/** The draft in simplified characters, without the pinyin a broken converter left beside them
 *  (fanwen.check.reading.plain_text): 總結(jié) -> 总结. */
export function plainText(text, st) {
  let out = simplified(text, st)
  for (const re of st.pinyin) out = out.replace(compile(re, true), "")
  return out
}

/** The draft as the structure checks read it (see above), from the surface findings of the
 *  text plainText() gives. */
export function structureText(text, surface, st) {
  const edits = surface
    .filter((f) => f.rule.startsWith("noise.") || f.rule === "placeholder.run" || f.rule === "placeholder.gap")
    .sort((a, b) => a.start - b.start)
  let out = ""
  let at = 0
  for (const f of edits) {
    if (f.start < at) continue
    out += text.slice(at, f.start) + (f.rule.startsWith("noise.") ? "" : "××")
    at = f.end
  }
  out += text.slice(at)
  out = breakRunOn(out.replace(PUNCT_RE, (c) => HALF[c]), st.run_on)
  const lines = out.split("\n").map(strip).filter((l) => l)
  return lines.length ? lines.join("\n") + "\n" : ""
}

function themeOf(block, themes) {
  let best = null
  let bestScore = 0
  for (const theme of themes) {
    let score = 0
    for (const cue of theme.cues) score += 3 * count(cue, block.heading || "") + count(cue, block.text)
    if (score > bestScore) {
      best = theme.id
      bestScore = score
    }
  }
  return best
}

/** Findings about the draft as a whole, from the structure text. */
export function structureFindings(text, rules) {
  const st = rules.structure
  const settings = rules.settings
  const labelled = assignRoles(splitBlocks(text, st), st)
  const roles = labelled.map(([, r]) => r).filter((r) => r)
  const names = Object.fromEntries(st.roles.map((r) => [r.id, r.name]))
  const say = (rule, values = {}, extra = {}) =>
    finding(settings, rule, { message: fill(settings.messages[rule], values), ...extra })
  const first = {}
  for (const r of FRAME) if (roles.includes(r)) first[r] = roles.indexOf(r)
  const out = FRAME.filter((r) => !(r in first)).map((r) => say("structure.frame", { role: names[r] }, { subject: r }))
  FRAME.forEach((a, i) => {
    for (const b of FRAME.slice(i + 1))
      if (a in first && b in first && first[b] < first[a])
        out.push(say("structure.order", { role: names[b], before: names[a] }, { subject: b }))
  })
  const openingCue = st.roles.find((c) => c.id === "opening")
  const opening = labelled.filter(([, r]) => r === "opening").map(([b]) => b.text)
  if (!opening.length) out.push(say("structure.opening"))
  else if (!opening.some((t) => openingCue.transitions.some((re) => found(re, t)))) out.push(say("structure.transition"))
  const judged =
    roles.includes("assessment") ||
    labelled.some(([b]) => sentences(b.text, st).some((s) => transitionRole(s, st) === "assessment"))
  if (!judged) out.push(say("structure.assessment"))
  if (!st.events.some((re) => found(re, text))) out.push(say("structure.events"))
  // a field left to fill stands for its figure (〔会议次数〕次 as ××次); the field is flagged apart
  const figures = (t) => t.replace(compile(st.data_field, true), st.field_figure)
  const data = labelled.filter(([, r]) => r === "practices").reduce((n, [b]) => n + count(st.data, figures(b.text)), 0)
  if (data < settings.data_min) out.push(say("structure.data", { count: data }))
  if (!(roles.includes("problems") && roles.includes("next_steps"))) out.push(say("structure.answers.parts"))
  const themesOf = (role) => new Set(labelled.filter(([, r]) => r === role).map(([b]) => themeOf(b, st.themes)).filter((t) => t))
  // a measure may answer a problem in a clause of an item about something else: every theme
  // the work ahead names at all counts as answered
  const ahead = labelled.filter(([, r]) => r === "next_steps").map(([b]) => `${b.heading || ""}\n${b.text}`)
  const answered = new Set(st.themes.filter((t) => t.cues.some((re) => ahead.some((x) => found(re, x)))).map((t) => t.id))
  const themeNames = Object.fromEntries(st.themes.map((t) => [t.id, t.name]))
  for (const theme of [...themesOf("problems")].filter((t) => !answered.has(t)).sort())
    out.push(say("structure.answers", { theme: themeNames[theme] }, { subject: theme }))
  for (const duty of st.duties)
    if (!duty.cues.some((re) => found(re, text))) out.push(say("structure.duties", { duty: duty.name }, { subject: duty.id }))
  return out
}
