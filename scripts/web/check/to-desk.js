/*
 * 放到写作台: the check page's text as a writing-desk draft (desk/draft.js), so a report made
 * from last year's can go on there: the first line as the title, a recipient line (中共××市委
 * 宣传部：) as the recipient, then one part of the writer's own text per 一、 section (its
 * heading the part's, so the desk numbers and moves it), the lines before the first as one
 * more. The desk assembles it back into the same lines (a test checks the round trip).
 */
import { bareHeading } from "../desk/assemble.js"
import { addPart, emptyDraft } from "../desk/draft.js"
import { levelOf } from "../desk/levels.js"

const part = (kind, heading = "", text = "") => ({ kind, heading, text, variant: null, from: null })

/** The desk draft of `text`; `year` (the report's) goes into the desk's 年份 field. */
export function deskDraft(text, year = null) {
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
  let draft = { ...emptyDraft(), values: year ? { year: String(year) } : {} }
  if (!lines.length) return draft
  draft = addPart(draft, part("title", "", lines[0]))
  let rest = lines.slice(1)
  if (rest.length && levelOf(rest[0], null) === "recipient") {
    draft = addPart(draft, part("recipient", "", rest[0]))
    rest = rest.slice(1)
  }
  let current = part("own")
  const flush = () => {
    if (current.heading || current.text) draft = addPart(draft, current)
  }
  for (const line of rest) {
    if (levelOf(line, null) === "h1") {
      flush()
      current = part("own", bareHeading(line))
    } else current = { ...current, text: current.text ? `${current.text}\n${line}` : line }
  }
  flush()
  return draft
}
