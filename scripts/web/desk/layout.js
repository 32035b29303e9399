/*
 * The Word file's house style, as data: GB/T 9704-2012《党政机关公文格式》. A unit with a house
 * style of its own changes this table only (fonts, sizes, margins, grid); scripts/web/desk/units.js
 * turns it into Word's units and word.js builds the document from it.
 *
 * Lengths in millimetres, font sizes in points (2号 = 22 pt, 3号 = 16 pt, 4号 = 14 pt), indents in
 * characters of the level's own size. Font names are the ones 公文 templates use; Word shows
 * another font where one is not installed (see README).
 */
export const LAYOUT = {
  name: "GB/T 9704-2012 党政机关公文格式",
  page: { width: 210, height: 297 }, // A4
  margin: { top: 37, bottom: 35, left: 28, right: 26 }, // text block 156 × 225 mm
  grid: { linesPerPage: 22, charsPerLine: 28 },
  // Every line of the text block is one grid line high (fixed line spacing), titles included.
  body: { font: "仿宋_GB2312", size: 16 },
  levels: {
    // 2号方正小标宋简体, centred, one blank line after it.
    title: { font: "方正小标宋简体", size: 22, align: "center", indentChars: 0, blankLineAfter: true },
    // 主送机关: flush left under the title.
    recipient: { font: "仿宋_GB2312", size: 16, align: "left", indentChars: 0 },
    h1: { font: "黑体", size: 16, align: "both", indentChars: 2 }, // 一、
    h2: { font: "楷体_GB2312", size: 16, align: "both", indentChars: 2 }, // （一）
    h3: { font: "仿宋_GB2312", size: 16, align: "both", indentChars: 2, bold: true }, // 1.
    body: { font: "仿宋_GB2312", size: 16, align: "both", indentChars: 2 },
    // 发文机关署名 and 成文日期: placed by `closing` below (closing.js), not indented.
    signatory: { font: "仿宋_GB2312", size: 16, align: "right", indentChars: 0 },
    date: { font: "仿宋_GB2312", size: 16, align: "right", indentChars: 0 },
  },
  // 落款 (7.3.5), in characters of the body's pitch from the text block's right edge.
  closing: {
    // 7.3.5.2, no seal: one blank line below the body; the name 右空二字; the date on the next
    // line, its first character two characters right of the name's first; a date that would
    // come nearer the edge than two characters is set 右空二字 and the name moves left to suit.
    plain: { blankLinesBefore: 1, nameRightChars: 2, dateShiftChars: 2, dateMinRightChars: 2 },
    // 7.3.5.1, sealed: the date 右空四字, the name centred over the date; room above them for the
    // seal, whose top is within one line of the body.
    sealed: { blankLinesBefore: 2, dateRightChars: 4 },
  },
  // The title's lines: at most this many, each no wider than the text block (2号: 20 characters).
  title: { maxLines: 3 },
  // 4号半角宋体 “— 1 —”: odd pages on the right, even pages on the left, one character in
  // from the edge of the text block, the line's top 7 mm below the text block.
  pageNumber: {
    font: "宋体",
    size: 14,
    before: "— ",
    after: " —",
    indentChars: 1,
    belowText: 7,
    odd: "right",
    even: "left",
  },
}
