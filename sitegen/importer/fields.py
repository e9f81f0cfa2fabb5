"""Fields found in the words of an article: bylines, people, organiser, meeting type, tags."""

from __future__ import annotations

import re

from ..config import Config
from ..text import fold

# --- bylines ---------------------------------------------------------------------------

_BYLINE = re.compile(
    r"^\(?\s*(?:tác giả bài viết|tác giả|người viết|phóng viên|pv|tin,? ảnh|tin và ảnh|tin & ảnh|"
    r"bài,? ảnh|bài và ảnh|bài & ảnh|tin bài và ảnh|tin bài|tin,? bài|tin|bài|thực hiện|nhóm phóng viên|ctv|"
    r"cộng tác viên|"
    r"biên tập viên|biên tập)"
    r"\s*:\s*(.+?)\s*\)?$",
    re.IGNORECASE,
)
_SOURCE_NAME = re.compile(r"^\(?\s*(nguồn(?= tin| bài|\b)(?: tin| bài)?|theo)\s*(:?)\s*(.+?)\s*\)?\.?$", re.IGNORECASE)
# Publications named after "Theo" ("Theo Báo Thái Bình", "Theo TTXVN"): a capitalised head, so
# "Theo báo cáo của UBND …" stays a sentence.
_PUBLICATION = re.compile(
    r"^(?:Báo|Tạp chí|Đài|Cổng|Trang|Website|Ban|Cổng thông tin|Truyền hình|Thông tấn|TTXVN|VOV|VTV|"
    r"Trung tâm|Tuổi Trẻ|Thanh Niên|Nhân Dân|Dân trí|VnExpress|[a-z0-9.-]+\.(?:vn|com|net|org)\b|https?://|"
    r"[a-z]{4,}\s+online$)"  # "Theo binhdinh online": a paper's site by its address's name
)


def _capitalised(word: str) -> bool:
    """A word of a name: a capital first letter, then letters (Vietnamese capitals included)."""
    return bool(word) and word[0].isupper() and bool(re.fullmatch(r"[^\W\d_][\w'’.]*", word))


def _acronym(word: str) -> bool:
    """ "UBND", "HĐND": two letters or more, all capitals. "H’" of "H’ Xuân" (an Ê Đê woman's name
    opens with it) is one letter and its apostrophe, a name's word."""
    return sum(c.isalpha() for c in word) > 1 and word.isupper()


def _is_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 5 and all(_capitalised(w) for w in words)


# First words of a publication or a body, never of a writer's name.
_NOT_WRITER = {
    "báo",
    "đài",
    "cổng",
    "trang",
    "tạp",
    "thông",
    "ban",
    "sở",
    "hội",
    "trung",
    "công",
    "phòng",
    "cục",
    "bộ",
    "tỉnh",
    "huyện",
    "xã",
    "phường",
    "thành",
    "quận",
    "ủy",
    "uỷ",
    "tổng",
    "viện",
    "trường",
}


def is_person_name(text: str) -> bool:
    """Two to four capitalised words, no acronym, not a publication's or a body's name."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(_capitalised(w) and not _acronym(w) for w in words)
        and words[0].casefold() not in _NOT_WRITER
    )


def byline(text: str) -> list[str] | None:
    """ "Tác giả bài viết: Hồng Xiêm- Quang Hiếu", "Tin, ảnh: Minh Hà" → the names."""
    m = _BYLINE.match(text)
    credit = re.fullmatch(r"\(\s*([^()]+?)\s+thực hiện\s*\)\.?", text.strip())
    if not m and credit:
        # "( Trung tâm VH-TT&TT thực hiện )", "(Thu Hà – Minh Anh thực hiện)": the credit in brackets
        value = credit.group(1)
        if _ORG_WORDS.match(value) and len(value.split()) <= 8:
            return [value]
        names = split_names(value)
        return names if all(is_person_name(n) for n in names) else None
    if not m:
        # "PV" alone on a line: the paper's reporter signs without a name
        reporter = re.fullmatch(r"\(?\s*((?:Nhóm\s+)?(?:PV|P\.V|CTV|Phóng viên))\s*\.?\s*\)?", text.strip())
        return [reporter.group(1)] if reporter else None
    # "Tác giả: Minh Anh | Nguồn: Trung tâm VHTT", "Tác giả: Thái Văn Dũng .Ngày đăng: 29/06/2022": the
    # row's other labelled parts are not names
    value = re.split(r"\s*\|\s*|(?:\s+[-–—]\s+|\s*\.\s*)(?=(?:Ngày|Đăng|Cập nhật|Lượt|Nguồn)\b)", m.group(1))[0]
    # "Y Nhàn-Hữu Huy (Trung tâm VH-TT huyện)": the writers' body in brackets after them is no writer
    body = re.search(r"\s*\(([^()]+)\)?$", value)
    if body and body.start() > 0 and _ORG_WORDS.match(body.group(1)):
        value = value[: body.start()]
    names = [re.sub(r"^(?:CTV|PV|Phóng viên)\s+(?=[A-ZĐ])", "", n) for n in split_names(value)]
    names = [part for n in names for part in _glued_writers(n)]
    if len(names) > 1 and not _ORG_WORDS.match(names[0]):
        names = [n for n in names if not _ORG_WORDS.match(n)]  # "Minh Anh - Trung tâm VHTT huyện"
    return names or None


def _glued_writers(text: str) -> list[str]:
    """ "Y Nhàn-Hữu Huy": two writers joined by a hyphen with no space, when each side is a name.

    An acronym's hyphen ("VH-TT") and a single word's ("Thu-UV") leave the text whole.
    """
    parts = text.split("-")
    if len(parts) > 1 and all(is_person_name(p) for p in parts):
        return parts
    return [text]


# A paper's masthead in capitals ("BÁO NAM ĐỊNH ĐIỆN TỬ", "TẠP CHÍ …", "ĐÀI PT-TH …") after a name:
# the page's footer opens with it, and the copy glued it to the signature above.
_MASTHEAD_AFTER = re.compile(r"^(.+?)\s+((?:BÁO|TẠP CHÍ|ĐÀI|CỔNG THÔNG TIN)(?:\s+[^\s]+){1,6})$")


def signed_over_masthead(text: str) -> list[str] | None:
    """ "Xuân Thu  BÁO NAM ĐỊNH ĐIỆN TỬ": the writer's name alone, then the paper's name in
    capitals: the writer (the masthead is the footer's, no writer's)."""
    m = _MASTHEAD_AFTER.match(text.strip())
    if not m or m.group(2) != m.group(2).upper() or not is_person_name(m.group(1)):
        return None
    return [m.group(1)]


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


# Words of an organisation's signature in capitals ("BAN DÂN VẬN HUYỆN ỦY"), as opposed to a name.
# The words of a body's signature in capitals ("BAN DÂN VẬN", "HĐND XÃ …"); a word that is also a
# person's ("Văn", "Thị", "Trung", "Đoàn", "Thanh") counts only in its body's phrase ("VĂN PHÒNG",
# "THỊ TRẤN", "TRUNG TÂM", "ĐOÀN THANH NIÊN"), so "HỒ VĂN HÙNG" is a writer.
_ORG_SIGNATURE = {w.casefold() for w in "BAN ĐẢNG ỦY UỶ HỘI PHÒNG ĐÀI UBND HĐND MTTQ XÃ HUYỆN TỈNH PHƯỜNG KHỐI".split()}
_ORG_PHRASE = re.compile(
    r"(?<!\w)(?:trung tâm|đoàn thanh niên|đoàn tn|công an|công đoàn|chi bộ|văn phòng|dân vận|tuyên giáo|"
    r"thanh niên|phụ nữ|thị trấn|thị xã|thị ủy|thị uỷ|bộ đội)(?!\w)"
)


def _org_signature(words: list[str]) -> bool:
    return any(w.casefold() in _ORG_SIGNATURE for w in words) or bool(_ORG_PHRASE.search(" ".join(words).casefold()))


_CAPS_INITIAL = re.compile(r"([^\W\d_]{1,2}\.\s?)([^\W\d_]{2,})")
# "btv chiminh", "BBT Phong Hải": the portal's editors sign with their board's initials.
_EDITORS = re.compile(r"(?:btv|bbt|ban biên tập)\s+[^\W\d_][\w.]*(?:\s+[^\W\d_][\w.]*)?", re.IGNORECASE)


# "BBT.": the editorial board's initials alone, no person's name after them (spelled out, "Ban biên
# tập" is a body that signs: see _SIGNING_BODY).
_BOARD = re.compile(r"^\(?(?:bbt|btv)\)?\.?$")


def is_board_signature(text: str) -> bool:
    return bool(_BOARD.match(fold(text).strip()))


def editors(text: str) -> list[str] | None:
    """The editorial board's signature under the text, in any case ("btv chiminh")."""
    return [text.strip()] if _EDITORS.fullmatch(text.strip()) else None


# "II. Ý NGHĨA ĐẠI HỘI", "3. KẾT QUẢ": a numbered section's heading (a numeral, a stop or a bracket,
# three words or more), the last whole line of a copy cut short, signs nothing.
_SECTION_HEAD = re.compile(r"(?:[IVX]{1,4}|\d{1,2})\s*[.)]\s*\S+(?:\s+\S+){2,}$")


