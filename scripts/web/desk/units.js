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
 * The document grid (w:docGrid type linesAndChars): linePitch is one line's height in twips,
 * so that linesPerPage lines fill the text block; charSpace is what each character adds to
 * the body font's size, in 1/4096 pt, so that charsPerLine characters fill a line. Both are
 * rounded down, so the lines and characters always fit (A4, 22 × 28: 579 and -848).
 */
export function docGrid(layout) {
  const block = textBlock(layout)
  const heightTwips = (block.height * TWIPS_PER_INCH) / MM_PER_INCH
  const pitch = mmToPt(block.width) / layout.grid.charsPerLine
  return {
    linePitch: Math.floor(heightTwips / layout.grid.linesPerPage),
    charSpace: Math.floor((pitch - layout.body.size) * 4096),
  }
}

/** First-line indent of a level: in characters (hundredths, firstLineChars) and in twips. */
export function firstLineIndent(style) {
  const chars = style.indentChars || 0
  return { firstLineChars: chars * 100, firstLine: ptToTwips(chars * style.size) }
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
