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
  },
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