def signature(text: str) -> list[str] | None:
    """A name alone on the last line ("Ngọc Oánh", "Minh Hà (TTVH huyện)") or an organisation's
    signature in capitals ("BAN DÂN VẬN", "BAN DÂN VẬN HUYỆN ỦY")."""
    stripped = text.strip().rstrip(".")
    if not stripped or len(stripped) > 60 or re.search(r"[!?:;…]", stripped) or _SECTION_HEAD.match(stripped):
        return None
    if re.fullmatch(r"\([^()]+\)", stripped):
        stripped = stripped[1:-1].strip()  # "(Thu Hà)": the signature in brackets
    core = re.sub(r"\s*\([^)]*\)$", "", stripped).strip()
    # "CTV Đức Thành", "PV Minh Anh": the correspondent's or reporter's role before the name
    core = re.sub(r"^(?:CTV|PV|Phóng viên|Cộng tác viên)\s+(?=[A-ZĐ])", "", core)
    letters = [c for c in core if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and (initial := _CAPS_INITIAL.fullmatch(core)):
        return [initial.group(1) + initial.group(2).capitalize()]  # "M.SƠN": an initial and a name in capitals
    if letters and all(c.isupper() for c in letters) and 1 <= len(core.split()) <= 8:
        words = core.split()
        if 2 <= len(words) <= 4 and not _org_signature(words) and core == stripped:
            return [" ".join(w.capitalize() for w in words)]  # "MINH PHÚC" is a writer: Minh Phúc
        several = split_names(core)
        if len(several) > 1 and all(2 <= len(n.split()) <= 4 and not _org_signature(n.split()) for n in several):
            return [" ".join(w.capitalize() for w in n.split()) for n in several]  # "THU HÀ - MINH ANH"
        return [stripped]
    if re.fullmatch(r"(?:[^\W\d_]{1,2}\.\s?){1,3}[^\W\d_][\w’']+", core) and core[0].isupper():
        return [core]  # "N.Linh", "T.Bình", "H.T.Lan": initials and a given name
    # "Minh Anh / Nhân Dân", "H.T.Lan/TTXVN": the writer, then the paper or agency they write for (a
    # reposting page's signature); what follows the slash is the source, never a second writer
    by = re.fullmatch(r"([^/]+?)\s*/\s*([A-ZĐÀ-Ỹ][^/]*)", core)
    if by and (writer := signature(by.group(1))) and len(writer) == 1 and not ORG_ANY_CASE.match(writer[0]):
        return writer
    if re.fullmatch(r"[A-ZĐ]{2}[a-zà-ỹđ]{2,}", core):
        return [core]  # "HLam": initials glued to a given name, a newsroom's short signature
    # "Chí Linh-BBL": the paper's initials after the writer's name are not a writer
    # "Nguyễn Thanh – P. ĐM", "Thu Hà - TT.VH": an abbreviation with full stops after the dash is
    # the unit's or the office's (Phường Đại Mỗ), not a second writer; so is, after a person's name,
    # an abbreviation with its place ("Viết Quang - VPHU Phú Vang": the district Party office)
    office = re.fullmatch(r"(.+?)\s*[-–]\s*[A-ZĐ]{2,5}(?:\s+[A-ZĐÀ-Ỹa-zà-ỹđ][a-zà-ỹđ]+){1,4}", core)
    if office and is_person_name(office.group(1)):
        core = office.group(1)
    core = re.sub(
        r"(?<=\w)\s*[-–]\s*(?:[A-ZĐ]{2,5}|[A-ZĐ]{1,4}\.\s?[A-ZĐ]{1,5}(?:\.\s?[A-ZĐ]{1,5})*\.?)$",
        "",
        core,
    )
    names = split_names(core)
    if len(names) > 1 and not _ORG_WORDS.match(names[0]):
        names = [n for n in names if not _ORG_WORDS.match(n)]  # "Xuân Thưởng – Báo Bạc Liêu Online"
    if len(names) == 1 and len(words := names[0].split()) == 4 and not {words[0], words[2]} & SURNAMES:
        # "Đăng Huy Ngọc Chí": no surname opens it, so no full name: two pen names whose dash was lost
        names = [" ".join(words[:2]), " ".join(words[2:])]
    if len(names) == 2 and _is_name(names[0]) and _province_after_writer(names[1]):
        names = names[:1]  # "Thái Quỳnh – Cà Mau": the writer, then the province they write from
    if names and all(_is_name(n) and not _opens_with_title(n) for n in names):
        bracket = re.search(r"\(([^)]*)\)$", stripped)
        said = bracket.group(1) if bracket else ""
        if (
            core == stripped
            or not bracket
            or is_organisation(said)
            or _WRITER_OFFICE.match(said)
            or _WRITER_PLACE.fullmatch(said)
        ):
            # "Lang Mạnh Hùng (Huyện ủy Quế Phong)", "Lê Thị Hoa (Phó Bí thư Đoàn xã)", "Bích Hồng
            # (Chi Lăng)", "Đức Thành (Tỉnh đoàn)": the writer, not their organisation, office or place
            return names
        return [stripped]
    if (_ORG_HEAD.match(core) or _signing_body(core)) and len(core.split()) <= 8 and not re.search(r"[,.;]", core):
        return [core]  # "Liên đoàn lao động tỉnh Phú Thọ", "Văn phòng HĐND - UBND xã": the publishing body signs
    return None


def _province_after_writer(name: str) -> bool:
    from .places import is_province_name  # places reads fields' name tests: imported here, once used

    return is_province_name(name)


# Title words that are also given names ("Nguyên Hương", "Thành Trung", "Đại Dương"): a signature
# may open with one when no word after it is a title's.
_GIVEN_TOO = frozenset({"nguyên", "thành", "đại"})


def _opens_with_title(name: str) -> bool:
    """Whether a signature's name opens with a title ("Phó Ban", "Nguyên Chủ Tịch"), not a writer's."""
    words = name.split()
    if not _title_word(words[0]):
        return False
    return words[0].casefold() not in _GIVEN_TOO or any(_title_word(w) or w.casefold() in _NAME_STOP for w in words[1:])


# A correspondent's place or unit in brackets after the name: one to five words, each a capital's
# or a level's ("Chi Lăng", "Tỉnh đoàn", "xã Tân Lập"), no sentence.
_WRITER_PLACE = re.compile(
    r"(?:(?:[A-ZĐÀ-Ỹ][\w’']*|xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|đoàn|ủy|uỷ)\s*){1,5}"
)


# Bodies that sign an article with a short name ("Hội ND xã", "Văn phòng HĐND - UBND xã", "Ban
# biên tập"), besides the organs of _ORG_HEAD.
_SIGNING_BODY = re.compile(
    r"^(?:Văn phòng|Ban [Bb]iên tập(?!\w)|Hội (?:ND|CCB|LHPN|PN|CTĐ|Chữ thập đỏ|Người cao tuổi|Khuyến học)|"
    r"Đoàn (?:xã|phường|thị trấn|TN)|Trung tâm (?:VH|Văn hóa|Văn hoá|TT|Truyền thông)|Đài (?:TT|Truyền thanh)|"
    # "Ban VHTT phường", "Ban TG-DV xã": a board of the unit named by its initials
    r"Ban [A-ZĐ]{2,5}(?:[-–&][A-ZĐ]{1,5})?)(?!\w)"
)

_BODY_WORDS = {
    "xã",
    "phường",
    "thị",
    "trấn",
    "huyện",
    "quận",
    "tỉnh",
    "thành",
    "phố",
    "và",
    "-",
    "–",
    "&",
    "biên",
    "tập",
}


def _signing_body(text: str) -> bool:
    """ "Văn phòng HĐND - UBND xã": a body's short name, its other words names, acronyms or level
    words ("Văn phòng làm việc cả ngày" is a sentence)."""
    m = _SIGNING_BODY.match(text)
    if m is None:
        return False
    rest = text[m.end() :].split()
    return len(rest) <= 5 and all(w[0].isupper() or w in _BODY_WORDS for w in rest)


# Syllables that open most Vietnamese given names: a writer's pen name starts with one.
_GIVEN_FIRST = frozenset(
    """Minh Thu Ngọc Thanh Hồng Hải Quang Đức Anh Hoài Kim Thúy Thuý Xuân Hương Lan Phương Bảo Công
    Hữu Đình Huy Tuấn Trung Việt Thành Bích Diệu Khánh Gia Thảo Yến Trọng Tiến Duy Hoàng Mỹ Thùy Thuỳ
    Vân Quốc Phú Tú Hạnh Hiền Thái Tâm Nhật Nguyệt Huyền Thiên Văn Thị""".split()
)


def lowercase_signature(text: str) -> list[str] | None:
    """ "Minh hiếu.": a pen name alone on the last line, its second syllable typed in lower
    case; the first must open a given name, so "Trân trọng." or "Xin cảm ơn." are no names."""
    words = text.strip().rstrip(".").split()
    if len(words) != 2 or words[0] not in _GIVEN_FIRST or not re.fullmatch(r"[^\W\d_]{2,7}", words[1]):
        return None
    return [" ".join(words)] if words[1].islower() else None


def source_name(text: str) -> str | None:
    """ "Nguồn: Báo Hà Nam", "(Theo Báo Thái Bình)" → the publication's name."""
    m = _SOURCE_NAME.match(text)
    if not m or len(text) > 100:
        return None
    word, colon, value = m.group(1), m.group(2), m.group(3).strip()
    if re.search(r"[.!?;]\s", value):
        return None
    named = re.fullmatch(r"(.+?)\s*\(([^()]+)\)?", value)
    if named and _is_name(named.group(1)) and is_organisation(named.group(2)):
        return named.group(1)  # "Theo Thu Hà (Báo Nghệ An)": the writer, with her paper
    if word.casefold() == "theo" and colon and is_person_name(value):
        return value  # "Theo: Thúy Hường": the writer the page credits
    if word.casefold().startswith("nguồn") and (colon or _PUBLICATION.match(value)):
        return value  # "Nguồn: baohanam.com.vn", "Nguồn: Ban Dân vận Tỉnh ủy"
    if _PUBLICATION.match(value) and len(value.split()) <= 10:
        return value
    return None


# A byline with the writer's organisation ("Minh Châu – Trung tâm VH-TT&TT huyện",
# "Hồng Nhung (Đài TT-TH huyện)").
_ORG_WORDS = re.compile(
    r"^(?:Trung tâm|TT|TTVH|Ban|Đài|Phòng|Báo|Hội|UBND|Đảng ủy|Đảng uỷ|Huyện ủy|Thị ủy|Thành ủy|Tỉnh ủy|"
    r"Văn phòng|Cổng|Trang|Công an|Đoàn|MTTQ|Ủy ban|Uỷ ban|Chi bộ|Trường|Sở|CTV|Cộng tác viên|PV|Phóng viên|"
    r"(?:Huyện|Tỉnh|Thành|Quận|Thị) đoàn|"
    # "Khắc Định - VP MTTQ", "Diễm Phương – Phường Mỹ Thạnh": the office or the unit the writer is from
    r"VP(?= )|(?:Phường|Xã|Thị trấn|Quận|Thành phố|TP\.?)(?= [A-ZĐ0-9]))"
)


# A body's first words, in any case (a writer's body under a signature; parse reads it too).
ORG_ANY_CASE = re.compile(_ORG_WORDS.pattern + r"|Truyền hình|Đài|Thông tấn|Tạp chí", re.IGNORECASE)


def is_organisation(text: str) -> bool:
    """A newsroom or a body beside a writer's name ("TRUNG TÂM TIN TỨC HTV", "Báo Nghệ An",
    "TTXVN"): an organisation's head word in any case, or an acronym."""
    text = text.strip()
    return bool(ORG_ANY_CASE.match(text)) or bool(re.fullmatch(r"[A-ZĐ&-]{2,8}", text))


# A writer's office after the dash ("Nguyễn Thế Vinh – Phó Chủ tịch HĐND phường"): an official who
# wrote the report signs with it. A caption says what the person does in the picture: no such verb.
_WRITER_OFFICE = re.compile(
    r"^(?:Phó\s+|P\.\s*)?(?:Chủ tịch|Bí thư|Trưởng (?:ban|phòng|khối|thôn|ấp|khu)|Chánh Văn phòng|Công chức|"
    r"Cán bộ|Chuyên viên)\b"
)
_IN_PICTURE = re.compile(
    r"\b(?:phat bieu|trao|tang|chu tri|bao cao|trinh bay|ket luan|khai mac|be mac|chuc mung|tham|du|lam viec)\b"
)


def byline_with_org(text: str) -> list[str] | None:
    """The writer's name of a byline that gives their organisation (or their office) after a dash
    or in brackets."""
    m = re.match(r"^([^\W\d_][\w’' ]{2,40}?)\s*(?:[-–—]\s*|\(\s*)(.{2,80}?)\)?\.?$", text.strip())
    if not m:
        return None
    office = _WRITER_OFFICE.match(m.group(2)) and not _IN_PICTURE.search(fold(m.group(2)))
    if not (_ORG_WORDS.match(m.group(2)) or office):
        return None
    names = split_names(m.group(1))
    if names and all(_is_name(n) and not _title_word(n.split()[0]) and len(n.split()) <= 4 for n in names):
        return names
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
# A sentence ends at . ! ? before a capital, but not after an academic title ("GS,TS. Lê Văn Lợi").
# Abbreviations with a dot that no sentence ends on: degrees, and "TP. Long Xuyên", "TX. …", "TT. …".
# A stop glued to the next capital after a lower-case word ("… chào cờ.Đồng chí …") ends one too.
_UPPER = "A-ZĐÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
_LOWER = "a-zđàáâãèéêìíòóôõùúýăơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
# A sentence ends at a stop before a letter, unless the stop ends an abbreviated title ("TS.",
# "CT. HĐND", "PCT. UBND") or level word; sentences glued by a lost stop and space end too
# ("… tháng 3.Hội nghị", "… năm 2019Dự hội nghị": a year runs into a capitalised word).
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!TS\.)(?<!GS\.)(?<!ThS\.)(?<!Ths\.)(?<!BS\.)(?<!KS\.)(?<!TP\.)(?<!Tp\.)(?<!TX\.)(?<!TT\.)"
    r"(?<!CT\.)\s+(?=[^\W\d_])"
    rf"|(?<=[{_LOWER}][{_LOWER}][.!?])(?=[{_UPPER}])"
    rf"|(?<=[12]\d\d\d)(?=[{_UPPER}][{_LOWER}])"
)
# "đồng chí đại tá Lương Văn A": a military rank between "đồng chí" and the name is part of neither.
_COMRADE = re.compile(
    r"(?<![\w])(?:đồng chí|đ/c)\s+(?:(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy|uý)\s+)?", re.IGNORECASE
)
# Verbs of people who chaired or spoke; "dự" alone marks a guest.
_ROLE = re.compile(
    r"\b(?:chu tri|phat bieu|ket luan|trinh bay|chi dao|bao cao|thong tin|tham luan|de nghi|"
    r"dieu hanh|quan triet|khai mac|be mac|trao doi|giai dap|huong dan|truyen dat|"
    # "biểu dương" (praised), not "đại biểu đương nhiên" (delegates ex officio) folded alike
    r"yeu cau|nhan manh|danh gia|ghi nhan|(?<!dai )bieu duong|doi thoai|tiep thu|"
    r"chu toa|tra loi|neu|gop y|keu goi|chia se|khang dinh|cho biet|phat dong|de xuat|kien nghi|giai trinh|lam ro|"
    r"cho rang|dong gop y kien|tham gia y kien|cam on|bay to|trien khai|"
    # "đã đọc tờ trình …", "đọc diễn văn": the text read aloud to the meeting
    r"doc (?:to trinh|dien van|bao cao)|"
    r"thong qua (?:du kien|du thao|chuong trinh|noi dung|(?:cac )?to trinh)|thong bao (?:tinh hinh|ket qua|nhanh|ve))\b"
)
# Awards ("tặng Bằng khen cho các cá nhân gồm: ông …", "đồng chí X với sáng kiến …"): a clause
# naming them says nothing of a speech unless a speech verb is in it too.
_AWARD = re.compile(
    r"\b(?:bang khen|giay khen|khen thuong|danh hieu|sang kien|ky niem chuong|co thi dua|duoc tang|"
    r"duoc trao|vinh danh|tuyen duong|ca nhan gom|tap the gom|"
    # a contest's prizes ("Thị Đoàn Duyên Hải giải Nhất, Huyện Đoàn Cầu Ngang giải Ba")
    r"giai (?:nhat|nhi|ba|khuyen khich|dac biet))\b"
)
_SPEECH = re.compile(r"\b(?:phat bieu|chu tri|ket luan|trinh bay|bao cao|chi dao|khai mac|be mac)\b")
_GUEST = re.compile(r"\b(?:du|tham du|toi du|den du|cung du|co mat|duoc moi|gui thu|gui lang hoa|gui dien)\b")
# "Về dự Hội nghị có …", "Tham dự buổi đối thoại có …": a list of those who attended; an event's
# name in it ("buổi đối thoại") is no speech, unless joined to the attending ("dự và chỉ đạo",
# "dự chỉ đạo").
_ATTENDED = re.compile(r"^\W*(?:ve |den |toi |cung )?(?:tham )?du\b(?! va\b)(?:(?!\bva\b).){0,60}?\bco\b")


