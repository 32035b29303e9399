/*
 * 落款 (GB/T 9704-2012 7.3.5): the issuing body's name and the date that close a report,
 * found at its end and placed by the layout table's `closing` rule, plain (7.3.5.2) or sealed
 * (7.3.5.1). Positions are in characters of the body's pitch, widths as 仿宋_GB2312 sets them
 * (widthInChars): the date's Arabic numerals count half, with a quarter where they meet 年月日.
 */

const CN_NUM = "〇○零一二三四五六七八九"
const DATE = /^(\d{4}|[〇○零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日$/
const FIELD = /^〔[^〕]{1,12}〕$/ // a field left empty on the desk: 〔成文日期〕
const SENTENCE = /[。，；：:！？、,;!?]/

// What LibreOffice puts between Chinese and Latin letters or digits, in characters (measured in its
// PDF); Word and WPS add such a space by default too (autoSpaceDE/DN), its width not measured here.
export const AUTO_SPACE = 0.25

/**
 * Width of a text in characters: full-width 1, half-width (ASCII) ½, and AUTO_SPACE where
 * Chinese meets Latin letters or digits. "2025年12月25日" → 7 + 5 × ¼ = 8.25; "中共××局党组" → 7.
 */
export function widthInChars(text) {
  const kind = (ch) => (/[A-Za-z0-9]/.test(ch) ? "latin" : /\p{Script=Han}/u.test(ch) ? "han" : "other")
  let width = 0
  let before = "other"
  for (const ch of text) {
    const now = kind(ch)
    width += ch.codePointAt(0) < 0x80 ? 0.5 : 1
    if ((before === "latin" && now === "han") || (before === "han" && now === "latin")) width += AUTO_SPACE
    before = now
  }
  return width
}

const digitOf = (ch) => Math.max(0, CN_NUM.indexOf(ch) - 2) // 〇○零 → 0, 一 → 1 …

/** "二〇二四" → 2024, "十二" → 12, "二十" → 20, "五" → 5, "12" → 12. */
function cnToNumber(text) {
  if (/^\d+$/.test(text)) return Number(text)
  if (!text.includes("十")) return Number([...text].map(digitOf).join(""))
  const [tens, ones] = text.split("十")
  return (tens ? digitOf(tens) : 1) * 10 + (ones ? digitOf(ones) : 0)
}

/**
 * A date in Arabic numerals, as 7.3.5 asks; other text is returned as it is.
 * "二〇二四年十二月二十日" → "2024年12月20日"; "2025年1月5日" stays.
 */
export function arabicDate(text) {
  const m = DATE.exec(text.trim())
  if (!m) return text
  return `${cnToNumber(m[1])}年${cnToNumber(m[2])}月${cnToNumber(m[3])}日`
}

// A date whose numbers are left to fill: 2025年12月××日, 20××年×月×日
const BLANK_DATE = /^(?:\d{4}|20[×xX]{2}|[×xX]{4})年(?:\d{1,2}|[×xX]{1,2})月(?:\d{1,2}|[×xX]{1,2})日$/
const isDate = (text) =>
  DATE.test(text.trim()) || BLANK_DATE.test(text.trim()) || (FIELD.test(text.trim()) && text.includes("日期"))
const isName = (line) =>
  line.level === "body" && line.text.trim().length >= 2 && line.text.trim().length <= 30 && !SENTENCE.test(line.text)

/**
 * The lines with the closing marked: a last line that is a date becomes level "date" (in
 * Arabic numerals) and a short line without punctuation right above it "signatory".
 * [..., {text: "中共××局党组", level: "body"}, {text: "2025年12月25日", level: "body"}]
 * → [..., {…, level: "signatory"}, {…, level: "date"}]
 */
export function markClosing(lines) {
  const out = lines.map((line) => ({ ...line }))
  const last = out[out.length - 1]
  if (!last || last.level !== "body" || !isDate(last.text)) return out
  last.level = "date"
  last.text = arabicDate(last.text.trim())
  const above = out[out.length - 2]
  if (above && isName(above)) above.level = "signatory"
  return out
}

/**
 * Where the name and the date go on a line of `perLine` characters: for each, the side it is
 * aligned to and its distance from that side, in characters.
 * closingPlacement("中共××市市场监督管理局党组", "2025年12月25日", rule, 28) with the plain rule →
 * {name: {align: "right", chars: 2}, date: {align: "left", chars: 14}}
 */
export function closingPlacement(name, date, rule, perLine) {
  const n = widthInChars(name)
  const d = widthInChars(date)
  if (rule.dateRightChars !== undefined) {
    const nameRight = Math.max(0, rule.dateRightChars + (d - n) / 2)
    return { name: { align: "right", chars: nameRight }, date: { align: "right", chars: rule.dateRightChars } }
  }
  const dateStart = perLine - rule.nameRightChars - n + rule.dateShiftChars
  if (name && dateStart + d <= perLine - rule.dateMinRightChars) {
    return { name: { align: "right", chars: rule.nameRightChars }, date: { align: "left", chars: dateStart } }
  }
  const nameStart = perLine - rule.dateMinRightChars - d - rule.dateShiftChars
  return { name: { align: "left", chars: Math.max(0, nameStart) }, date: { align: "right", chars: rule.dateMinRightChars } }
}
