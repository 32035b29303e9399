// The layout table in Word's units, and the .docx built from it (scripts/web/desk/).
import assert from "node:assert/strict"
import { test } from "node:test"

import { strFromU8, unzipSync } from "fflate"

import { LAYOUT } from "../../scripts/web/desk/layout.js"
import {
  docGrid,
  firstLineIndent,
  mmToTwips,
  pageGeometry,
  ptToHalfPoints,
  ptToTwips,
  textBlock,
} from "../../scripts/web/desk/units.js"
import { wordBuffer } from "../../scripts/web/desk/word.js"

test("conversions: millimetres and points to twips, points to half-points", () => {
  assert.equal(mmToTwips(210), 11906) // A4 width
  assert.equal(mmToTwips(297), 16838) // A4 height
  assert.equal(mmToTwips(25.4), 1440)
  assert.equal(ptToTwips(16), 320)
  assert.equal(ptToHalfPoints(16), 32) // 3号
  assert.equal(ptToHalfPoints(22), 44) // 2号
  assert.equal(ptToHalfPoints(14), 28) // 4号
})

test("the GB/T 9704 table: text block 156 × 225 mm, margins in twips", () => {
  assert.deepEqual(textBlock(LAYOUT), { width: 156, height: 225 })
  const { size, margin } = pageGeometry(LAYOUT)
  assert.deepEqual(size, { width: 11906, height: 16838 })
  assert.deepEqual([margin.top, margin.bottom, margin.left, margin.right], [2098, 1984, 1587, 1474])
  // The page number's 14 pt line ends 7 mm below the text block: 35 - 7 = 28 mm from the edge.
  assert.equal(margin.footer + ptToTwips(14), mmToTwips(28))
})

test("grid: 22 lines of 28 characters fill the text block, by line pitch and condensed characters", () => {
  const grid = docGrid(LAYOUT)
  assert.deepEqual(grid, { linePitch: 579, charSpacing: -5, charPitch: 315 })
  const block = textBlock(LAYOUT)
  assert.ok(grid.linePitch * 22 <= mmToTwips(block.height) && grid.linePitch * 23 > mmToTwips(block.height))
  assert.ok(grid.charPitch * 28 <= mmToTwips(block.width) && grid.charPitch * 29 > mmToTwips(block.width))
})

test("first-line indent: two characters of the grid's pitch, in twips", () => {
  const grid = docGrid(LAYOUT)
  assert.deepEqual(firstLineIndent(LAYOUT.levels.body, grid), { firstLine: 630 })
  assert.deepEqual(firstLineIndent(LAYOUT.levels.title, grid), { firstLine: 0 })
})

test("a changed table changes the file: another house style is one edit away", async () => {
  const house = structuredClone(LAYOUT)
  house.levels.body.font = "仿宋"
  house.grid.linesPerPage = 20
  const xml = await documentXml([{ text: "正文", level: "body" }], house)
  assert.match(xml, /w:eastAsia="仿宋"/)
  assert.match(xml, new RegExp(`w:linePitch="${Math.floor(12755.9 / 20)}"`))
})

async function unzip(lines, layout = LAYOUT) {
  return unzipSync(new Uint8Array(await wordBuffer(lines, { layout, title: "t" })))
}

async function documentXml(lines, layout) {
  return strFromU8((await unzip(lines, layout))["word/document.xml"])
}

test("the .docx: levels, blank line after the title, grid, odd/even page numbers", async () => {
  const files = await unzip([
    { text: "关于工作的报告", level: "title" },
    { text: "中共××市委：", level: "recipient" },
    { text: "一、工作开展情况", level: "h1" },
    { text: "（一）加强组织领导。局党组……", level: "h2" },
    { text: "1.健全责任体系。", level: "h3" },
    { text: "正文", level: "body" },
  ])
  const xml = strFromU8(files["word/document.xml"])
  const paragraphs = xml.match(/<w:p>.*?<\/w:p>/g)
  assert.equal(paragraphs.length, 7)
  assert.match(paragraphs[0], /w:eastAsia="方正小标宋简体".*<w:sz w:val="44"\/>/)
  assert.match(paragraphs[0], /<w:jc w:val="center"\/>/)
  assert.doesNotMatch(paragraphs[1], /<w:t[^>]*>[^<]/) // the blank line after the title
  assert.match(paragraphs[2], /<w:ind w:firstLine="0"\/>.*<w:jc w:val="left"\/>/)
  assert.match(paragraphs[3], /w:eastAsia="黑体"/)
  assert.match(paragraphs[4], /w:eastAsia="楷体_GB2312".*（一）加强组织领导。.*w:eastAsia="仿宋_GB2312".*局党组/)
  assert.match(paragraphs[5], /<w:b\/>.*1\.健全责任体系。/)
  assert.match(paragraphs[6], /<w:ind w:firstLine="630"\/>.*<w:jc w:val="both"\/>/)
  for (const p of paragraphs) {
    assert.match(p, /<w:widowControl w:val="false"\/>/)
    assert.match(p, /<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"\/>/)
  }
  for (const r of xml.match(/<w:r>.*?<\/w:r>/g)) assert.match(r, /<w:spacing w:val="-5"\/>/) // every run condensed
  assert.match(xml, /<w:docGrid w:type="lines" w:linePitch="579"\/>/)
  assert.match(xml, /<w:footerReference w:type="default"[^>]*\/><w:footerReference w:type="even"/)
  assert.match(strFromU8(files["word/settings.xml"]), /<w:evenAndOddHeaders\/>/)
  const styles = strFromU8(files["word/styles.xml"])
  assert.match(styles, /<w:pPrDefault><w:pPr><w:widowControl w:val="0"\/><\/w:pPr><\/w:pPrDefault>/)
  assert.match(styles, /<w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia="仿宋_GB2312"[^>]*\/><w:sz w:val="32"\/>/)
  assert.doesNotMatch(styles, /overflowPunct|autoSpaceD/) // the defaults Word and LibreOffice share
  const footers = ["word/footer1.xml", "word/footer2.xml"].map((f) => strFromU8(files[f]))
  for (const footer of footers) {
    assert.match(footer, /— <\/w:t>.*<w:instrText[^>]*>PAGE<\/w:instrText>.*> —<\/w:t>/)
    assert.match(footer, /w:eastAsia="宋体".*<w:sz w:val="28"\/>/)
  }
  assert.match(footers[0], /<w:ind w:right="280"\/><w:jc w:val="right"\/>/)
  assert.match(footers[1], /<w:ind w:left="280"\/><w:jc w:val="left"\/>/)
})

test("a heading on a line of its own is kept with the next line; a run-in heading and body text are not", async () => {
  const xml = await documentXml([
    { text: "一、主要做法", level: "h1" },
    { text: "（一）强化理论武装。全年组织集中学习12次。", level: "h2" },
    { text: "正文一段。", level: "body" },
  ])
  const paragraphs = xml.split("<w:p>").slice(1)
  const kept = paragraphs.map((p) => p.includes("<w:keepNext/>") && p.includes("<w:keepLines/>"))
  assert.deepEqual(kept, [true, false, false])
})