# "…; đồng chí C, Bí thư Huyện ủy cùng các đại biểu cấp huyện, xã tham dự.": the others who attend
# with those named; their verb says nothing of the names before "cùng" once an earlier clause of the
# sentence gave the list its role ("Về dự và chỉ đạo … có …"); in its first clause it is the list's verb.
_OTHERS_ATTEND = re.compile(r"\bcung (?:voi )?(?:cac|nhieu|dong dao|toan the|\d+)\b[^;]*?\b(?:tham )?du\W*$")


# "Dự hội nghị có đồng chí A – …, đồng chí B – … chủ trì Hội nghị.": the list ends in the verb, with
# no comma or dash before it (a dash makes it the last one's title): those listed chair together.
_LIST_CHAIRS = re.compile(r"[^,–-]\s+chu tri(?: hoi nghi| cuoc hop| buoi lam viec)?\W*$")


def _attendance_list(clause: str) -> bool:
    m = _ATTENDED.match(fold(clause.strip()))
    return m is not None and not _SPEECH.search(m.group())  # "Về dự chỉ đạo … có": chairs, all of them


def _own_role(before: str, segment: str, rest: str = "") -> bool:
    """In a list of those who attended, whether a name's own stretch says it chaired or spoke
    ("đồng chí C – Phó Bí thư …, Trưởng Khối Dân vận – Chủ trì hội nghị"), or the words right
    before it, up to a colon ("…, chủ trì hội nghị: Bà D – Chủ tịch …"), or, after "do" (by),
    the words after it up to a comma ("… có 21 đại biểu do bà A – Chủ tịch HĐND xã chủ trì, …")."""
    lead = fold(re.split(r"[,;]", before)[-1])
    if _SPEECH.search(lead) and re.search(r":\s*(?:ong|ba|dong chi|d/c)?\s*$", lead):
        return True
    if re.search(r"\bdo\s+(?:ong|ba|dong chi|d/c)?\s*$", lead) and _SPEECH.search(_role_text(rest.split(",")[0])):
        return True
    return bool(_SPEECH.search(_role_text(segment)))


