/*
 * Entry of assets/desk/fanwen-word.js: the Word generator (word.js with the `docx` package),
 * kept out of the page script so that only pages offering 下载 Word load it.
 * window.fanwenWord.wordBlob(lines, {title}) gives the .docx as a Blob.
 */
import { LAYOUT } from "./layout.js"
import { wordBlob } from "./word.js"

window.fanwenWord = { wordBlob, layout: LAYOUT }
