// The draft on the writing desk (scripts/web/desk/draft.js): parts, values, storage, files.
import assert from "node:assert/strict"
import { test } from "node:test"

import { assemble, plainText } from "../../scripts/web/desk/assemble.js"
import {
  addPart,
  blockPart,
  choose,
  offers,
  emptyDraft,
  isEmpty,
  loadDraft,
  movePart,
  newPart,
  oneDraft,
  parseDraft,
  removePart,
  reportYear,
  yearHints,
  NONE_THIS_YEAR,
  saveDraft,
  serialize,
  setSealed,
  setValue,
  skeletonDraft,
  STORAGE_KEY,
  updatePart,
} from "../../scripts/web/desk/draft.js"

const DATA = {
  skeleton: {
    title: "{unit}关于{year}年度的报告",
    recipient: "{recipient}：",
    parts: [
      { role: "opening", heading: null, take: "first" },
      { role: "practices", heading: "一、工作开展情况", take: "all" },
      { role: "problems", heading: "二、存在的问题", take: "first" },
    ],
  },
  roles: [
    { id: "opening", name: "导语", variants: [{ title: "a", text: "{year}年以来。" }], fields: [] },
    {
      id: "practices",
      name: "工作开展情况",
      variants: [
        { title: "a", text: "（一）甲。" },
        { title: "b", text: "（四）乙。" },
      ],
      fields: [],
    },
    {
      id: "problems",
      name: "存在问题与不足",
      variants: [
        { title: "a", text: "一是丙。" },
        { title: "b", text: "丁。" },
      ],
      fields: [],
    },
  ],
  fields: [
    { name: "recipient", label: "主送机关", example: "市委" },
    { name: "unit", label: "单位", example: "局党组" },
    { name: "year", label: "年度", example: "2024" },
  ],
}

class MemoryStorage {
  constructor() {
    this.items = {}
  }
  getItem(key) {
    return key in this.items ? this.items[key] : null
  }
  setItem(key, value) {
    this.items[key] = String(value)
  }
}

test("the full skeleton: title, recipient, every part in order, items of `take: all`", () => {
  const draft = skeletonDraft(DATA)
  assert.deepEqual(
    draft.parts.map((p) => [p.id, p.kind, p.heading, p.variant]),
    [
      ["p1", "title", "", null],
      ["p2", "recipient", "", null],
      ["p3", "opening", "", 0],
      ["p4", "practices", "工作开展情况", 0],
      ["p5", "practices", "", 1],
      ["p6", "problems", "存在的问题", 0],
    ],
  )
  assert.equal(
    plainText(assemble(draft.parts), DATA.fields, { year: "2024" }),
    ["〔单位〕关于2024年度的报告", "〔主送机关〕：", "2024年以来。", "一、工作开展情况"]
      .concat(["（一）甲。", "（二）乙。", "二、存在的问题", "一是丙。"])
      .join("\n"),
  )
})

test("one part, an empty draft, parts added, moved, edited and removed", () => {
  let draft = oneDraft(DATA, "problems")
  assert.deepEqual(draft.parts.map((p) => [p.kind, p.heading, p.text]), [["problems", "存在的问题", "一是丙。"]])
  assert.ok(isEmpty(emptyDraft()) && !isEmpty(draft))
  draft = addPart(draft, newPart(DATA, "own"))
  draft = addPart(draft, blockPart(" 召开会议××次。 ", "某局总结", "exemplars/a.html#b3"))
  assert.deepEqual(draft.parts.map((p) => p.id), ["p1", "p2", "p3"])
  assert.deepEqual(draft.parts[2].from, { title: "某局总结", link: "exemplars/a.html#b3" })
  assert.equal(draft.parts[2].text, "召开会议××次。")
  const moved = movePart(draft, "p3", -1)
  assert.deepEqual(moved.parts.map((p) => p.id), ["p1", "p3", "p2"])
  assert.equal(movePart(moved, "p1", -1), moved) // the first part cannot go up
  assert.deepEqual(draft.parts.map((p) => p.id), ["p1", "p2", "p3"]) // the old draft is unchanged
  const edited = updatePart(moved, "p2", { text: "自己的话", variant: null })
  assert.equal(edited.parts[2].text, "自己的话")
  assert.deepEqual(removePart(edited, "p1").parts.map((p) => p.id), ["p3", "p2"])
  assert.equal(addPart(removePart(edited, "p1"), newPart(DATA, "title")).parts[2].id, "p4")
  assert.equal(newPart(DATA, "problems", 1).text, "丁。")
})