# "được nghe ý kiến chỉ đạo của đồng chí X", "bài phát biểu của đồng chí X": X's words were heard
# at the meeting (not "theo chỉ đạo của …", "thực hiện ý kiến … của …": a direction given elsewhere).
_DIRECTED = re.compile(r"\b(?:theo|thuc hien|quan triet|trien khai)\b")
_HEARD = re.compile(
    r"\b(?:y kien(?: chi dao| phat bieu| ket luan)?|"
    r"(?:bai |loi )?phat bieu(?: chi dao| ket luan| khai mac| be mac)?|ket luan)(?: quan trong)?"
    r"(?: tai (?:hoi nghi|dai hoi|ky hop|buoi \w+))? cua$"  # "phát biểu tại hội nghị của đồng chí X"
)


def sentences(text: str) -> list[str]:
    """The sentences of a text; a line ends one too (a paragraph that ends with a colon, a list's
    items "1- …", "2- …" that open with a number, are no one sentence with the next)."""
    return [sentence for line in text.split("\n") for sentence in _SENTENCE_END.split(line)]


def is_award(sentence: str) -> bool:
    """A sentence that lists those honoured, and says nothing of a speech."""
    folded = fold(sentence)
    return bool(_AWARD.search(folded)) and not _SPEECH.search(folded)


def _role_text(clause: str) -> str:
    """The clause folded for role words, with personal names masked ("đồng chí Đào Mạnh Quý"
    would otherwise read as "chỉ đạo")."""
    words = clause.split()
    masked: list[str] = []
    in_name = False
    for word in words:
        bare = word.strip(",;:.()–-")
        in_name = (
            bool(bare)
            and bare[0].isupper()
            and not _title_word(bare)  # "Đoàn Chủ trì Hội thảo": a family name's word, then a title
            and (bare in SURNAMES or (in_name and _capitalised(bare)))
        )
        masked.append("X" if in_name else word)
    return fold(" ".join(masked)).replace("ban chi dao", "ban")


def _title_word(word: str) -> bool:
    return word.casefold().strip(".,") in _TITLE_WORDS


# "Nguyễn Duy Anh Tỉnh ủy viên": a level word then "ủy" after a name, with no comma, opens the
# title (a committee member's); "Huỳnh Văn Tỉnh phát biểu" keeps its given name.
_MEMBER_AFTER = re.compile(r"(?:Tỉnh|Huyện|Thành|Quận|Thị|Đảng)\s+(?:ủy|uỷ)\b")


# "Trần Thị Phương Mai-Chủ tịch Hội …": a name's last word glued by a dash to a title's first.
_GLUED_TITLE = re.compile(r"([^\W\d_][\w’']*)[-–]((?:Chủ|Phó|Bí|Trưởng|Giám|Ủy|Uỷ|Chánh|Chuyên|Cán|Tỉnh|Huyện)\b.*)$")


def _name_after(text: str) -> str | None:
    words: list[str] = []
    tokens = re.split(r"\s+", text)
    for index, token in enumerate(tokens):
        glued = _GLUED_TITLE.match(token)
        if glued:  # "Mai-Chủ tịch": the dash before the title lost its spaces; the name ends there
            token = glued.group(1) + "-"
        elif comma := re.match(r"([^\W\d_][\w’']*),\S", token):
            token = comma.group(1) + ","  # "Mừng,Ủy viên": the comma before the title lost its space
        word = token.rstrip(",;:.–-)")
        if not _capitalised(word) or _acronym(word):
            break
        if not words and _title_word(word):
            return None
        if words and word.casefold() in _NAME_STOP:
            break
        if len(words) >= 2 and word == token and _MEMBER_AFTER.match(" ".join(tokens[index : index + 2])):
            break
        words.append(word)
        if word != token or len(words) == 5:
            break
    return " ".join(words) if 2 <= len(words) <= 5 else None


def people(text: str) -> list[tuple[str, bool]]:
    """Names after "đồng chí" in a paragraph, each with whether the sentence says the person
    chaired or spoke (True) or not (attended, was appointed, signed: False). A clause without a
    verb of its own ("…; đồng chí B, …") takes the role of the clause before it."""
    result: list[tuple[str, bool]] = []
    for sentence in _SENTENCE_END.split(text):
        role: bool | None = None
        award = False  # once a clause lists awards, the clauses after it in the sentence do too
        pending: list[int] = []  # names of the sentence's first clauses, before any verb
        for clause in re.split(r";", sentence):
            folded = _role_text(clause)
            award = award or bool(_AWARD.search(folded) and not _SPEECH.search(folded))
            if award and not _SPEECH.search(folded):
                role = False  # an award list, over all its clauses: those named were honoured, not heard
            elif _ROLE.search(folded):
                role = True
            elif _GUEST.search(_OTHERS_ATTEND.sub("", folded) if role else folded):
                role = False
            _settle(result, pending, role)
            listed = _attendance_list(clause)
            chaired_by_all = listed and bool(_LIST_CHAIRS.search(fold(clause)))
            marks = list(_COMRADE.finditer(clause))
            for at, m in enumerate(marks):
                before = clause[: m.start()].rstrip().split()
                if before and before[-1].casefold() in ("các", "những", "hai", "ba"):
                    continue
                tail = fold(" ".join(before[-8:]))
                heard = _HEARD.search(tail) and not _DIRECTED.search(tail)
                if re.search(r"\b(?:cua|cam on|ca nhan|tri an)$", tail) and not heard:
                    continue  # "cảm ơn … cá nhân đồng chí X", "của đồng chí X": spoken of, not speaking
                first = _name_after(clause[m.end() :])
                own = role
                if chaired_by_all:
                    own = True
                elif listed:  # each attendee chairs or speaks only if its own stretch says so
                    end = marks[at + 1].start() if at + 1 < len(marks) else len(clause)
                    own = _own_role(clause[: m.end()], clause[m.end() : end], clause[m.end() :])
                for name in [first, *_listed_after(clause[m.end() :], first)] if first else []:
                    if own is None:
                        pending.append(len(result))
                    result.append((name, own is True))  # named, but neither chairing nor speaking: not listed
    return result


# --- organiser ---------------------------------------------------------------------------

_ORG_HEAD = re.compile(
    r"(?:Ban (?i:dân vận|thường vụ|chỉ đạo|tuyên giáo|tổ chức)|Khối (?:dân vận|Dân vận|vận)|Thường trực|"
    r"Đảng ủy|Đảng uỷ|(?:Tỉnh|Thành|Huyện|Quận|Thị) (?:ủy|uỷ)|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng nhân dân|MTTQ|Mặt trận|"
    r"Hội (?:Nông dân|Cựu chiến binh|Liên hiệp|Phụ nữ)|Đoàn Thanh niên|Liên đoàn|Công đoàn|Chi bộ)",
)
_ORG_VERB = re.compile(
    r"\s+(?:(?:đã|vừa|sẽ|cũng|đang|long trọng)\s+){0,2}(?:tổ chức|tổng kết|sơ kết|giao ban|triển khai|họp|"
    r"phối hợp tổ chức|tiến hành|đối thoại|tập huấn)\b",
    re.IGNORECASE,
)


# "kỳ họp", "cuộc họp", "buổi họp", "phiên họp", "phòng họp": "họp" as a noun, not the organiser's verb.
_NO_ORGANISER = re.compile(r"(?<!\w)(?:kỳ|kì|cuộc|buổi|phiên|phòng)$", re.IGNORECASE)
_VENUE_BEFORE = re.compile(r"(?:hội trường|trụ sở|phòng họp|nhà văn hóa|nhà văn hoá)\s*$", re.IGNORECASE)
_PASSIVE = re.compile(r"(?<!\w)(?:được|bị)(?:\s+(?:chọn|lựa chọn|giao|phân công|chỉ định))?$")
_AUXILIARY_TAIL = re.compile(r"(?:\s+(?:đã|vừa|sẽ|cũng|đang))+$")
_PERSONAL_TITLE = re.compile(r"\b(?:Bí thư|Trưởng|Phó|Chủ tịch|Ủy viên|Uỷ viên|UV|đồng chí)\b", re.IGNORECASE)
# "… của UBND thành phố về việc ban hành quy chế tổ chức …": a document's subject, not an organiser;
# so is "Kế hoạch số 219/KH-UBND ngày 01/06/2023 của UBND quận về Tổ chức hội nghị …": a name with
# a document's date in it, or ending in "về", is the document's issuer and its subject.
_NOT_ORG = re.compile(r"\b(?:chủ trì|phụ trách|hội nghị|đồng chí|cùng|với|về việc)\b|\bngày\s+\d|\bvề$", re.IGNORECASE)


# "Phó Chủ tịch UBND tỉnh Nguyễn Thị Hoàng chủ trì buổi tiếp công dân": the one who chairs, by a title
# whose organ is named by its level alone (the province's committee, not a unit named after it).
_CHAIRED_BY = re.compile(
    r"(?<!\w)(?:Phó\s+)?(?:Chủ tịch|Bí thư)(?:\s+[Tt]hường trực)?\s+"
    r"((?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Ủy ban MTTQ(?:\s+Việt Nam)?)\s+"
    r"(?:tỉnh|huyện|thành phố|thị xã|quận))"
    rf"(?:\s+((?:[{_UPPER}][\w’']*\s+){{1,3}}[{_UPPER}][\w’']*))?\s*,?\s+(?:đã\s+)?chủ trì(?!\w)"
)


