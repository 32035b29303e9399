/*
 * A report's lines as a Word document (.docx) laid out by the layout table (layout.js):
 * page, margins, document grid, fonts and sizes per level, page numbers in the footer.
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
import { LAYOUT } from "./layout.js"
import { splitHeading } from "./levels.js"
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

function run(text, style) {
  const options = { text, font: fonts(style), size: ptToHalfPoints(style.size), language: LANGUAGE }
  if (style.bold) options.bold = true
  return new TextRun(options)
}

/** One line as a paragraph; a heading that runs on into text keeps the rest in body style. */
export function paragraphOf(line, layout, grid) {
  const style = layout.levels[line.level] || layout.levels.body
  let children = [run(line.text, style)]
  if (HEADINGS.has(line.level)) {
    const [head, rest] = splitHeading(line.text)
    children = rest ? [run(head, style), run(rest, layout.levels.body)] : [run(head, style)]
  }
  return new Paragraph({
    children,
    alignment: ALIGN[style.align] || AlignmentType.BOTH,
    indent: firstLineIndent(style),
    spacing: { line: grid.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
  })
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

/** The document of lines [{text, level}]; the title is followed by one empty line. */
export function buildDocument(lines, { layout = LAYOUT, title = "" } = {}) {
  const grid = docGrid(layout)
  const geometry = pageGeometry(layout)
  const children = []
  for (const line of lines) {
    children.push(paragraphOf(line, layout, grid))
    const style = layout.levels[line.level]
    if (style && style.blankLineAfter) children.push(paragraphOf({ text: "", level: "body" }, layout, grid))
  }
  return new Document({
    creator: "范文·写作台",
    title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: fonts(layout.body), size: ptToHalfPoints(layout.body.size), language: LANGUAGE },
        },
      },
    },
    sections: [
      {
        properties: {
          page: geometry,
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: grid.linePitch, charSpace: grid.charSpace },
        },
        footers: {
          default: pageNumberFooter(layout, layout.pageNumber.odd),
          even: pageNumberFooter(layout, layout.pageNumber.even),
        },
        children,
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