test("the signature follows the unit's full name until the writer makes it differ", () => {
  let draft = setValue(setValue(emptyDraft(), "unit", "中共××县××局党组"), "signatory", "中共××县××局党组")
  draft = setValue(draft, "unit", "中共青山县市场监督管理局党组")
  assert.equal(draft.values.signatory, "中共青山县市场监督管理局党组")
  draft = setValue(draft, "signatory", "青山县市场监督管理局党组")
  draft = setValue(draft, "unit", "中共青山县市场监管局党组")
  assert.equal(draft.values.signatory, "青山县市场监督管理局党组") // the writer's own signature stays
  assert.equal(setValue(emptyDraft(), "unit", "中共某县委").values.signatory, "中共某县委")
})

test("a part added to a draft that ends with its closing goes in before the closing", () => {
  let draft = addPart(oneDraft(DATA, "problems"), { kind: "closing", heading: "", text: "特此报告。", variant: null, from: null })
  draft = addPart(draft, blockPart("召开会议××次。", "某局总结", "exemplars/a.html#b3"))
  assert.deepEqual(draft.parts.map((p) => p.kind), ["problems", "block", "closing"])
  draft = addPart(draft, newPart(DATA, "own"))
  assert.deepEqual(draft.parts.map((p) => p.kind), ["problems", "block", "own", "closing"])
  draft = addPart(draft, { kind: "closing", heading: "", text: "中共××局党组", variant: null, from: null })
  assert.deepEqual(draft.parts.map((p) => p.kind).slice(-2), ["closing", "closing"])
})

test("storage and files hold the same JSON; reading it back gives the same draft", () => {
  const storage = new MemoryStorage()
  assert.deepEqual(loadDraft(storage), emptyDraft())
  const draft = setValue(skeletonDraft(DATA), "unit", "××局党组")
  saveDraft(storage, draft)
  const stored = storage.getItem(STORAGE_KEY)
  assert.deepEqual(loadDraft(storage), draft)
  assert.equal(serialize(parseDraft(JSON.stringify(draft, null, 2))), stored)
  storage.setItem(STORAGE_KEY, "{broken")
  assert.deepEqual(loadDraft(storage), emptyDraft())
})

test("a file that is not a draft is refused with a reason", () => {
  assert.throws(() => parseDraft("{broken"), /无法读取/)
  assert.throws(() => parseDraft('{"parts": []}'), /不是写作台草稿/)
  assert.throws(() => parseDraft({ app: "fanwen-desk", version: 1, parts: [{}] }), /第 1 部分/)
  assert.throws(() => parseDraft({ app: "fanwen-desk", version: 9, parts: [] }), /更新版本/)
  const twins = [
    { kind: "own", id: "x" },
    { kind: "own", id: "x" },
  ]
  const odd = parseDraft({ app: "fanwen-desk", version: 1, parts: twins, values: { a: 1, b: "b" } })
  assert.deepEqual(odd.parts.map((p) => p.id), ["p1", "p2"])
  assert.deepEqual(odd.values, { b: "b" })
})

test("the seal choice of the closing is kept, and only a true value turns it on", () => {
  const sealed = setSealed(emptyDraft(), true)
  assert.equal(parseDraft(serialize(sealed)).sealed, true)
  assert.equal(parseDraft(serialize(setSealed(sealed, false))).sealed, false)
  assert.equal(parseDraft({ app: "fanwen-desk", version: 1, parts: [], sealed: "yes" }).sealed, false)
  assert.equal(emptyDraft().sealed, false)
})

// Kinds of body and years (desk_kinds.py writes `kinds` and `calendar`; the desk only looks up).
const KINDS_DATA = {
  ...DATA,
  roles: DATA.roles.map((r) =>
    r.id === "practices"
      ? { ...r, variants: [...r.variants, { title: "镇", kinds: ["township"], text: "（一）村级阵地。" }, { title: "镇2", kinds: ["township"], text: "（二）移风易俗。" }] }
      : r,
  ),
  kinds: [
    {
      id: "",
      name: "不区分单位类型",
      values: {},
      parts: [
        { role: "opening", heading: null, variants: [0] },
        { role: "practices", heading: "一、工作开展情况", variants: [0, 1] },
      ],
      offers: { opening: [0], practices: [0, 1], problems: [0, 1] },
    },
    {
      id: "township",
      name: "乡镇党委",
      values: { unit: "中共××镇委员会", unit_short: "镇党委" },
      parts: [
        { role: "opening", heading: null, variants: [0] },
        { role: "practices", heading: "一、工作开展情况", variants: [2, 3] },
      ],
      offers: { opening: [0], practices: [2, 3, 0, 1], problems: [0, 1] },
    },
  ],
  calendar: {
    years: [2025, 2024],
    periods: ["年度", "上半年"],
    default: { year: 2025, period: "年度" },
    values: {
      2024: { 年度: { year: "2024", campaign: "党纪学习教育" }, 上半年: { year: "2024", campaign: "党纪学习教育" } },
      2025: { 年度: { year: "2025", campaign: "深入贯彻中央八项规定精神学习教育" }, 上半年: { year: "2025", campaign: "x" } },
    },
  },
}