def chairing_organ(text: str) -> str | None:
    """The organ, named by its level alone, whose head chairs the meeting ("Phó Chủ tịch UBND tỉnh
    Nguyễn Thị Hoàng chủ trì …": "UBND tỉnh"); the name after the title must be a person's."""
    for m in _CHAIRED_BY.finditer(text):
        if m.group(2) is None or m.group(2).split()[0] in SURNAMES:
            return m.group(1)
    return None


# "… tập trung chỉ đạo Hội Nông dân huyện Trà Ôn tổ chức đại hội điểm": an organ another directs is
# where the directed work is to be done, not the article's organiser.
_DIRECTS = re.compile(r"(?<!\w)(?:chỉ đạo|hướng dẫn|giao cho|đôn đốc)\s*$", re.IGNORECASE)
# "Dưới sự chỉ đạo Ban Dân vận Huyện ủy …", "sự lãnh đạo, chỉ đạo Đảng ủy xã …": the direction, a noun,
# is given by the organ after it.
_DIRECTION_NOUN = re.compile(r"(?<!\w)(?:sự|dưới)\s[^.;]{0,25}$", re.IGNORECASE)


def directs(before: str) -> bool:
    """Whether the words before an organ end with a verb that directs it ("chỉ đạo Hội Nông dân …")."""
    verb = _DIRECTS.search(before)
    return verb is not None and not _DIRECTION_NOUN.search(before[: verb.end()])


def organization(text: str, organised_only: bool = False) -> str | None:
    """The organiser: the words before "tổ chức"/"tổng kết"/… back to the clause start,
    when they name a committee ("Ban Dân vận Quận ủy Hai Bà Trưng tổ chức hội nghị …").
    With organised_only, only "… tổ chức …" counts (the surest form: it is tried first)."""
    for verb in _ORG_VERB.finditer(text):
        if organised_only and "tổ chức" not in verb.group(0).casefold():
            continue
        if _NO_ORGANISER.search(text[: verb.start()]) and not verb.group(0).strip().casefold().startswith("tổ chức"):
            continue  # "của kỳ họp": the session, a noun, not "họp" done by the words before
        if _PASSIVE.search(text[: verb.start()].rstrip()):
            # "Đại hội … phường Phú Xuân lần thứ I được tổ chức": passive, no organiser before it;
            # "Ủy ban MTTQ xã Tân An được chọn tổ chức đại hội điểm": chosen by the article's organiser
            continue
        # "Hội Nông dân xã Hoà Bình (Đồng Hỷ) tổ chức": the unit's parent in brackets after its name
        before = re.sub(r"\s*\([^()]{2,40}\)\s*$", "", text[: verb.start()])
        # "Hội đồng nhân dân (HĐND) xã": an abbreviation in brackets inside the name is no clause's end
        before = re.sub(r"\s*\([A-ZĐ][A-ZĐ&.]{1,9}\)(?=\s)", "", before)
        clause = re.split(r"[,;:.(]\s*|\s+[–-]\s+", before)[-1].strip()
        # "tại hội trường UBND xã BCH Đảng bộ xã đã tổ chức": the hall's owner is the venue, not the organiser
        heads = [h for h in _ORG_HEAD.finditer(clause) if not _VENUE_BEFORE.search(clause[: h.start()])]
        head = heads[0] if heads else None
        if not head or _PERSONAL_TITLE.search(clause[: head.start()]) or _VENUE_BEFORE.search(clause[: head.start()]):
            continue
        if directs(clause[: head.start()]):
            continue  # "chỉ đạo Hội Nông dân huyện … tổ chức": the one directed, not the organiser
        # "Chi bộ các cơ quan Đảng đã đã long trọng tổ chức": a repeated auxiliary is no part of the name
        org = _AUXILIARY_TAIL.sub("", clause[head.start() :].strip())
        if _NOT_ORG.search(org):
            continue
        if 1 < len(org.split()) <= 14 or org in ("UBND", "MTTQ", "HĐND"):
            return org[0].upper() + org[1:]
    return None


# --- meeting type and tags -----------------------------------------------------------------


def meeting(text: str, config: Config, skip: frozenset[str] = frozenset()) -> str | None:
    """The configured meeting type named first in the text, when it names this meeting: not a
    meeting being prepared ("triển khai kế hoạch hội nghị tổng kết", "chuẩn bị tổng kết"), nor
    what a congress or a session did ("Tại Đại hội đã đánh giá, tổng kết kết quả …"). Types in
    skip are not looked for."""
    folded = fold(text)
    best: tuple[int, str] | None = None
    for name in config.meetings.types:
        if name in skip:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(fold(name)) + r"(?!\w)", folded):
            if _another_meetings(folded[: m.start()]) or _list_item(folded, m):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), name)
            break
    return best[1] if best else None


# Before a type's name: it is prepared ("kế hoạch (tổ chức) hội nghị", "triển khai", "chuẩn bị
# (cho)", a document "về lãnh đạo tổ chức hội nghị"), or it is a congress's or a session's work
# ("Đại hội đã đánh giá,").
_PREPARED = re.compile(
    r"(?:\bve (?:viec )?(?:lanh dao,? (?:chi dao )?)?to chuc|\btien toi|\bke hoach(?: to chuc)?|"
    r"\btrien khai(?: ke hoach)?(?: to chuc)?|\bchuan bi(?: cho)?(?: to chuc)?|\bdu kien)"
    r"(?: (?:cac |)hoi nghi)?\s*$"
)
# "Tại kỳ họp, đại biểu đã được báo cáo tổng kết …": a comma may follow the body's name.
# "Kỳ họp thứ 20 (tổng kết nhiệm kỳ 2016 - 2021)": the bracket says what the session is for, as a
# congress "tổng kết" its term: council sessions and congresses are no type of [meetings].
_BODY_DID = re.compile(
    r"\b(?:dai hoi|ky hop),?(?: (?:da|cung da|cung))? [a-z ,]{0,40}$|\b(?:dai hoi|ky hop)\b[^.;()]{0,60}\($"
)


def _list_item(folded: str, m: re.Match) -> bool:
    """ "… các dự án, chương trình phát triển kinh tế, tập huấn sử dụng vốn, chuyển giao …": a type
    named as one item of a list of activities, between commas, is no meeting of the article. "Hội
    nghị tiếp xúc, đối thoại trực tiếp …" names one meeting by its two words: no list."""
    before = folded[: m.start()].rstrip()
    if re.search(r"\b(?:tiep xuc|gap go),$", before):
        return False  # "Hội nghị tiếp xúc, đối thoại", "buổi gặp gỡ, đối thoại": one meeting, two words
    return before.endswith(",") and bool(re.match(r"[^,.;:\n]{0,40},", folded[m.end() :]))


# A title whose meeting is a council's session or a congress ("HĐND phường … khai mạc Kỳ họp thứ
# hai", "Đại hội Hội Nông dân xã … lần thứ X"), kinds with no type of [meetings]; not one that
# names a hội nghị, nor a congress's resolution ("… thực hiện Nghị quyết Đại hội").
# "Ngày hội Đại đoàn kết": a festival day, whose programme ("tổng kết tình hình …") is no meeting's kind.
# "Lục Nam- Đại hội …", "Thái Bình: Đại hội …": a place's kicker may open the title.
_HELD_SESSION = re.compile(
    r"^(?:(?:\w+ ){0,3}\w+\s*[:–-]\s*)?(?:ky hop|dai hoi|ngay hoi)\b|"
    r"\b(?:khai mac|be mac|to chuc|dien ra|thanh cong) (?:ky hop|dai hoi|ngay hoi)\b"
)


def holds_session_or_congress(title: str) -> bool:
    """Whether a title reports a session, a congress or a festival day being held (and names no
    hội nghị)."""
    folded = fold(title).strip()
    return bool(_HELD_SESSION.search(folded)) and "hoi nghi" not in folded


# "… tổ chức Kỳ họp thứ 3 nhằm tổng kết công tác năm 2025 …": what a committee's session is held for.
_SESSION_PURPOSE = re.compile(r"\bky hop(?: thu \w+| lan thu \w+)?\s*,?\s+(?:nham|de)\s+([^.;]{1,80})")


def session_purpose(text: str) -> str | None:
    """What the text says a session is held for ("Kỳ họp thứ 3 nhằm tổng kết …"): a committee's
    session held to review its year is that review (a council's sessions say what they decide)."""
    m = _SESSION_PURPOSE.search(fold(text))
    return m.group(1) if m else None


# "… tổ chức Hội nghị lần thứ 7 nhằm đánh giá toàn diện kết quả công tác năm 2025; … phương hướng, nhiệm
# vụ trọng tâm năm 2026": a meeting held to review one year's work and set the next year's is that
# year's review (a council's session reviews "tình hình kinh tế - xã hội", not its "công tác").
_REVIEWS_THE_YEAR = re.compile(
    r"\b(?:nham|de)\s+danh gia(?: toan dien)?,?(?: tong ket)? ket qua(?: dat duoc)?(?: trong)? cong tac"
    r"((?: [^\s.;,]+){0,4}),? nam ((?:19|20)\d\d)\b([^.]*)"
)


def reviews_the_year(text: str) -> bool:
    """Whether the text says the meeting is held to review a whole year's work and plans the next."""
    for m in _REVIEWS_THE_YEAR.finditer(fold(text)):
        period = re.search(r"\b(?:thang|quy)\b", m.group(1))  # "công tác tháng 11 năm 2025": a month's
        if not period and re.search(rf"\bnam {int(m.group(2)) + 1}\b", m.group(3)):
            return True
    return False


