"""Fields found in the words of an article: bylines, people, organiser, meeting type, tags."""

from __future__ import annotations

import re

from ..config import Config
from ..text import fold

# --- bylines ---------------------------------------------------------------------------

_BYLINE = re.compile(
    r"^\(?\s*(?:tác giả bài viết|tác giả|người viết|phóng viên|pv|tin,? ảnh|tin và ảnh|tin & ảnh|"
    r"bài,? ảnh|bài và ảnh|bài & ảnh|tin|bài|thực hiện|nhóm phóng viên|biên tập)\s*:\s*(.+?)\s*\)?$",
    re.IGNORECASE,
)
_SOURCE_NAME = re.compile(r"^\(?\s*(?:nguồn|theo)\s*:?\s*(.+?)\s*\)?$", re.IGNORECASE)


def _capitalised(word: str) -> bool:
    """A word of a name: a capital first letter, then letters (Vietnamese capitals included)."""
    return bool(word) and word[0].isupper() and bool(re.fullmatch(r"[^\W\d_][\w'’.]*", word))


def _is_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 5 and all(_capitalised(w) for w in words)


def byline(text: str) -> list[str] | None:
    """ "Tác giả bài viết: Hồng Xiêm- Quang Hiếu", "Tin, ảnh: Minh Hà" → the names."""
    m = _BYLINE.match(text)
    if not m:
        return None
    names = split_names(m.group(1))
    return names or None


def split_names(text: str) -> list[str]:
    """ "Hồng Xiêm- Quang Hiếu", "A, B và C", "Tin: A - Ảnh: B" → each name once, in order."""
    text = re.sub(r"\b(?:ảnh|tin|bài|video)\s*:\s*", ",", text, flags=re.IGNORECASE)
    parts = re.split(r"\s*[,;/–—]\s*|\s+-\s*|\s*-\s+|\s+(?:và|&)\s+", text)
    names: list[str] = []
    for part in parts:
        part = part.strip(" .()")
        if part and part not in names:
            names.append(part)
    return names