test("a kind's skeleton takes the kind's own variants, and keeps the choices", () => {
  const draft = skeletonDraft(KINDS_DATA, {}, { body: "township", year: "2025", period: "年度" })
  assert.deepEqual(
    draft.parts.filter((p) => p.kind === "practices").map((p) => [p.variant, p.text]),
    [
      [2, "（一）村级阵地。"],
      [3, "（二）移风易俗。"],
    ],
  )
  assert.deepEqual([draft.body, draft.year, draft.period], ["township", "2025", "年度"])
  const general = skeletonDraft(KINDS_DATA, {}, {})
  assert.deepEqual(general.parts.filter((p) => p.kind === "practices").map((p) => p.variant), [0, 1])
})

test("offers: a kind's own variants first; one part starts from the first of them", () => {
  assert.deepEqual(offers(KINDS_DATA, "practices", "township"), [2, 3, 0, 1])
  assert.deepEqual(offers(KINDS_DATA, "practices", "nosuch"), [0, 1])
  assert.deepEqual(offers(DATA, "practices", "township"), [0, 1]) // data without kinds
  assert.equal(oneDraft(KINDS_DATA, "practices", {}, { body: "township" }).parts[0].variant, 2)
})

const CHOICES = [
  ["a year fills its values", { year: "", values: {} }, { year: "2024" }, { year: "2024", campaign: "党纪学习教育" }],
  ["another year renews what the last one filled", { year: "2024", period: "年度", values: { year: "2024", campaign: "党纪学习教育" } }, { year: "2025" }, { year: "2025", campaign: "深入贯彻中央八项规定精神学习教育" }],
  ["a value the writer typed stays", { year: "2024", period: "年度", values: { year: "2024", campaign: "本单位自己的写法" } }, { year: "2025" }, { year: "2025", campaign: "本单位自己的写法" }],
  ["a kind fills the unit's name", { body: "", values: {} }, { body: "township" }, { unit: "中共××镇委员会", unit_short: "镇党委" }],
  ["a name the writer typed stays", { body: "", values: { unit: "中共青山镇委员会" } }, { body: "township" }, { unit: "中共青山镇委员会", unit_short: "镇党委" }],
]

for (const [label, before, choice, expected] of CHOICES) {
  test(`choose: ${label}`, () => {
    const draft = { ...emptyDraft(), period: "年度", ...before }
    const after = choose(KINDS_DATA, draft, choice)
    for (const [name, value] of Object.entries(expected)) assert.equal(after.values[name], value, name)
    assert.deepEqual(parseDraft(serialize(after)).body, after.body)
  })
}

test("the choices survive storage and files; old drafts read as having none", () => {
  const storage = new MemoryStorage()
  const draft = choose(KINDS_DATA, emptyDraft(), { body: "township", year: "2024", period: "上半年" })
  saveDraft(storage, draft)
  const back = loadDraft(storage)
  assert.deepEqual([back.body, back.year, back.period], ["township", "2024", "上半年"])
  const old = parseDraft({ app: "fanwen-desk", version: 1, parts: [], values: {} })
  assert.deepEqual([old.body, old.year, old.period], ["", "", ""])
})

const REPORT_YEARS = [
  ["December: this year's report", new Date(2026, 11, 7), "2026"],
  ["October: this year's report", new Date(2026, 9, 1), "2026"],
  ["February: last year's report", new Date(2027, 1, 28), "2026"],
  ["January: last year's report", new Date(2026, 0, 15), "2025"],
  ["a year the data does not offer yet: the newest offered", new Date(2028, 5, 1), "2026"],
  ["before every offered year: the fallback", new Date(2019, 0, 1), "2025"],
]
for (const [label, today, want] of REPORT_YEARS) {
  test(`reportYear: ${label}`, () => {
    assert.equal(reportYear([2026, 2025, 2024, 2023], today, 2025), want)
  })
}

test("yearHints: the chosen year's own values as examples, a note where it has none, its signing date", () => {
  const data = { calendar: { values: { 2026: { 年度: { year: "2026", campaign: "" } }, 2025: { 年度: { year: "2025", campaign: "深入贯彻中央八项规定精神学习教育" } } } } }
  assert.deepEqual(yearHints(data, { year: "2026", period: "年度" }), {
    year: "例：2026",
    campaign: NONE_THIS_YEAR,
    date: "例：2026年12月20日",
  })
  assert.equal(yearHints(data, { year: "2025", period: "年度" }).campaign, "例：深入贯彻中央八项规定精神学习教育")
  assert.deepEqual(yearHints(data, { year: "", period: "" }), {})
})
