/*
 * The layout table (layout.js) in Word's units: twips (1/20 pt, 1/1440 inch) for lengths,
 * half-points for font sizes, 1/4096 pt for the document grid's character spacing.
 */

const MM_PER_INCH = 25.4
const TWIPS_PER_INCH = 1440

export function mmToTwips(mm) {
  return Math.round((mm * TWIPS_PER_INCH) / MM_PER_INCH)
}

export function ptToTwips(pt) {
  return Math.round(pt * 20)
}

export function ptToHalfPoints(pt) {
  return Math.round(pt * 2)
}

export function mmToPt(mm) {
  return (mm * 72) / MM_PER_INCH
}

/** The text block in millimetres: what the margins leave of the page. */
export function textBlock(layout) {
  const { page, margin } = layout
  return { width: page.width - margin.left - margin.right, height: page.height - margin.top - margin.bottom }
}

/**
 * The document grid and the character pitch that give charsPerLine × linesPerPage:
 * linePitch is one line's height in twips, so that linesPerPage lines fill the text block
 * (a lines-only grid, w:docGrid type "lines", and every line exactly that high); charSpacing
 * is what every character of the body size is condensed by (w:spacing on each run, in twips),
 * so that charsPerLine characters fill the text block's width. Plain character spacing is
 * laid out the same by Word, WPS and LibreOffice, where a character grid (linesAndChars with
 * charSpace) is not: LibreOffice 7.4 sets such a file at 19 characters a line. Both are
 * rounded down, so that the lines and characters always fit (A4, 22 × 28: 579 and -5,
 * a pitch of 15.75 pt).
 */
export function docGrid(layout) {
  const block = textBlock(layout)
  const heightTwips = (block.height * TWIPS_PER_INCH) / MM_PER_INCH
  const widthTwips = (block.width * TWIPS_PER_INCH) / MM_PER_INCH
  const charSpacing = Math.floor(widthTwips / layout.grid.charsPerLine - ptToTwips(layout.body.size))
  return {
    linePitch: Math.floor(heightTwips / layout.grid.linesPerPage),
    charSpacing,
    charPitch: ptToTwips(layout.body.size) + charSpacing,
  }
}

/**
 * First-line indent of a level, in twips: indentChars characters of the grid's pitch
 * (2 × 315 = 630 for the body), so that an indented first line holds charsPerLine - 2.
 */
export function firstLineIndent(style, grid) {
  return { firstLine: (style.indentChars || 0) * grid.charPitch }
}

/** Page size and margins in twips, the footer's distance from the page's bottom edge included. */
export function pageGeometry(layout) {
  const { page, margin, pageNumber } = layout
  const lineHeight = ptToTwips(pageNumber.size) // the page number's line is exactly its size
  return {
    size: { width: mmToTwips(page.width), height: mmToTwips(page.height) },
    margin: {
      top: mmToTwips(margin.top),
      bottom: mmToTwips(margin.bottom),
      left: mmToTwips(margin.left),
      right: mmToTwips(margin.right),
      header: mmToTwips(margin.top / 2),
      footer: mmToTwips(margin.bottom - pageNumber.belowText) - lineHeight,
      gutter: 0,
    },
  }
}

/** Characters of a level's size (condensed to the grid) that fit on one line of the text block: 20 for 2号. */
export function charsPerLine(layout, style) {
  const grid = docGrid(layout)
  return Math.floor(mmToTwips(textBlock(layout).width) / (ptToTwips(style.size) + grid.charSpacing))
}