def prepared_meetings(title: str, config: Config) -> frozenset[str]:
    """The types a title names only as a meeting to come ("… họp triển khai kế hoạch hội nghị
    tổng kết …"): the text's mentions of them are of that meeting too, not of this one."""
    folded = fold(title)
    found = set()
    for name in config.meetings.types:
        hits = list(re.finditer(r"(?<!\w)" + re.escape(fold(name)) + r"(?!\w)", folded))
        if hits and all(_another_meetings(folded[: m.start()]) for m in hits):
            found.add(name)
    return frozenset(found)


# "cử 60 lượt cán bộ tham gia các lớp tập huấn", "tổ chức 3 lớp tập huấn": classes counted in a
# report of the term, not the meeting the article is about ("tổ chức lớp tập huấn …" is one).
_COUNTED_CLASSES = re.compile(r"\b(?:cac|nhung|\d+) lop\s*$")


# "Kết quả thực hiện Đề án số 07-ĐA/TU về Đổi mới, nâng cao hiệu quả tiếp xúc, đối thoại …": a type named
# in the subject of a numbered document is what the document is about, not a meeting of the article.
_DOCUMENT_SUBJECT = re.compile(
    r"\b(?:de an|nghi quyet|chi thi|ket luan|quy dinh|quy che|chuong trinh|ke hoach|huong dan)\s+(?:so\s+)?"
    r"\d+[\w/.-]*[^.;:]{0,60}?\bve\b"
)


def _another_meetings(before: str) -> bool:
    clause = re.split(r"[.;:\n]", before)[-1]
    prepared = _PREPARED.search(clause) or _BODY_DID.search(clause) or _COUNTED_CLASSES.search(clause)
    return bool(prepared or _DOCUMENT_SUBJECT.search(clause))


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


# --- people introduced by a title, "ông/bà", or named before their title ---------------------

# Family names (họ) of Vietnam: a personal name starts with one. Given-name words that are also
# rare family names (Văn, Thị, Mai, Hồng, Kim, Sơn…) are left out so "Nguyễn Thị Mai Hà" stays whole.
# The Tày and Thái names of the north (Chẩu, Điêu, Cầm, Quàng, Tòng, Sầm) are never given names.
SURNAMES = frozenset(
    """Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Trương Lâm
    Trịnh Đào Cao Hà Lương Tạ Quách Thạch Lò Vi Hứa Tô Kiều Chu La Triệu Giang Khổng Phùng Tăng Lưu
    Nông Mạc Tống Từ Âu Doãn Lại Lục Quản Quảng Ninh Thân Diệp Bế Hầu Cù Trình Vương Tôn Nghiêm Tiêu
    Bạch Chế Đàm Lã Lữ Khúc Mai Y Kpă Ksor Rơ Đinh Hoàng Bàn Sùng Giàng Thào Vàng Hờ Mùa Lường Lục
    Ninh Âu Ông Văn Chẩu Điêu Cầm Quàng Tòng Sầm""".split()
    # "H’ Xuân", "H' Bia": the Ê Đê and M'nông women's name opener, as "Y" is the men's
    + ["H’", "H'"]
) - {"Mai", "Văn"}
# Titles that may stand right before a person's name ("Chủ tịch UBND tỉnh Phạm Anh Tuấn trình bày").
_TITLE_HEAD = re.compile(
    r"(?<!\w)(?:Phó\s+)?(?:Chủ tịch(?: nước)?|Bí thư|Trưởng [Bb]an|Trưởng phòng|Trưởng khối|Trưởng đoàn|"
    r"Giám đốc|Thứ trưởng|Bộ trưởng|Chủ nhiệm|Tổng Bí thư|Thủ tướng|Chánh [Vv]ăn phòng|Hiệu trưởng|"
    r"Tổng [Tt]hư ký|Tổng [Cc]ục trưởng|Cục trưởng|Vụ trưởng|"
    r"Chánh án|Viện trưởng|Tư lệnh|Chỉ huy trưởng|Trưởng Công an|[Đđ]ại biểu"
    # "Phó bí thư Tỉnh ủy", "Phó chủ tịch UBND": a paper's style, the title's capital on "Phó" alone
    r"|Phó\s+(?:chủ tịch|bí thư|trưởng [Bb]an|giám đốc|chủ nhiệm|tổng thư ký))(?!\w)"
)
# "anh"/"chị" (the Youth Union's address) only right before a family name: "anh em", "chị Hội" are none.
_YOUTH_ADDRESS = rf"(?:[Aa]nh|[Cc]hị)(?=\s+(?:{'|'.join(sorted(SURNAMES))})\s)"
_PERSON_WORDS = re.compile(
    rf"(?<!\w)(?:[Ôô]ng|[Bb]à|(?:{_YOUTH_ADDRESS})|(?:GS|PGS|TS|ThS|Ths|BS|KS)\.?(?:\s?,\s?TS\.?)?)\s+"
)
# A name followed by its title ("Nguyễn Văn A – Phó Bí thư …", "Hồ Quốc Dũng - Ủy viên Trung ương Đảng").
TITLE_AFTER = re.compile(
    r"^\s*(?:[-–—,]\s*)(?:Ủy viên|Uỷ viên|UV|Bí thư|Phó|Chủ tịch|Trưởng|Giám đốc|Thứ trưởng|Bộ trưởng|"
    r"Tỉnh ủy viên|Huyện ủy viên|Thành ủy viên|PBT|BT|CT|PCT|TUV|HUV|TVTU|Chủ nhiệm|"
    r"Chỉ huy trưởng|Chính trị viên|Chánh|Hiệu trưởng|Tổng [Bb]iên tập|Quyền|Thường trực)(?!\w)"
)
_HONORIFICS = {"Ông", "Bà", "Các", "Đồng", "Đ/c"}
_PLURAL = re.compile(r"(?<!\w)(?:các|những|hai|ba)\s+$", re.IGNORECASE)
# "Chủ tịch UBMTTQ Việt Nam TP.Huế Nguyễn Thị Ái Vân": a level word's stop ends no title's reach.
_LEVEL_DOT = re.compile(r"(?<!\w)(?:TP|Tp|TX|TT)\.")
# "Đoàn Thanh niên": a family name and a given name that are the Youth Union's name, whatever the case.
_YOUTH_UNION = re.compile(r"Đoàn\s+Thanh\s+[Nn]iên(?!\w)")
_SPEECH_AFTER = re.compile(
    r"^\s+(?:đã\s+)?(?:cho biết|phát biểu|nhấn mạnh|khẳng định|chia sẻ|trình bày|kết luận|phát động)(?!\w)"
)
_QUOTED = re.compile(r"^\W*theo (?:ong|ba)\b[^:]{0,150}:\s*[“\"]")
# "… Đại biểu HĐND tỉnh ông A về tiếp xúc cử tri tại xã …": a deputy who meets the voters tells
# them of the session and answers them (a guest's "tham dự" in the clause says nothing of it); so do
# those listed with them before the verb ("Tổ đại biểu HĐND tỉnh gồm ông A, Tổ đại biểu HĐND huyện gồm
# ông B, ông C đã có buổi tiếp xúc với cử tri …")
_MEETS_VOTERS = re.compile(
    rf"^(?:\s*(?:,|và)\s+(?:[^,.;]{{0,60}}?\sgồm\s+)?(?:[Ôô]ng|[Bb]à)\s+(?:[{_UPPER}][\w’']*\s+){{1,3}}?[{_UPPER}][\w’']*){{0,4}}"
    r"\s+(?:(?:đã|vừa|sẽ)\s+)?(?:về\s+|đến\s+)?(?:có (?:buổi|cuộc)\s+)?(?:[Tt]iếp xúc)(?:\s+với)?\s+cử tri(?!\w)"
)
# "Sáng 5/10, đồng chí X, Ủy viên Bộ Chính trị, …, và các đại biểu Quốc hội tỉnh có buổi tiếp xúc cử
# tri …": the clause's subject, its titles after it, holds the meeting with the voters.
_HOSTS_VOTERS = re.compile(
    r"^,\s+[^.;]{3,200}?,?\s+(?:và\s+[^.;,]{0,80}?\s+)?(?:(?:đã|vừa|sẽ)\s+)?(?:có (?:buổi|cuộc)\s+)?"
    r"[Tt]iếp xúc(?:\s+với)?\s+cử tri(?!\w)"
)
_SUBJECT_OPENING = re.compile(r"^\W*(?:(?:sang|chieu|toi|trua|ngay)\b[^,]{0,30},\s*)?(?:dong chi|ong|ba)\s*$")
_UNIT_WORDS = {"tỉnh", "huyện", "xã", "phường", "quận", "thị", "trấn", "phố", "tp.", "tp"}
_RUN = re.compile(r"[^\W\d_][\w’']*")


def _hosts_voters(clause: str, start: int, end: int) -> bool:
    """The clause's subject (after its time and "đồng chí") holds the meeting with the voters, the
    titles after the name between them."""
    return bool(_SUBJECT_OPENING.match(fold(clause[:start]))) and bool(_HOSTS_VOTERS.match(clause[end:]))


