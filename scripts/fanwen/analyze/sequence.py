"""Roles read as a sequence: the most likely run of parts for the whole report (Viterbi).

:func:`fanwen.analyze.roles.assign_roles` reads block by block; here every block has scores for
every role (the role that reading gave, weaker when it only carried the role before on and
nothing when a section's name has since said another part; a heading's cue, else the word the
heading ends on, ``data/heading_words.yaml``; a short line standing alone in the body read as a
heading; a transition sentence; an opening seen after the body began; optionally a learned
model's log-probabilities, :mod:`fanwen.analyze.rolemodel`) and moving between parts has a
score too (on to a later part costs a little, back to an earlier one a lot, except from the
assessment back to what was done, which 研判报告 interleave; staying put when a numbered list
starts again at 1 costs something: a restarted list is a new part). The decoder picks the run
with the best total, so one block's stray cue does not pull a section out of order, and a
section without cues follows the parts around it. Weights are data (``data/sequence.yaml``).
Used with ``repairs`` only: the browser's draft checker mirrors the reading without it.
"""

from __future__ import annotations

import re
from functools import cache

from ..datafile import Strict, data_path, load_yaml_model
from .blocks import Block, sentences
from .genres import is_news, is_plan, lead_detail, plan_role
from .leads import paired_lead
from .overview import title_of
from .rolemodel import RoleModel, features, log_probs, role_model
from .roles import cues_of, heading_role, overview, subheading_role, transition_role
from .snippets import ROLE_ORDER, Library

NUMBER = re.compile(r"^\s*(?:[（(]?(\d{1,2})[)）.．、])")


class Emission(Strict):
    reading: float
    reading_kept: float
    reading_stale: float
    heading: float
    transition: float
    opening_late: float
    headword: float
    before_heading: float = 0.0
    model: float = 0.0


class Moves(Strict):
    forward: float
    backward: float
    back_to_work: float
    restart_stay: float
    news_forward: float  # a meeting's news tells what was done and asked in any order,
    news_backward: float  # so its moves cost little either way


class SequenceWeights(Strict):
    emission: Emission
    transition: Moves


class HeadingWords(Strict):
    words: dict[str, list[str]]


@cache
def sequence_weights() -> SequenceWeights:
    return load_yaml_model(data_path("fanwen.analyze", "sequence.yaml"), SequenceWeights)


@cache
def _heading_words() -> tuple[tuple[str, str], ...]:
    """(word, role) of data/heading_words.yaml, the longest words first."""
    table = load_yaml_model(data_path("fanwen.analyze", "heading_words.yaml"), HeadingWords)
    pairs = [(w, role) for role, words in table.words.items() for w in words]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


MARK = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)")
TAIL = re.compile(r"(?:分析|剖析)?[。：:；！\s]*$")


def headword_role(heading: str) -> str | None:
    """The part a heading's last word names (data/heading_words.yaml), or None.

    >>> headword_role("三、风险隐患"), headword_role("一、总体形势："), headword_role("五、对策")
    ('problems', 'assessment', 'next_steps')
    >>> headword_role("二、强化阵地管理") is None
    True
    """
    bare = TAIL.sub("", MARK.sub("", heading))
    return next((role for word, role in _heading_words() if bare.endswith(word)), None)


def restarts(blocks: list[Block]) -> list[bool]:
    """For each block, whether it starts a numbered list again at 1 at its level and in its
    style: （1） under 2、 starts a list of its own, not the 1、 list again.

    >>> b = [Block(k, f"{n}.甲", "h3", f"{n}.甲") for k, n in enumerate((1, 2, 1))]
    >>> restarts(b)
    [False, False, True]
    >>> restarts([Block(k, t, "h3", t) for k, t in enumerate(("1、甲", "2、乙", "（1）丙"))])
    [False, False, False]
    """
    last: dict[tuple[str, bool], int] = {}
    out = []
    for block in blocks:
        heading = (block.heading or "").lstrip()
        m = NUMBER.match(heading) if block.level != "para" else None
        number = int(m[1]) if m else None
        key = (block.level, heading.startswith(("（", "(")))
        out.append(number == 1 and last.get(key, 0) > 1)
        if block.level in ("h1", "h2"):  # a higher heading starts the count anew below it
            last = {k: v for k, v in last.items() if k[0] <= block.level}
        if number is not None:
            last[key] = number
    return out


def _move(a: str, b: str, restart: bool, w: Moves) -> float:
    i, j = ROLE_ORDER.index(a), ROLE_ORDER.index(b)
    if i == j:
        return w.restart_stay if restart else 0.0
    if j > i:
        return w.forward * (j - i)
    return w.back_to_work if (a, b) == ("assessment", "practices") else w.backward