def signature(text: str) -> list[str] | None:
    """A name alone on the last line ("Ngọc Oánh", "Minh Hà (TTVH huyện)") or an organisation's
    signature in capitals ("BAN DÂN VẬN", "BAN DÂN VẬN HUYỆN ỦY")."""
    stripped = text.strip().rstrip(".")
    if not stripped or len(stripped) > 60 or re.search(r"[!?:;…]", stripped):
        return None
    core = re.sub(r"\s*\([^)]*\)$", "", stripped).strip()
    letters = [c for c in core if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and 1 <= len(core.split()) <= 8:
        return [stripped]
    names = split_names(core)
    if names and all(_is_name(n) and not _title_word(n.split()[0]) for n in names):
        return names if core == stripped else [stripped]
    return None


def source_name(text: str) -> str | None:
    """ "Nguồn: Báo Hà Nam", "(Theo Báo Thái Bình)" → the publication's name."""
    m = _SOURCE_NAME.match(text)
    if not m or len(text) > 100:
        return None
    value = m.group(1).strip()
    if re.match(r"^(?:báo|tạp chí|đài|cổng|trang|website|cổng thông tin|ban|https?://)", value, re.IGNORECASE):
        return value
    return None


# --- people ----------------------------------------------------------------------------

# Words that start a title, not a name ("đồng chí Trưởng khối", "đồng chí Bí thư").
_TITLE_WORDS = {
    "trưởng",
    "phó",
    "bí",
    "chủ",
    "ủy",
    "uỷ",
    "thường",
    "lãnh",
    "giám",
    "tổng",
    "ban",
    "đảng",
    "chánh",
    "trợ",
    "chuyên",
    "cán",
    "nguyên",
    "các",
    "những",
    "ông",
    "bà",
    "anh",
    "chị",
    "thượng",
    "thiếu",
    "giáo",
    "thạc",
    "bác",
    "đ/c",
    "uv",
    "ubnd",
    "hđnd",
    "mttq",
    "đại",
    "thành",
    "hội",
}
# Words that end a name when they follow it without punctuation ("Nguyễn Văn A Bí thư …").
_NAME_STOP = {
    "trưởng",
    "phó",
    "bí",
    "chủ",
    "ủy",
    "uỷ",
    "giám",
    "ban",
    "đảng",
    "chánh",
    "trợ",
    "chuyên",
    "cán",
    "nguyên",
    "ubnd",
    "hđnd",
    "mttq",
    "uv",
    "ủv",
}
_COMRADE = re.compile(r"(?<![\w])(?:đồng chí|đ/c)\s+", re.IGNORECASE)
# Verbs of people who chaired or spoke; "dự" alone marks a guest.
_ROLE = re.compile(
    r"\b(?:chu tri|phat bieu|ket luan|trinh bay|chi dao|bao cao|thong tin|tham luan|de nghi|"
    r"dieu hanh|quan triet|khai mac|be mac|trao doi|giai dap|huong dan|truyen dat|"
    r"yeu cau|nhan manh|danh gia|ghi nhan|bieu duong|thay mat|doi thoai|tiep thu|"
    r"chu toa|tra loi|neu|gop y)\b"
)
_GUEST = re.compile(r"\b(?:du|tham du|toi du|den du|cung du|co mat|duoc moi)\b")


def _title_word(word: str) -> bool:
    return word.casefold().strip(".,") in _TITLE_WORDS


def _name_after(text: str) -> str | None:
    words: list[str] = []
    for token in re.split(r"\s+", text):
        word = token.rstrip(",;:.–-)")
        if not _capitalised(word) or (len(word) > 1 and word.isupper()):
            break
        if not words and _title_word(word):
            return None
        if words and word.casefold() in _NAME_STOP:
            break
        words.append(word)
        if word != token or len(words) == 5:
            break
    return " ".join(words) if 2 <= len(words) <= 5 else None


def people(text: str) -> list[tuple[str, bool]]:
    """Names after "đồng chí" in a paragraph, each with whether the clause says the person
    chaired or spoke (True) or only attended (False). A clause without a verb of its own
    ("…; đồng chí B, …") takes the role of the clause before it."""
    result: list[tuple[str, bool]] = []
    for sentence in re.split(r"(?<=[.!?])\s+(?=[^\W\d_])", text):
        role: bool | None = None
        for clause in re.split(r";", sentence):
            folded = fold(clause).replace("ban chi dao", "ban")
            if _ROLE.search(folded):
                role = True
            elif _GUEST.search(folded):
                role = False
            for m in _COMRADE.finditer(clause):
                before = clause[: m.start()].rstrip().split()
                if before and before[-1].casefold() in ("các", "những", "hai", "ba"):
                    continue
                name = _name_after(clause[m.end() :])
                if name:
                    result.append((name, role is not False))
    return result


# --- organiser ---------------------------------------------------------------------------

_ORG_HEAD = re.compile(
    r"(?:Ban (?:Dân vận|Thường vụ|Chỉ đạo|Tuyên giáo|Tổ chức)|Khối (?:dân vận|Dân vận|vận)|Thường trực|"
    r"Đảng ủy|Đảng uỷ|(?:Tỉnh|Thành|Huyện|Quận|Thị) (?:ủy|uỷ)|Ủy ban|Uỷ ban|UBND|HĐND|MTTQ|Mặt trận|"
    r"Hội (?:Nông dân|Cựu chiến binh|Liên hiệp|Phụ nữ)|Đoàn Thanh niên|Liên đoàn|Công đoàn|Chi bộ)",
)
_ORG_VERB = re.compile(
    r"\s+(?:đã\s+|vừa\s+|long trọng\s+)?(?:tổ chức|tổng kết|sơ kết|giao ban|triển khai|họp|"
    r"phối hợp tổ chức|tiến hành|đối thoại|tập huấn)\b",
    re.IGNORECASE,
)


_PERSONAL_TITLE = re.compile(r"\b(?:Bí thư|Trưởng|Phó|Chủ tịch|Ủy viên|Uỷ viên|UV|đồng chí)\b", re.IGNORECASE)
_NOT_ORG = re.compile(r"\b(?:chủ trì|phụ trách|hội nghị|đồng chí|cùng|với)\b", re.IGNORECASE)


def organization(text: str, organised_only: bool = False) -> str | None:
    """The organiser: the words before "tổ chức"/"tổng kết"/… back to the clause start,
    when they name a committee ("Ban Dân vận Quận ủy Hai Bà Trưng tổ chức hội nghị …").
    With organised_only, only "… tổ chức …" counts (the surest form: it is tried first)."""
    for verb in _ORG_VERB.finditer(text):
        if organised_only and "tổ chức" not in verb.group(0).casefold():
            continue
        clause = re.split(r"[,;:.(]\s*|\s+[–-]\s+", text[: verb.start()])[-1].strip()
        head = _ORG_HEAD.search(clause)
        if not head or _PERSONAL_TITLE.search(clause[: head.start()]):
            continue
        org = clause[head.start() :].strip()
        if _NOT_ORG.search(org):
            continue
        if 1 < len(org.split()) <= 14 or org in ("UBND", "MTTQ", "HĐND"):
            return org[0].upper() + org[1:]
    return None


# --- meeting type and tags -----------------------------------------------------------------


def meeting(text: str, config: Config) -> str | None:
    """The configured meeting type named first in the text."""
    folded = fold(text)
    best: tuple[int, str] | None = None
    for name in config.meetings.types:
        m = re.search(r"(?<!\w)" + re.escape(fold(name)) + r"(?!\w)", folded)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    return best[1] if best else None


def tags(title: str, body: str, config: Config) -> list[tuple[str, str]]:
    """Vocabulary tags (aliases included) named in the title, or at least twice in the body."""
    spellings: dict[str, list[str]] = {}
    for tag in config.tags.vocabulary:
        spellings.setdefault(config.tag_name(tag), []).append(tag)
    for alias, tag in config.tags.aliases.items():
        spellings.setdefault(config.tag_name(tag), []).append(alias)
    folded_title, folded_body = fold(title), fold(body)
    found: list[tuple[str, str]] = []
    for tag, words in spellings.items():
        patterns = [r"(?<!\w)" + re.escape(fold(w)) + r"(?!\w)" for w in words]
        in_title = sum(len(re.findall(p, folded_title)) for p in patterns)
        in_body = sum(len(re.findall(p, folded_body)) for p in patterns)
        if in_title:
            found.append((tag, "title"))
        elif in_body >= 2:
            found.append((tag, f"named {in_body} times in the text"))
    return found
