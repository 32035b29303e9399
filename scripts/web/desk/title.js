/*
 * A long title broken into lines the way 公文 titles are (GB/T 9704-2012 7.3.3): at a word
 * boundary, never one character or half a word on a line, the upper line longer (梯形) or the
 * middle one longest (菱形). Where a line may break is data (TITLE_BREAKS): after the issuing
 * body's name or the year, before the subject's leading words; never inside a protected word.
 */
import { widthInChars } from "./closing.js"
import { LAYOUT } from "./layout.js"
import { charsPerLine } from "./units.js"

export const TITLE_BREAKS = {
  // A line may end right after one of these…
  after: ["党组", "党委", "党工委", "党总支", "党支部", "委员会", "人民政府", "年度", "上半年", "下半年"],
  // …or right before one of these.
  before: ["及", "暨", "关于", "落实", "贯彻", "履行", "开展", "推进", "加强", "意识形态", "工作责任制", "责任制落实", "工作情况", "情况的报告", "的报告", "的总结", "的自查报告", "工作总结", "自查报告"],
  // Never broken inside, whatever the lists above allow.
  words: ["意识形态", "工作责任制", "责任制", "年度", "关于", "情况", "报告", "总结", "落实", "党组", "党委", "上半年", "下半年"],
  // No line ends with one of these (a verb or 关于 cut from its object).
  noEnd: ["关于", "落实", "贯彻", "履行", "开展", "推进", "加强", "的"],
  minChars: 3, // the shortest line a title may have (so never one character, nor two)
}

function protectedSpans(text, words) {
  const inside = new Set()
  for (const word of words)
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1))
      for (let k = at + 1; k < at + word.length; k++) inside.add(k)
  return inside
}

/**
 * Where a title may break (indices into the string, between characters), by TITLE_BREAKS.
 * "中共××局党组关于2025年度落实意识形态工作责任制情况的报告" → [6, 8, 14, 16, 22, 27, 29]
 */
export function breakPoints(text, rules = TITLE_BREAKS) {
  const inside = protectedSpans(text, rules.words)
  const points = new Set()
  for (let k = 1; k < text.length; k++) {
    if (inside.has(k) || (/\w/.test(text[k - 1]) && /\w/.test(text[k]))) continue
    const head = text.slice(0, k)
    const tail = text.slice(k)
    if (/^[，。、；：！？）》”’]/.test(tail)) continue
    if (rules.noEnd.some((w) => head.endsWith(w))) continue
    if (rules.after.some((w) => head.endsWith(w)) || rules.before.some((w) => tail.startsWith(w))) points.add(k)
  }
  return [...points].sort((a, b) => a - b)
}

/**
 * What a set of line widths costs: uneven lengths, a line longer than the one above it
 * (neither 梯形 nor 菱形: 50 plus twice the overhang, so that any 梯形 or 菱形 wins), and each
 * line beyond two (10).
 */
function shapeCost(widths) {
  let cost = Math.max(...widths) - Math.min(...widths) + 10 * (widths.length - 2)
  const middle = widths.length === 3 && widths[1] >= widths[0] && widths[1] >= widths[2] // 菱形
  for (let k = 1; k < widths.length && !middle; k++)
    if (widths[k] > widths[k - 1]) cost += 50 + 2 * (widths[k] - widths[k - 1])
  return cost
}

function* combinations(points, count, from = 0) {
  if (count === 0) return yield []
  for (let k = from; k < points.length; k++)
    for (const rest of combinations(points, count - 1, k + 1)) yield [points[k], ...rest]
}

/**
 * The title as lines no wider than `perLine` characters (half-width characters count half):
 * the cheapest by shapeCost: 梯形 or 菱形, even lengths, few lines.
 * breakTitle("关于2025年度落实意识形态工作责任制情况的报告", 20)
 * → ["关于2025年度落实意识形态", "工作责任制情况的报告"]
 */
export function breakTitle(text, perLine, { maxLines = 3, rules = TITLE_BREAKS } = {}) {
  if (widthInChars(text) <= perLine) return [text]
  const points = breakPoints(text, rules)
  let best = null
  for (let lines = 2; lines <= maxLines; lines++) {
    for (const cut of combinations(points, lines - 1)) {
      const ends = [...cut, text.length]
      const parts = ends.map((end, k) => text.slice(k ? ends[k - 1] : 0, end))
      const widths = parts.map(widthInChars)
      if (widths.some((w) => w > perLine || w < rules.minChars)) continue
      const cost = shapeCost(widths)
      if (!best || cost < best.cost) best = { parts, cost }
    }
  }
  if (best) return best.parts
  return [text] // no word boundary fits: one line, wrapped by the word processor
}

/**
 * The title's lines as the Word file sets them: the writer's own lines as given (a line break
 * typed into the title), a single long line broken by breakTitle at the text block's width.
 * titleLines(["关于2025年度落实意识形态工作责任制情况的报告"]) → ["关于2025年度落实意识形态", "工作责任制情况的报告"]
 */
export function titleLines(texts, layout = LAYOUT) {
  if (texts.length !== 1) return texts
  return breakTitle(texts[0], charsPerLine(layout, layout.levels.title), layout.title)
}
