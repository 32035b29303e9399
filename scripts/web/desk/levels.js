/*
 * The level of a line of a report, as GB/T 9704 lays it out: title, recipient (主送机关),
 * 一、 first-level heading, （一） second level, 1. third level, else body text. The title and
 * the recipient come from the draft's parts (or the first line of an exemplar); the rest is
 * read from the line itself, by the table below.
 */

export const CN_DIGITS = "零一二三四五六七八九"
const CN = "[一二三四五六七八九十]+"

/** Levels told from the text of a line alone, tried in order; the first that matches wins. */
export const LEVELS = [
  { level: "h1", label: "一级标题：一、", pattern: new RegExp(`^${CN}、`) },
  { level: "h2", label: "二级标题：（一）", pattern: new RegExp(`^[（(]${CN}[）)]`) },
  { level: "h3", label: "三级标题：1. 或 1．", pattern: /^\d{1,2}[.．](?!\d)/ },
  // A short line that ends with a colon and holds no sentence: 中共××市委宣传部：
  // (not a lead-in such as 现将有关情况报告如下：).
  { level: "recipient", label: "主送机关：……：", pattern: /^(?!.*[如以]下)[^。，；！？：:\s]{2,40}[：:]$/ },
]

/** The level of one line: "title" or "recipient" when the draft says so, else by LEVELS. */
export function levelOf(line, hint) {
  if (hint === "title" || hint === "recipient") return hint
  const text = line.trim()
  const found = LEVELS.find((entry) => entry.pattern.test(text))
  return found ? found.level : "body"
}

/**
 * A heading line cut into its heading and the text that runs on in the same paragraph:
 * "（一）加强组织领导。局党组……" → ["（一）加强组织领导。", "局党组……"]. A line that is only
 * a heading gives [line, ""].
 */
export function splitHeading(line) {
  const end = line.search(/[。！？]/)
  if (end === -1 || end === line.length - 1) return [line, ""]
  return [line.slice(0, end + 1), line.slice(end + 1)]
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (for 一、 and （一） numbering). */
export function cnNumber(n) {
  if (n < 1 || n > 99 || !Number.isInteger(n)) return String(n)
  const tens = Math.floor(n / 10)
  const ones = n % 10
  const head = tens === 0 ? "" : tens === 1 ? "十" : `${CN_DIGITS[tens]}十`
  return head + (ones ? CN_DIGITS[ones] : "")
}