def _names_work(name: str, cues: tuple) -> bool:
    """A heading that starts with what was done (强化风险预警研判): its last word is the
    object of the work, not the name of a part."""
    return subheading_role(name, cues) == "practices"


SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")  # 存在 的问 题: a viewer's gaps
BARE_LINE = re.compile(r"^[^。！？；，,：:]{2,20}\n")


def section_name(block: Block, top: str, begun: bool = True) -> str | None:
    """What may name a part: a top-level heading, or, once the body has begun, a short line
    of prose standing alone (a heading that lost its number and its level: 存在的问题 on its
    own line; above the body such a line is a subtitle or a slogan).

    >>> section_name(Block(0, "存在的问题\\n", "para", None), "h1")
    '存在的问题'
    >>> section_name(Block(0, "（一）存在的问题\\n", "h2", "（一）存在的问题"), "h1") is None
    True
    """
    if block.level == top and block.heading:
        return block.heading
    bare = begun and block.level == "para" and BARE_LINE.match(block.text)
    return block.text.strip() if bare else None


def _evidence(
    block: Block, top: str, cues: tuple, begun: bool = True
) -> tuple[str | None, str | None, str | None]:
    """The roles a block itself names: by a cue of a section's name (at the top level only: a
    sub-heading's 问题 names a topic, not the part), else by that name's last word; and by a
    turn in the first sentence of prose.

    >>> from fanwen.analyze.snippets import default_library
    >>> cues = cues_of(default_library())
    >>> _evidence(Block(0, "三、风险隐患", "h1", "三、风险隐患"), "h1", cues)
    (None, 'problems', None)
    >>> _evidence(Block(0, "二、存在 的问 题", "h1", "二、存在 的问 题"), "h1", cues)
    ('problems', None, None)
    """
    name = SPACE.sub("", section_name(block, top, begun) or "")
    cue = heading_role(name, cues) if name else None
    named = name and not cue and not _names_work(name, cues)
    word = headword_role(name) if named else None
    first = sentences(SPACE.sub("", block.text.strip()))[:1] if block.level == "para" else []
    turn = transition_role(first[0], cues) if first else None
    return cue, word, turn


# Words that profile the reporting unit (where it lies, what it holds, since when): the
# background a report gives before its work, whatever the section above it is called.
PROFILE = re.compile(
    "位于|地处|坐落|座落|[东西南北]邻|毗邻|下辖|辖有|总面积|总人口|常住人口|"
    "(?:距|离)(?:县城|市区|镇政府|乡政府|市中心)|现有(?:教职|职工|干部|党员|在编|员工|人口|学生|床位)|"
    "(?:现有|共有|下设|设有)[^，。；]{0,8}(?:党委|党总支|党支部|党组织)\\d*个|"
    "始建于|创建于|创办于|成立于|占地(?:面积)?|建筑面积|系[^，。；]{0,12}(?:单位|机构|企业|学校)(?=[，。；])|"
    "(?:现有|核定|实有)(?:编制|人员)|内设(?:机构|科室|[^，。；]{0,4}个)|主要职(?:责|能)(?=[。：:])"
)


def profiles(text: str) -> bool:
    """A paragraph that profiles the unit: two such words, or one in its first sentence.

    >>> profiles("三堂镇位于县境东北部，离县城30公里，下辖12个行政村。")
    True
    >>> profiles("镇党委全年召开意识形态工作专题会议4次，研究解决具体问题。")
    False
    >>> profiles("2、内设机构。部内共有5个组室。")
    True
    >>> profiles("1、人员编制。现有编制12个，现有人员10人。")
    True
    """
    first = sentences(text)[:1]
    return len(set(PROFILE.findall(text))) >= 2 or bool(first and PROFILE.search(first[0]))


def _profiled(blocks: list[Block], top: str) -> list[bool]:
    """For each block, whether it profiles the unit: a paragraph that does, or the top
    heading right over one (each paragraph read once)."""
    own = [_has_text(b) and profiles(b.text) for b in blocks]
    return [
        own[n + 1]
        if b.level == top and n + 1 < len(blocks) and _has_text(blocks[n + 1])
        else own[n]
        for n, b in enumerate(blocks)
    ]


def _has_text(block: Block) -> bool:
    """A paragraph, or a sub-heading that leads its paragraph (1、内设机构。部内共有……)."""
    lead = len(block.heading or "")
    return block.level == "para" or (block.level != "h1" and len(block.text.strip()) > lead + 10)


def _emission(
    reading: str, weight: float, evidence: tuple, begun: bool, w: Emission
) -> list[float]:
    """Scores of each role for one block: its reading (``weight``), what it names itself
    (:func:`_evidence`), an opening late; the learned model's log-probabilities are added by
    :func:`decode_roles`."""
    cue, word, turn = evidence
    scores = []
    for role in ROLE_ORDER:
        s = weight * (role == reading) + w.heading * (role == cue)
        s += w.transition * (role == turn) + w.headword * (role == word)
        s += w.opening_late * (role == "opening" and begun)
        scores.append(s)
    return scores