def _runs(text: str) -> list[tuple[int, int, list[str], str]]:
    """Runs of capitalised words: (start, end, words, the word before the run)."""
    runs: list[tuple[int, int, list[str], str]] = []
    words = list(_RUN.finditer(text))
    i = 0
    while i < len(words):
        w = words[i]
        address = w.group() in ("Anh", "Chị") and i + 1 < len(words) and words[i + 1].group() in SURNAMES
        # "Đồng chí" opens a name, "Đồng Văn Thanh" is one: the family name Đồng
        comrade = w.group() != "Đồng" or (i + 1 < len(words) and words[i + 1].group().casefold() == "chí")
        if not _capitalised(w.group()) or _acronym(w.group()) or (w.group() in _HONORIFICS and comrade):
            i += 1
            continue
        if address:  # "Chị Đỗ Thị Linh Phương – Bí thư Huyện đoàn": the address, then the name
            i += 1
            continue
        j = i
        while (
            j + 1 < len(words)
            and _capitalised(words[j + 1].group())
            and not _acronym(words[j + 1].group())
            and text[words[j].end() : words[j + 1].start()].strip() == ""
        ):
            j += 1
        prev = words[i - 1].group().casefold() if i > 0 else ""
        runs.append((w.start(), words[j].end(), [x.group() for x in words[i : j + 1]], prev))
        i = j + 1
    return runs


# Levels whose Youth Union committee is written "Tỉnh Đoàn", "Huyện Đoàn", "Xã Đoàn" …
_UNION_LEVELS = {"Tỉnh", "Thành", "Huyện", "Quận", "Thị", "Xã", "Phường"}


def name_in_run(run: list[str], after_unit: bool, is_place, titled_after: bool = False) -> str | None:
    """The person's name at the end of a run of capitalised words ("Hưng Hà Vũ Kim Thành" after
    "xã" → "Vũ Kim Thành"), or None when the run is a place or holds no family name. With
    `titled_after` (a dash and a title follow the run), its last word is the name's, even one
    that may open a title ("Phạm Trung Chánh – Phó Bí thư …" is no "Chánh văn phòng")."""
    if is_place(" ".join(run)):
        return None
    given = len(run) - 1 if titled_after else len(run)  # the last word, a given name for sure
    for cut, word in enumerate(run[1:], 1):
        if word.casefold() in _NAME_STOP and cut != given:
            run = run[:cut]  # "Nguyễn Phú Bình Nguyên thứ trưởng": "Nguyên" (former) starts the title
            break
    options: list[tuple[int, int]] = []
    for start, word in enumerate(run):
        rest = len(run) - start
        # "Phương Thị Thanh": "Thị", the women's middle name, marks a family name no list holds
        female = rest in (3, 4) and run[start + 1] == "Thị" and word not in _UNION_LEVELS
        if (word not in SURNAMES and not female) or not 2 <= rest <= 4:
            continue
        if after_unit and start == 0 and rest == 2:
            continue  # "tỉnh Hà Nam": a place
        if word == "Đoàn" and start > 0 and run[start - 1] in _UNION_LEVELS:
            continue  # "Bí thư Tỉnh Đoàn An Giang": the Youth Union's committee, not Mr Đoàn
        if any(w.casefold() in _NAME_STOP for w in run[start:given]):
            continue
        options.append(({3: 0, 4: 1, 2: 2}[rest], start))
    if not options:
        return None
    _, start = min(options)
    if start > 0 and not after_unit and not is_place(" ".join(run[:start])) and len(run) - start == 4:
        return None
    return " ".join(run[start:])


# A title that may follow a name with no comma or dash ("Ông Vi Văn Hữu Bí thư Đảng ủy xã"): two
# words, the second in lower case, so a given name ("Nguyễn Văn Trưởng") is not taken for one.
_TITLE_INSIDE = re.compile(
    r"Phó\s+(?:[Bb]í thư|[Cc]hủ tịch|[Gg]iám đốc|[Tt]rưởng|[Cc]hủ nhiệm|[Bb]an\b)|"
    r"(?:Bí thư|Chủ tịch|Giám đốc|Ủy viên|Uỷ viên|Chủ nhiệm|Trưởng ban|Trưởng phòng|Trưởng khối|"
    r"Hiệu trưởng|Tổ trưởng|Thứ trưởng|Bộ trưởng|Chánh văn phòng|Tỉnh ủy viên|Huyện ủy viên|Thành ủy viên|"
    r"Trưởng [Bb]an|Trưởng [Cc]ông an|Chỉ huy trưởng)(?!\w)"
)


def _title_inside(clause: str, start: int, run: list[str]) -> tuple[int, int] | None:
    """Where a title starts inside a run of capitalised words, after a name of two words or
    more: (the number of words before it, its offset in the clause)."""
    at = start
    for k, word in enumerate(run):
        at = clause.index(word, at)
        if k >= 2 and _TITLE_INSIDE.match(clause, at):
            return k, len(clause[:at].rstrip())
        at += len(word)
    return None


def people_by_title(text: str, is_place) -> list[tuple[str, bool]]:
    """People introduced without "đồng chí": after a title ("Bí thư Tỉnh ủy Hồ Quốc Dũng phát
    biểu"), after "ông"/"bà", or before their title ("Nguyễn Văn A – Phó Bí thư …"); each with
    whether its clause says the person chaired or spoke."""
    found: list[tuple[str, bool]] = []
    text = text.replace("_", " ")  # "Nguyễn Phú Bình_Nguyên thứ trưởng": underscores pasted for spaces
    for sentence in _SENTENCE_END.split(text):
        role: bool | None = None
        award = False  # once a clause lists awards, the clauses after it in the sentence do too
        pending: list[int] = []
        for clause in re.split(r";", sentence):
            folded = _role_text(clause)
            award = award or bool(_AWARD.search(folded) and not _SPEECH.search(folded))
            if re.search(r"\bgui thu\b", folded):
                role = False  # a letter sent, not a word spoken
            elif award and not _SPEECH.search(folded):
                role = False  # an award list, over all its clauses: those named were honoured, not heard
            elif _ROLE.search(folded):
                role = True
            elif _GUEST.search(_OTHERS_ATTEND.sub("", folded) if role else folded):
                role = False
            _settle(found, pending, role)
            starts = [m.end() for m in _TITLE_HEAD.finditer(clause)] + [m.end() for m in _PERSON_WORDS.finditer(clause)]
            # "các Phó Chủ tịch HĐND tỉnh A, B": a title in the plural is held by every name listed after it
            plural = [m.end() for m in _TITLE_HEAD.finditer(clause) if _PLURAL.search(clause[: m.start()])]
            honorific = {m.end() for m in _PERSON_WORDS.finditer(clause)}
            quoted = bool(_QUOTED.match(folded))  # "Theo ông X, Chủ tịch UBND xã: “…”": X is heard
            runs = _runs(clause)
            shared = _sharing_a_title(clause, runs)
            listed = _attendance_list(clause)
            for k, (start, end, run, prev) in enumerate(runs):
                inner = _title_inside(clause, start, run)
                if inner is not None:  # "Ông Vi Văn Hữu Bí thư Đảng ủy …": the name ends where the title starts
                    run, end = run[: inner[0]], inner[1]
                after_title = any(
                    0 <= start - s <= 40 and not re.search(r"[,;:.()]", _LEVEL_DOT.sub(" ", clause[s:start]))
                    for s in starts
                )
                before_title = bool(TITLE_AFTER.match(clause[end:])) or inner is not None or k in shared
                # "…, nguyên Thứ trưởng Bộ Kế hoạch và Đầu tư, Đặng Huy Đông cho biết": a full name
                # (family name first) right before a speech verb speaks, whatever stands before it
                speaks = bool(_SPEECH_AFTER.match(clause[end:])) and run[0] in SURNAMES and 2 <= len(run) <= 4
                if not (after_title or before_title or speaks):
                    continue
                if start in honorific and 2 <= len(run) <= 4 and not _title_word(run[0]):
                    name = " ".join(run)  # "ông Trinh Văn Huân": a name whatever its family name
                else:
                    titled = bool(TITLE_AFTER.match(clause[end:]))
                    name = name_in_run(run, prev in _UNIT_WORDS, is_place, titled)
                if name and _YOUTH_UNION.match(clause, clause.index(name, start)):
                    continue  # "Bí thư Đoàn Thanh niên phường": the Youth Union, not Mr Đoàn Thanh
                if name and not _title_word(name.split()[0]):
                    own = role
                    if listed:  # an attendee's own stretch, up to the next name, says whether it chaired
                        stretch = clause[start : runs[k + 1][0] if k + 1 < len(runs) else len(clause)]
                        own = _own_role(clause[:start], stretch, clause[start:])
                    heard = own is True or (speaks and name == " ".join(run)) or (quoted and start in honorific)
                    heard = heard or (name == " ".join(run) and bool(_MEETS_VOTERS.match(clause[end:])))
                    heard = heard or (name == " ".join(run) and _hosts_voters(clause, start, end))
                    if own is None and not heard:
                        pending.append(len(found))
                    found.append((name, heard))  # without "đồng chí", only a stated role counts
                    if any(0 <= start - s <= 40 and not re.search(r"[,;:.()]", clause[s:start]) for s in plural):
                        for other in _listed_after(clause[start:], name):
                            if own is None and not heard:
                                pending.append(len(found))
                            found.append((other, heard))
    return found


_LISTED = re.compile(rf"\s*(?:,|và)\s+((?:[{_UPPER}][\w’']*\s+){{2,3}}[{_UPPER}][\w’']*)(?=\s+[{_LOWER}]|\s*[,.;]|$)")


def _listed_after(text: str, first: str) -> list[str]:
    """ "đồng chí Lê Văn Bình, Trần Văn Nam đồng chủ trì": the full names (three or four words, so
    "Hà Nội" is none) listed right after the first one, with no title between, share its "đồng chí"."""
    names: list[str] = []
    at = text.find(first) + len(first)
    while m := _LISTED.match(text, at):
        words = m.group(1).split()
        if words[0] not in SURNAMES or not all(_capitalised(w) and not w.isupper() for w in words):
            break
        if any(_title_word(w) or w.casefold() in _NAME_STOP for w in words):
            break
        names.append(m.group(1))
        at = m.end()
    return names


