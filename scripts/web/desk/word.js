/*
 * A report's lines as a Word document (.docx) laid out by the layout table (layout.js):
 * page, margins, a lines-only document grid with every run condensed to the grid's character
 * pitch (units.js), fonts and sizes per level, the title broken into lines (title.js), the
 * closing name and date placed (closing.js), page numbers in the footer.
 * Uses the npm package `docx`; bundled into its own classic script (fanwen-word.js).
 */
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx"
import { closingPlacement, markClosing } from "./closing.js"
import { LAYOUT } from "./layout.js"
import { splitHeading } from "./levels.js"
import { titleLines } from "./title.js"
import { docGrid, firstLineIndent, pageGeometry, ptToHalfPoints, ptToTwips } from "./units.js"

const ALIGN = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
  both: AlignmentType.BOTH,
}
const HEADINGS = new Set(["h1", "h2", "h3"])
const LANGUAGE = { eastAsia: "zh-CN" }

/** Run fonts: the East Asian font by name; Latin letters and digits in `latin` if given. */
export function fonts(style) {
  const latin = style.latin || style.font
  return { ascii: latin, hAnsi: latin, eastAsia: style.font, cs: latin }
}

function run(text, style, grid, extra = {}) {
  const options = {
    text,
    font: fonts(style),
    size: ptToHalfPoints(style.size),
    language: LANGUAGE,
    characterSpacing: grid.charSpacing,
    ...extra,
  }
  if (style.bold) options.bold = true
  return new TextRun(options)
}

function paragraph(children, style, grid, place = {}) {
  return new Paragraph({
    children,
    alignment: ALIGN[place.align || style.align] || AlignmentType.BOTH,
    indent: place.indent || firstLineIndent(style, grid),
    spacing: { line: grid.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    widowControl: false, // every page full: 22 lines, no line held over to the next page
    ...(place.keepNext ? { keepNext: true, keepLines: true } : {}),
  })
}

/**
 * One line as a paragraph; a heading that runs on into text keeps the rest in body style. A
 * heading on a line of its own is kept with the line after it (keep with next) and whole (keep
 * lines): it never stands alone at the foot of a page, which then ends one line short.
 */
export function paragraphOf(line, layout, grid, place = {}) {
  const style = layout.levels[line.level] || layout.levels.body
  let children = [run(line.text, style, grid)]
  if (HEADINGS.has(line.level)) {
    const [head, rest] = splitHeading(line.text)
    children = rest ? [run(head, style, grid), run(rest, layout.levels.body, grid)] : [run(head, style, grid)]
    if (!rest) place = { ...place, keepNext: true }
  }
  return paragraph(children, style, grid, place)
}

/** The title as one centred paragraph, its lines parted by line breaks (w:br) the writer can move. */
export function titleParagraph(texts, layout, grid) {
  const style = layout.levels.title
  const lines = titleLines(texts, layout)
  const children = lines.map((text, k) => run(text, style, grid, k ? { break: 1 } : {}))
  return paragraph(children, style, grid)
}

function closingParagraphs(lines, layout, grid, sealed) {
  const rule = sealed ? layout.closing.sealed : layout.closing.plain
  const name = lines.find((l) => l.level === "signatory")
  const date = lines.find((l) => l.level === "date")
  const perLine = layout.grid.charsPerLine
  const placed = closingPlacement(name ? name.text : "", date.text, rule, perLine)
  const at = (p) => ({ align: p.align, indent: { [p.align]: Math.round(p.chars * grid.charPitch), firstLine: 0 } })
  const blank = () => paragraphOf({ text: "", level: "body" }, layout, grid)
  const out = Array.from({ length: rule.blankLinesBefore }, blank)
  if (name) out.push(paragraphOf(name, layout, grid, at(placed.name)))
  out.push(paragraphOf(date, layout, grid, at(placed.date)))
  return out
}

function pageNumberFooter(layout, side) {
  const style = layout.pageNumber
  const indent = ptToTwips(style.indentChars * style.size)
  return new Footer({
    children: [
      new Paragraph({
        alignment: ALIGN[side],
        indent: side === "right" ? { right: indent } : { left: indent },
        spacing: { line: ptToTwips(style.size), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [
          new TextRun({
            children: [style.before, PageNumber.CURRENT, style.after],
            font: fonts(style),
            size: ptToHalfPoints(style.size),
            language: LANGUAGE,
          }),
        ],
      }),
    ],
  })
}

/** The body's paragraphs: the title (then one blank line), the lines, the closing. */
export function bodyParagraphs(lines, layout, grid, sealed) {
  const marked = markClosing(lines)
  const titles = marked.filter((l) => l.level === "title").map((l) => l.text)
  const rest = marked.filter((l) => l.level !== "title")
  const children = []
  if (titles.length) {
    children.push(titleParagraph(titles, layout, grid))
    if (layout.levels.title.blankLineAfter) children.push(paragraphOf({ text: "", level: "body" }, layout, grid))
  }
  const closing = rest.filter((l) => l.level === "signatory" || l.level === "date")
  for (const line of rest) if (!closing.includes(line)) children.push(paragraphOf(line, layout, grid))
  if (closing.length) children.push(...closingParagraphs(closing, layout, grid, sealed))
  return children
}

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

/**
 * styles.xml: the body font as every run's default, and no line held over to the next page
 * (widowControl off), so that every full page has its 22 lines. The East Asian line-breaking
 * settings are left at the defaults Word, WPS and LibreOffice share: a quarter character
 * between Chinese and Latin letters or digits (LibreOffice 7.4 ignores autoSpaceDE/DN), a
 * closing punctuation mark may hang past the margin (LibreOffice reads overflowPunct the
 * other way round from Word, so only the default is the same in both).
 */
export function stylesXml(layout) {
  const f = fonts(layout.body)
  const size = ptToHalfPoints(layout.body.size)
  const off = (name) => `<w:${name} w:val="0"/>`
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${f.ascii}" w:eastAsia="${f.eastAsia}" ` +
    `w:hAnsi="${f.hAnsi}" w:cs="${f.cs}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>` +
    `<w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>` +
    `${off("widowControl")}` +
    `</w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `</w:styles>`
  )
}

/** The document of lines [{text, level}]; `sealed` places the closing for a seal (7.3.5.1). */
export function buildDocument(lines, { layout = LAYOUT, title = "", sealed = false } = {}) {
  const grid = docGrid(layout)
  return new Document({
    creator: "范文·写作台",
    title,
    evenAndOddHeaderAndFooters: true,
    externalStyles: stylesXml(layout),
    sections: [
      {
        properties: {
          page: pageGeometry(layout),
          grid: { type: DocumentGridType.LINES, linePitch: grid.linePitch },
        },
        footers: {
          default: pageNumberFooter(layout, layout.pageNumber.odd),
          even: pageNumberFooter(layout, layout.pageNumber.even),
        },
        children: bodyParagraphs(lines, layout, grid, sealed),
      },
    ],
  })
}

/** The .docx file as a Blob (in the browser). */
export function wordBlob(lines, options) {
  return Packer.toBlob(buildDocument(lines, options))
}

/** The .docx file as bytes (in Node, for tests). */
export function wordBuffer(lines, options) {
  return Packer.toBuffer(buildDocument(lines, options))
}
