/*
 * The writing desk's draft as plain text, for the check page's 从写作台取稿: the draft the
 * desk keeps in storage (desk/draft.js), assembled and filled exactly as the desk's 复制全文
 * copies it (desk/assemble.js), unfilled fields shown as 〔字段名〕.
 */
import { assemble, plainText } from "../desk/assemble.js"
import { isEmpty, loadDraft } from "../desk/draft.js"

/**
 * The desk's draft as text, or "" when the desk is empty. `fields` are the desk's fields
 * (window.fanwenDeskData.fields): with {unit: "单位名称"} a part "{unit}党组" gives
 * "〔单位名称〕党组" until the field is filled in.
 */
export function deskText(storage, fields) {
  const draft = loadDraft(storage)
  if (isEmpty(draft)) return ""
  return plainText(assemble(draft.parts), fields || [], draft.values)
}

/** The year typed in the desk's 年份 field ({year}), when it is four digits; else "". */
export function deskYear(storage) {
  const year = (loadDraft(storage).values.year || "").trim()
  return /^\d{4}$/.test(year) ? year : ""
}