def _settle(found: list[tuple[str, bool]], pending: list[int], role: bool | None) -> None:
    """ "Các đồng chí A - Chủ tịch UBND xã; B, C, Phó Chủ tịch UBND xã chủ trì hội nghị": the names
    of a sentence's first clauses, which have no verb, take the verb of the first clause that has
    one (a guest's "Dự …" or a speech's)."""
    if role is None or not pending:
        return
    for i in pending:
        found[i] = (found[i][0], role)
    pending.clear()


def _full_name(run: list[str]) -> bool:
    return run[0] in SURNAMES and 2 <= len(run) <= 4


def _sharing_a_title(clause: str, runs: list[tuple[int, int, list[str], str]]) -> set[int]:
    """The runs of a list of names that share the title after the last one ("Phạm Quốc Thanh,
    Nguyễn Thái Hòa, Phó chủ tịch UBND huyện"): each full name followed by a comma and a name
    that has a title after it, or shares one."""
    shared: set[int] = set()
    for k in range(len(runs) - 2, -1, -1):
        _, end, run, _ = runs[k]
        after, after_end, after_run, _ = runs[k + 1]
        titled = k + 1 in shared or bool(TITLE_AFTER.match(clause[after_end:]))
        if clause[end:after].strip() == "," and _full_name(run) and _full_name(after_run) and titled:
            shared.add(k)
    return shared


# --- a speaker named only by a title, whose name the text gave earlier --------------------

# "đồng chí Chủ tịch HĐND huyện kết luận": the title, up to the verb of speaking or chairing.
_TITLE_ONLY = re.compile(
    r"(?:đồng chí|đ/c)\s+((?:Phó\s+)?(?:Chủ tịch|Bí thư|Trưởng [Bb]an|Giám đốc|Chủ nhiệm|Trưởng [Cc]ông an)"
    r"(?:\s+[^\s,.;:()–-]+){1,6}?)\s+(?:đã\s+)?(?:kết luận|phát biểu|chủ trì|chỉ đạo|trình bày|khai mạc|bế mạc|"
    r"giải đáp|trả lời|tổng kết|quán triệt)(?!\w)",
    re.IGNORECASE,
)
_NAME_RUN = rf"((?:[{_UPPER}][\w’']*\s+){{1,4}}[{_UPPER}][\w’']*)"


def _holders(title: str, text: str) -> set[str]:
    """The names the text gives that title: "Bùi Tấn Vinh - Chủ tịch HĐND huyện", "Chủ tịch HĐND
    huyện Bùi Tấn Vinh" (never a deputy's: "… - Phó Chủ tịch HĐND huyện")."""
    spelled = r"\s+".join(re.escape(w) for w in title.split())
    found: set[str] = set()
    # "Võ Kim Chung, Phó Bí thư đảng ủy, Chủ tịch Ủy ban nhân dân xã": other titles may come first
    others = r"(?:(?:Phó|Bí thư|Ủy viên|Uỷ viên|UV|Trưởng|Chủ tịch)\b[^,.;:()]{1,50},\s*){0,2}"
    for m in re.finditer(rf"{_NAME_RUN}\s*[-–—,]\s*{others}{spelled}(?![\w])", text, re.IGNORECASE):
        words = m.group(1).split()
        for k in range(len(words) - 1):  # the last two to four words that make a person's name
            if words[k] in SURNAMES and is_person_name(" ".join(words[k:])):
                found.add(" ".join(words[k:]))
                break
    for m in re.finditer(rf"(?<!Phó )(?<![\w]){spelled}\s+{_NAME_RUN}", text, re.IGNORECASE):
        words = m.group(1).split()[:4]
        while words and not is_person_name(" ".join(words)):
            words.pop()
        if words and words[0] in SURNAMES:
            found.add(" ".join(words))
    return found


def speakers_by_title_only(text: str) -> list[str]:
    """Those who chaired or spoke named by their title alone ("đồng chí Chủ tịch HĐND huyện kết
    luận"), when the text names exactly one person with that title."""
    found: list[str] = []
    for m in _TITLE_ONLY.finditer(text):
        title = m.group(1)
        if title.split()[0].casefold() == "phó" and len(title.split()) < 3:
            continue
        holders = _holders(title, text)
        if len(holders) == 1 and (name := holders.pop()) not in found:
            found.append(name)
    return found


# --- those who hold a dialogue ------------------------------------------------------------

# "Hội nghị đối thoại Bí thư, Chủ tịch UBND xã với nhân dân", "Bí thư, Chủ tịch UBND xã đối thoại
# với nhân dân": the titles of those who answer the people.
_HOLDER_TITLE = r"(?:Phó\s+)?(?:Bí thư|Chủ tịch)[^,.;:()]{0,60}?"
_HOLDERS = rf"({_HOLDER_TITLE}(?:\s*(?:,|và)\s*{_HOLDER_TITLE})*)"
_DIALOGUE_OF = re.compile(rf"(?i:đối thoại)\s+(?:(?i:giữa|của)\s+)?{_HOLDERS}\s+(?i:với)(?!\w)")
_HOLD_DIALOGUE = re.compile(rf"^{_HOLDERS}\s+(?i:đối thoại)\s+(?i:với)(?!\w)")


def dialogue_holders(title: str, text: str) -> list[str]:
    """Those who hold a dialogue with the people and answer them: the names the text gives the
    titles a dialogue is held by ("đối thoại Bí thư, Chủ tịch UBND xã với …"). They speak, even
    where the sentence that names them says only that they came."""
    titles: list[str] = []
    for m in [*_DIALOGUE_OF.finditer(title + "\n" + text), *_HOLD_DIALOGUE.finditer(title)]:
        titles += [t.strip() for t in re.split(r"\s*(?:,|\bvà\b)\s*", m.group(1)) if t.strip()]
    found: list[str] = []
    for held in titles:
        for name in sorted(_holders(held, text)):
            words = name.split()
            if words[0] in ("Ông", "Bà") and len(words) >= 3 and words[1] in SURNAMES:
                name = " ".join(words[1:])  # "Ông Nguyễn Văn A – Bí thư …": the address, then the name
            if name not in found:
                found.append(name)
    return found


# --- the deputies who meet the voters ---------------------------------------------------------

# "Tổ đại biểu HĐND tỉnh gồm …", "về phía đại biểu HĐND tỉnh có bà A, …; ông B, …": the deputies
# a meeting with the voters is held by, listed as a group at the head of their list.
_DEPUTIES = re.compile(
    r"(?:^|[,;:]\s*)(?:về phía\s+)?(?:(?:các|tổ)\s+)?đại biểu\s+(?:HĐND|Hội đồng nhân(?:\s+dân)?|Quốc hội)"
    r"(?:\s+[^\s,.;:]+){0,6}?\s+(?:có|gồm)\s*:?\s+"
    # the list opens with a person ("có bà A", "gồm các đại biểu A", "có Đại biểu A"), not "có ý kiến"
    rf"(?=(?:các\s+)?(?:ông|bà|đồng chí|đ/c|đại biểu)\s|(?-i:[{_UPPER}][\w’']*\s+[{_UPPER}]))",
    re.IGNORECASE,
)
_MEETS_THE_VOTERS = re.compile(r"\btiep xuc (?:voi )?cu tri\b")
# Where the deputies' list ends: another side ("Về phía địa phương có …") or the guests ("cùng tham dự").
_LIST_END = re.compile(
    r"[,;.]\s*(?=(?:cùng\s+)?(?:tham\s+)?dự\b|[Vv]ề phía\b|cùng\s+(?:với\s+)?(?:đại diện|lãnh đạo)\b)"
)
_CANDIDATES = re.compile(r"\b(?:ung cu vien|nguoi ung cu)\b")
# "cùng đại biểu Nguyễn Đông Quỳnh": the deputy's word, in lower case, before a name.
_DEPUTY_WORD = re.compile(rf"\bđại biểu(?=\s+(?:{'|'.join(sorted(SURNAMES))})\s)")


def stands_for_election(name: str, text: str) -> bool:
    """Whether the text gives the person the title of a candidate ("Trần Văn A - ứng cử viên đại
    biểu Quốc hội …", "ứng cử viên Trần Văn A"): one who presents a programme to the voters to be
    elected holds no meeting and chairs none."""
    spelled = re.escape(name)
    titled = rf"{spelled}\s*[-–—,]\s*(?:là\s+)?(?i:ứng cử viên|người ứng cử)|(?i:ứng cử viên|người ứng cử)\s+{spelled}"
    return re.search(titled, text) is not None


def deputies_meeting_voters(title: str, text: str, is_place) -> list[str]:
    """Those who hold a meeting with the voters: the deputies its text lists as their group
    ("Tổ đại biểu HĐND tỉnh gồm ông A …, đại biểu B …"). They report and answer, even where the
    sentence that names them says only that they came. Candidates are none of them."""
    if not _MEETS_THE_VOTERS.search(fold(f"{title}\n{text}")):
        return []
    found: list[str] = []
    for sentence in sentences(text):
        m = _DEPUTIES.search(sentence)
        if m is None or _CANDIDATES.search(fold(sentence[: m.end()])):
            continue
        listed = _LIST_END.split(sentence[m.end() :], maxsplit=1)[0]
        listed = _DEPUTY_WORD.sub("Đại biểu", listed)
        for name, _ in people(listed) + people_by_title(listed, is_place):
            if name not in found:
                found.append(name)
    return found
