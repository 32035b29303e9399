/*
 * Desk tools on the other pages: 加入写作台 beside each block of an exemplar page and of a
 * comparison page, 下载 Word of an exemplar (its cleaned text, ×× kept), and on role pages a
 * small form under each variant to fill its fields and copy it (values shared with the desk).
 */
import { textLines } from "./assemble.js"
import { copyText, el, relativeLink, safeName, saveFile, toast, wordGenerator } from "./dom.js"
import { collectFields, fill } from "./fill.js"
import * as D from "./draft.js"

function addToDesk(tools, part) {
  const before = D.loadDraft(tools.storage)
  const draft = D.addPart(before, part)
  D.saveDraft(tools.storage, draft)
  const at = draft.parts.findIndex((p) => !before.parts.some((q) => q.id === p.id)) + 1
  toast(`已加入写作台（第 ${at} 部分）。`, { href: `${tools.siteRoot}desk.html`, text: "去写作台 →" })
}

function addButton(onClick) {
  const b = el("button", { type: "button", class: "fw-add", title: "把这一段加入写作台上的草稿" }, "加入写作台")
  b.addEventListener("click", () => {
    onClick()
    b.textContent = "已加入写作台"
  })
  return b
}

/** Exemplar pages: a button in each block's note; 下载 Word of the whole text. */
export function initExemplar(tools) {
  const source = document.querySelector("[data-fw-exemplar]")
  if (!source) return
  const title = source.dataset.title
  const article = source.closest("article") || document
  for (const pair of article.querySelectorAll(".fw-pair")) {
    const block = pair.querySelector(".fw-block")
    const note = pair.querySelector(".fw-note")
    if (!block || !note || pair.classList.contains("fw-title")) continue
    const link = relativeLink(tools.siteRoot, `${location.href.split("#")[0]}#${pair.id}`)
    note.append(el("p", { class: "fw-add-row" }, addButton(() => addToDesk(tools, D.blockPart(block.textContent, title, link)))))
  }
  source.querySelector("[data-act=word]").addEventListener("click", async () => {
    const lines = textLines(source.dataset.text, { title: source.dataset.hasTitle === "true" })
    const name = `${safeName(title, "范文")}.docx`
    saveFile(await (await wordGenerator(tools.siteRoot)).wordBlob(lines, { title }), name)
    toast(`已生成 Word 文件“${name}”。`)
  })
}

/** Comparison pages: a button under each compared block, which names its exemplar. */
export function initCompare(tools) {
  for (const block of document.querySelectorAll(".fw-compare[data-exemplar]")) {
    const link = `exemplars/${block.dataset.exemplar}.html#${block.dataset.block}`
    const title = block.dataset.title || block.dataset.exemplar
    const row = el("p", { class: "fw-add-row", "data-search-exclude": true })
    row.append(addButton(() => addToDesk(tools, D.blockPart(block.textContent, title, link))))
    block.after(row)
  }
}

/** Role pages: under each variant, its fields (labels of the role), the filled text, copy. */
export function initRoleForms(tools, data) {
  for (const box of document.querySelectorAll("[data-fw-fill]")) {
    const role = data.roles.find((r) => r.id === box.dataset.role)
    if (!role) continue
    const k = Number(box.dataset.variant)
    const text = role.variants[k].text
    const fields = collectFields([text], role.fields)
    const out = el("p", { class: "fw-fill-out" })
    const values = () => D.loadDraft(tools.storage).values
    const show = () => (out.textContent = fill(text, fields, values()))
    const inputs = fields.map((field) =>
      el(
        "label",
        { class: "fw-field" },
        el("span", {}, field.label),
        el("input", { type: "text", name: field.name, value: values()[field.name] || "", placeholder: `例：${field.example}` }),
      ),
    )
    const copy = el("button", { type: "button", class: "fw-desk-btn" }, "复制填好的这一段")
    copy.addEventListener("click", async () => {
      await copyText(fill(text, fields, values()))
      toast("已复制填好的这一段。")
    })
    const add = el("button", { type: "button", class: "fw-desk-btn" }, "加入写作台")
    add.addEventListener("click", () => addToDesk(tools, D.newPart(data, role.id, k)))
    const form = el("div", { class: "fw-fill-form" }, inputs, out, el("p", { class: "fw-fill-acts" }, copy, add))
    form.addEventListener("input", (event) => {
      if (!event.target.name) return
      D.saveDraft(tools.storage, D.setValue(D.loadDraft(tools.storage), event.target.name, event.target.value))
      show()
    })
    show()
    box.append(form)
  }
}