SHIPPED = object()  # decode with the model shipped in data/role_model.yaml


def decode_roles(
    pieces: list[tuple[Block, str | None]],
    library: Library,
    model: RoleModel | object | None = SHIPPED,
    weights: SequenceWeights | None = None,
) -> list[tuple[Block, str | None]]:
    """The pieces with the roles of the best-scoring sequence (the title keeps None); with a
    learned ``model`` (:mod:`fanwen.analyze.rolemodel`; None: without one), its
    log-probabilities join each block's evidence, weighted by ``emission.model`` (of
    ``weights``, by default data/sequence.yaml).

    >>> from fanwen.analyze.snippets import default_library
    >>> p = [(Block(0, "今年以来，局党组落实责任制。", "para", None), "opening")]
    >>> p += [(Block(9, "一、主要做法", "h1", "一、主要做法"), "practices")]
    >>> p += [(Block(20, "加强学习。", "para", None), "opening")]
    >>> [r for _, r in decode_roles(p, default_library())]
    ['opening', 'practices', 'practices']
    """
    body = [(k, b, r) for k, (b, r) in enumerate(pieces) if r is not None]
    if not body:
        return pieces
    w = weights or sequence_weights()
    cues = cues_of(library)
    restart = restarts([b for _, b, _ in body])
    top = "h1" if any(b.level == "h1" for _, b, _ in body) else "h2"
    learned = _learned(pieces, top, role_model() if model is SHIPPED else model, w.emission)
    roles = list(ROLE_ORDER)
    first_top = next((n for n, (_, b, _) in enumerate(body) if b.level == top), 0)
    profiled = _profiled([b for _, b, _ in body], top)
    blocks = [b for b, _ in pieces]
    title = title_of(blocks)
    plan = is_plan(blocks, title)
    moves_w = w.transition
    news = is_news(blocks)
    if news:
        update = {"forward": moves_w.news_forward, "backward": moves_w.news_backward}
        moves_w = moves_w.model_copy(update=update)
    begun = stale = False
    best: list[float] = []
    back: list[list[int]] = []
    for n, (k, block, reading) in enumerate(body):
        kept = n > 0 and reading == body[n - 1][2]  # the reading carried on, no cue of its own
        evidence = _evidence(block, top, cues, begun)
        if plan:  # a plan's sections are the work ahead, whatever their names say
            evidence = tuple(plan_role(e, True) if e else None for e in evidence)
        # 一、基本情况 / ××镇位于…，下辖…: the unit's profile; or the lead's (who came, what for)
        if profiled[n] or (news and lead_detail(block.text)):
            evidence = ("opening", None, None)
        elif evidence[0] == "assessment":  # 一、基本情况: the picture, or the work done
            evidence = (overview(blocks, k, title, cues) or "assessment", *evidence[1:])
        named = evidence[0] or evidence[1]
        stale = named != reading if named else stale and kept  # a section the reading missed
        weight = w.emission.reading_stale if stale else w.emission.reading
        weight = min(weight, w.emission.reading_kept) if kept else weight
        emit = _emission(reading, weight, evidence, begun, w.emission)
        if n < first_top and block.level == "para" and not paired_lead(block.text):
            # prose above the first section is the 导语, unless led as a section is (加强…，压实…。)
            emit[0] += w.emission.before_heading
        if learned:
            emit = [e + w.emission.model * p for e, p in zip(emit, learned[k], strict=True)]
        begun = begun or reading != "opening"
        if n == 0:
            best = emit
            back.append([0] * len(roles))
            continue
        row, ptr = [], []
        for j, b in enumerate(roles):
            moves = [best[i] + _move(a, b, restart[n], moves_w) for i, a in enumerate(roles)]
            i = max(range(len(roles)), key=moves.__getitem__)
            row.append(moves[i] + emit[j])
            ptr.append(i)
        best, _ = row, back.append(ptr)
    j = max(range(len(roles)), key=best.__getitem__)
    path = [j]
    for ptr in reversed(back[1:]):
        j = ptr[j]
        path.append(j)
    path.reverse()
    out = list(pieces)
    for (k, block, _), j in zip(body, path, strict=True):
        out[k] = (block, roles[j])
    return out


def _learned(pieces: list, top: str, model: object, w: Emission) -> list[list[float]] | None:
    """The model's log-probability of each role (in reading order) for every piece."""
    if not isinstance(model, RoleModel) or not w.model:
        return None
    out = []
    for feats in features(pieces, top):
        probs = log_probs(model, feats) if feats else {}
        floor = min(probs.values(), default=0.0)  # a role the model never saw: the least likely
        out.append([probs.get(role, floor) for role in ROLE_ORDER])
    return out
