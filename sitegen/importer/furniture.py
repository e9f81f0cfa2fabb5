"""Page furniture: the bars, counters, breadcrumbs and lists a portal puts around an article."""

from __future__ import annotations

import re

from ..text import fold

# Phrases of toolbars and share bars (folded). A line made only of these is furniture.
_BAR_PHRASES = (
    "in bai viet",
    "in bai viet nay",
    "tang co chu",
    "giam co chu",
    "co chu",
    "gui thu",
    "in bai",
    "in trang",
    "ban in",
    "in",
    "tang sang",
    "giam sang",
    "chia se",
    "share",
    "facebook",
    "twitter",
    "zalo",
    "email",
    "e-mail",
    "tweet",
    "like",
    "luu bai",
    "luu",
    "binh luan",
    "gui binh luan",
    "theo doi",
    "google",
    "nghe bai viet",
    "nghe doc bai",
    "doc bai",
    "phong to",
    "thu nho",
    "mac dinh",
    "a+",
    "a-",
    "a",
    "copy link",
    "sao chep lien ket",
    "in an",
    "gui email",
    "gui",
    "quay lai",
    "trở về",
    "tro ve",
    "dau trang",
    "ve dau trang",
    "luot xem",
    "so luot xem",
    # a reading counter in other words ("Số lần đọc: 1130", "Lượt đọc: 57")
    "so lan doc",
    "lan doc",
    "so luot doc",
    "lan xem",
    # a tool's label whose buttons were not pasted ("Xem cỡ chữ:"; "Đọc bài viết:" is below)
    "xem co chu",
    "luot nguoi xem",
    "so luot nguoi xem",
    "so lan xem",
    "luot doc",
    "luot truy cap",
    "loading",
    "dang tai",
    "xem them",
    "top",
    "font",
    "size",
    "print",
    "pinterest",
    "linkedin",
    "telegram",
    "messenger",
    "tai ve",
    "xem chi tiet o day",
    "xem chi tiet",
    "tags",
    "tu khoa",
    # skip links, font-size labels and a CMS's empty field label ("content:")
    "skip to content",
    "skip to main content",
    "bo qua noi dung",
    "chuyen den noi dung",
    "xem voi co chu",
    "content",
    # a contrast switch beside the font-size bar ("A- A A+ | Tăng tương phản Giảm tương phản") and
    # a CMS's label of the article's zone ("Page Content")
    "tang tuong phan",
    "giam tuong phan",
    "tuong phan",
    "do tuong phan",
    "page content",
    # sending, saving or hearing the article ("In bài viết  Gửi bài viết", "Nghe đọc bài viết")
    "gui bai viet",
    "gui bai",
    "goi bai viet",  # "Gởi bài viết": the southern spelling of "gửi"
    "goi thu",
    "chia se bai viet",
    "luu bai viet",
    "nghe doc bai viet",
    "nghe bai",
    # reading the article aloud, its player's buttons and voices ("Đọc bài viết", "Giọng nữ")
    "doc bai viet",
    "nghe doc",
    "nghe audio",
    "audio",
    "giong nam",
    "giong nu",
    "giong doc",
    "play",
    "pause",
    "tam dung",
    "nu mien bac",
    "nam mien bac",
    "nu mien nam",
    "nam mien nam",
    "nu mien trung",
    "nam mien trung",
    # the voice's full label ("Giọng nữ miền Nam"): "giọng nữ" alone would leave "miền Nam" over
    "giong nu mien bac",
    "giong nam mien bac",
    "giong nu mien nam",
    "giong nam mien nam",
    "giong nu mien trung",
    "giong nam mien trung",
    # rating, liking and going back or up ("Đánh giá bài viết", "Thích 0", "Lên đầu trang")
    "danh gia bai viet",
    "danh gia",
    "xep hang",
    "thich",
    "len dau trang",
    "quay len tren",
    "len tren",
    "ve trang truoc",
    "trang truoc",
    "tro lai",
    "tep dinh kem",
    # the attachments box under a notice ("Tài liệu đính kèm:"), empty once the links are lost
    "tai lieu dinh kem",
    "file dinh kem",
    "dinh kem",
    # the font-size glyphs of a share bar pasted as letters ("Aa", "A A A")
    "aa",
    # what a paste keeps of a picture it lost: its alt text ("hinh", "Hình ảnh", "image")
    "hinh",
    "hinh anh",
    "image",
    "photo",
    "picture",
    # the picture's element name, the alt text a CMS leaves when none was written
    "img",
    # an icon font's ligature, printed as its name when a paste drops the font: the pencil beside an
    # edit link or a signature ("create"), the clock, calendar, eye and person beside a date, a view
    # count or a writer (Material Icons' names)
    "create",
    "edit",
    "mode_edit",
    "person",
    "account_circle",
    "schedule",
    "access_time",
    "query_builder",
    "event",
    "today",
    "date_range",
    "calendar_today",
    "visibility",
    "remove_red_eye",
    "chat_bubble_outline",
    "local_offer",
    "folder_open",
)
_BAR = re.compile(
    r"(?<![\w])(?:" + "|".join(sorted((re.escape(p) for p in _BAR_PHRASES), key=len, reverse=True)) + r")(?![\w])"
)
# A heading after which the portal lists other articles: it and everything after are dropped.
_RELATED = re.compile(
    r"^(?:cac |nhung )?(?:tin|tin tuc|bai|bai viet|tin bai)\s*(?:lien quan|khac|cung chuyen muc|da dua|moi hon|cu hon|"
    r"moi|doc nhieu|xem nhieu|noi bat|moi nhat|cung loai|moi dang)(?:\s*\(\d+\))?\s*:?$"
    # a station's list of its latest broadcasts ("TRUYỀN HÌNH MỚI NHẤT", "Video mới nhất")
    r"|^(?:truyen hinh|phat thanh|video|podcast|phong su)\s+(?:moi nhat|moi|noi bat|xem nhieu)\s*:?$"
    r"|^(?:xem them|doc them|y kien ban doc|binh luan \(\d+\)|gui y kien|gop y(?: kien)?|gui binh luan|cung chuyen muc|"
    r"chuyen muc khac|tin tuc khac|cac tin da dua(?: ngay)?|viet binh luan|de lai binh luan|xem them tin tuc|tra loi|"
    r"de lai mot binh luan|email cua ban se khong duoc hien thi cong khai\b.*|"
    # a comment form's heading and a "you may like" list under the article
    r"y kien binh luan|y kien cua ban|binh luan cua ban|(?:co the )?ban (?:co the )?quan tam|tin cung loai|"
    # an English theme's list under the article ("Related post", "Related articles")
    r"related (?:posts?|articles?|news|stories))\s*:?$"
    # a comment counter with its count in brackets, empty when no one has written ("Ý kiến ()")
    r"|^(?:y kien|binh luan)\s*\(\s*\d*\s*\)$"
    # a comment form's notice to the reader ("LƯU Ý: BDO sẽ biên tập ý kiến của bạn đọc …", "Vui lòng
    # gõ tiếng Việt có dấu") and its attachment field ("Gửi file đính kèm không quá 10MB")
    r"|^(?:luu y|chu y|ghi chu)\s*:.{0,80}\b(?:y kien (?:cua )?ban doc|binh luan)\b.*$"
    r"|^vui long (?:go|viet|nhap) (?:bang )?tieng viet co dau\b.*$"
    r"|^(?:gui|dinh kem|tai len) (?:file|tep|tap tin) dinh kem\b.{0,60}$"
)
_BREADCRUMB_SEP = re.compile(r"\s*(?:>|»|›|/|\\|→)\s*")


# A lower-case letter glued to a capital ("EmailPrintAa", "Chia sẻFacebookZalo"): the words of a
# bar whose buttons were pasted with no space between them.
def _unglue(text: str) -> str:
    return "".join(c + " " if c.islower() and n.isupper() else c for c, n in zip(text, text[1:] + " ", strict=True))


# An audio player's clock ("0:00 / 0:00", "00:00 / 03:25"), left by a "listen to the article" bar.
_PLAYER = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?")


def is_bar(text: str) -> bool:
    """A font-size, share or print bar, a view counter, "loading....": no words left once
    its phrases and counters are taken out. Buttons glued into one word are split first."""
    if _PLAYER.fullmatch(text.strip()):
        return True
    if len(text) <= 80:
        text = _unglue(text)
    folded = fold(text)
    if not folded:
        return False
    rest = _BAR.sub(" ", folded)
    if rest == folded and re.search(r"\d", folded):
        return False  # digits and no bar word: a date or time line ("29/06/2020"), never furniture
    if re.search(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)", folded):
        return False  # "12/06/2023 - 08:15 | Lượt đọc: 12", "2026-07-26 | Lượt xem: 95": a date line and its counter
    # ";" alone: a template's empty field; "………………..": a rule of dots under the title
    rest = re.sub(r"[\d\s|:;.,…•·()\[\]/+\-–—_*#>]+", " ", rest)
    return not rest.strip()


def is_lone_mark(text: str) -> bool:
    """A line of one lower-case letter ("v": a picture's alt text typed in haste) or a percentage
    alone ("100%": the text-size label between a font bar's buttons): no sentence is either."""
    text = text.strip()
    return (len(text) == 1 and text.isalpha() and text.islower()) or bool(re.fullmatch(r"\d{2,3}\s*%", text))


# The words a site template prints where its owner never filled a field in ("Your Website Title")
# and the alt text of a theme's sample picture ("Responsive image"): English placeholder words in
# a Vietnamese page, never the article's.
_PLACEHOLDER_WORDS = frozenset(
    "your my site website web page title heading subtitle tagline slogan responsive image img picture photo "
    "logo banner thumbnail placeholder sample demo default untitled lorem ipsum dolor text here caption alt".split()
)


# A picture's alt text a portal fills in for every picture, typed without marks and in lower case
# ("anh tin bai", "hinh anh bai viet"): no line of a Vietnamese article is written so.
_ALT_WORDS = frozenset("anh hinh tin bai viet minh hoa dai dien tieu de".split())


def is_placeholder(text: str) -> bool:
    """A line of two to five English template words ("Your Website Title", "Responsive image"),
    or a picture's unmarked alt text in lower case ("anh tin bai")."""
    words = text.strip().split()
    if not 2 <= len(words) <= 5:
        return False
    if all(w.isascii() and w.isalpha() and w.islower() and w in _ALT_WORDS for w in words):
        return "anh" in words or "hinh" in words
    return all(w.isascii() and w.isalpha() and w.casefold() in _PLACEHOLDER_WORDS for w in words)


def _said_twice(words: list[str]) -> bool:
    """The same words twice in a row: a widget's tab and its heading pasted as one line."""
    half = len(words) // 2
    return len(words) % 2 == 0 and words[:half] == words[half:]


def is_doubled_label(text: str) -> bool:
    """ "Danh mục Danh mục", "TIN TỨC MEDIA TIN TỨC MEDIA": a short phrase printed twice; no line
    of an article repeats itself word for word."""
    words = text.split()
    return 2 <= len(words) <= 12 and _said_twice(words) and not text.endswith(".")


def is_counter_label(text: str) -> bool:
    """ "Số lượt người xem:" with nothing after it: its number stands on the next line."""
    return bool(re.search(r"(?:luot (?:nguoi )?xem|luot doc|luot truy cap|lan xem)\s*:\s*$", fold(text)))


def is_related_heading(text: str) -> bool:
    """ "Tin liên quan", "Các tin khác", and such a heading printed twice on one line ("Tin mới
    nhất Tin mới nhất": a sidebar's tab and its heading pasted together)."""
    words = fold(text).split()
    if len(words) >= 4 and _said_twice(words):
        words = words[: len(words) // 2]
    return bool(_RELATED.match(" ".join(words))) or _glued_related(text)


# A link to the previous or next article ("Bài trước", "Tin tiếp theo"), the label glued to its
# headline ("Bài trướcMở đường …") or set off by a mark ("Tin sau: …", "« Bài trước"): a pager.
_PAGER = re.compile(r"^(?:[«‹<]\s*)?(?:bai|tin)\s+(?:truoc|sau|tiep theo|ke tiep|tiep)(?:\s*[»›>:|]\s*)?")


def is_pager_link(text: str) -> bool:
    """ "Bài trướcMở đường lâm nghiệp …", "Bài tiếp theo: Trao quà …", "« Bài trước": the portal's
    link to the previous or next article. A sentence that opens with the words ("Bài trước đã nêu …",
    "Tin sau đó …") goes on in lower case after a space, so it is never one."""
    text = text.strip()
    m = _PAGER.match(fold(text))
    if not m or len(text.split()) > 35:
        return False
    rest = text[m.end() :].lstrip()
    if not rest:
        return True  # the label alone, its headline on the next line or not copied
    glued = not text[m.end()].isspace()
    marked = bool(re.search(r"[«‹<»›>:|]", m.group(0)))
    return rest[0].isupper() and (glued or marked) and not rest.endswith(".")


def _glued_related(text: str) -> bool:
    """ "TIN MỚI NHẤTNAU N'KÔCH …": a heading in capitals glued to the first headline under it,
    no space between them (the paste lost the line break)."""
    for i in range(4, min(len(text), 40)):
        head = text[:i]
        if text[i - 1].isalpha() and text[i].isalpha() and head.isupper() and _RELATED.match(fold(head)):
            return True
    return False


# The heading of a sidebar widget that lists other content ("VĂN BẢN MỚI", "LỊCH CÔNG TÁC", "THƯ
# VIỆN ẢNH"): under the article, it and what follows are the sidebar; above the title such words
# are menu entries, so the caller asks for it only once the article's text has begun.
_SIDEBAR_HEADING = re.compile(
    r"^(?:van ban moi(?: ban hanh)?|van ban chi dao dieu hanh|lich cong tac(?: tuan)?|thu vien anh|thu vien video|"
    r"video clip|tin doc nhieu(?: nhat)?|tin xem nhieu(?: nhat)?|su kien noi bat|tin anh|anh hoat dong|"
    r"thong tin can biet|lien ket nhanh|dich vu cong(?: truc tuyen)?)\s*:?$"
)


def is_sidebar_heading(text: str) -> bool:
    return bool(_SIDEBAR_HEADING.match(fold(text).strip()))


def is_breadcrumb(text: str) -> bool:
    """ "Trang chủ > Tin tức > Công tác dân vận", "Trang chủ » Hoạt động": short crumbs, no sentence."""
    # "Bạn đang ở: Trang chủ / Tin tức", "Vị trí: …", "You are here: …": the trail's label first
    folded = re.sub(r"^(?:ban dang o|vi tri(?: hien tai)?|you are here|duong dan)\s*:\s*", "", fold(text).strip())
    if re.match(r"^(?:trang chu|home)\b", folded) and len(folded) < 160:
        return True
    parts = [p for p in _BREADCRUMB_SEP.split(text) if p.strip()]
    if len(parts) < 3 or not re.search(r"[>»›→]", text):
        return False
    return all(len(p.split()) <= 6 and not re.search(r"[.!?;]$", p.strip()) for p in parts)


def is_tags_line(text: str) -> bool:
    """ "Tags: Trung ương đảng", "Từ khóa: …": the portal's tag list under an article."""
    if re.fullmatch(r"#\S+(?:\s+#\S+)+", text.strip()):
        return True  # "#MTTQPhongHai #DanChuCoSo": the hashtags of a social-media post
    return bool(re.match(r"^(?:tags?|từ khóa|từ khoá|chủ đề)\s*:", text.strip(), re.IGNORECASE))


# "Từ khóa", "Tags", "Thẻ" alone: the heading of the tag list; its tags follow on the next line.
_TAGS_HEADING = re.compile(r"^(?:tags?|tu khoa|the)\s*:?$")


def is_tags_heading(text: str) -> bool:
    return bool(_TAGS_HEADING.match(fold(text).strip()))


def is_tags_after_heading(text: str) -> bool:
    """The line under a tag list's heading: tags as typed ("quảng nam hội nghị giao ban …"), in
    lower case or without a stop; a sentence (a capital and a stop) is the text going on."""
    words = text.split()
    return 1 <= len(words) <= 30 and (text[0].islower() or not re.search(r"[.!?…]$", text))


# "Quảng Nam: Hội nghị giao ban … năm 2016 - Ảnh 1": a picture's alt text, which an aggregator
# makes of the title and the picture's number; a paste keeps it when the picture is lost.
# A CMS that writes the alt text as a sentence ends it with a full stop ("… phát triển - Ảnh 2.").
_ALT_TEXT = re.compile(r"^[^.!?]{10,250}\s[-–]\s(?:Ảnh|Hình|Hình ảnh|Photo)\s\d{1,2}\.?$", re.IGNORECASE)


# The same with no dash, "ảnh" in lower case ("… thành công tốt đẹp ảnh 1"): a sentence ends with a stop.
_ALT_TEXT_UNDASHED = re.compile(r"^[^.!?]{30,250}\sảnh\s\d{1,2}$")


def is_alt_text(text: str) -> bool:
    return bool(_ALT_TEXT.match(text.strip()) or _ALT_TEXT_UNDASHED.match(text.strip()))


# Tokens of an image's file name that a paste keeps when the picture is lost: a camera's or a
# chat app's name ("z4098687894916", "DSC01234", "IMG_2041"), a hash, "anh1.jpg", its path on the
# portal ("Media/12_Xa/Images/anh-hoi-nghi.jpg").
_FILE_TOKEN = re.compile(
    r"(?:[a-z]{0,4}[_-]?\d{6,}\w*|[0-9a-f]{16,}|(?:img|dsc|dscn|dji|pxl|mvimg)[_-]?\d+\w*|(?:[\w.-]+/)*[^\s/]+\.(?:jpe?g|png|gif|webp|heic))",
    re.IGNORECASE,
)
_SHORT_TOKEN = re.compile(r"[a-z]{0,4}\d{1,3}", re.IGNORECASE)  # "a1", "1": a picture's number


# "hinh hop dan van.jpg": a file name typed with spaces, unaccented, ending in an image's extension.
_SPACED_FILE = re.compile(r"[a-z0-9_-]+(?: [a-z0-9_-]+){0,7}\.(?:jpe?g|png|gif|webp|heic)", re.IGNORECASE)


_FILE_SIZE = re.compile(r"\s*\(\s*\d+(?:[.,]\d+)?\s*[KMG]i?B\s*\)\s*$", re.IGNORECASE)


# What a paste keeps of a picture's markup when the picture is lost: the tail of a link to it
# (".jpg)", "anh-1.png)"), the bracketed link alone ("](/uploads/hoi-nghi.jpg)", "![](…)"), a
# "[…](…)" whose target is an image.
_MARKUP_REMNANT = re.compile(
    r"!?\[[^\]]*\]\([^()\s]*\)?|\]\([^()\s]*\)?|\(?[^\s()]*\.(?:jpe?g|png|gif|webp|heic|bmp)(?:\?\S*)?\)",
    re.IGNORECASE,
)


# "Đoàn 2", "Hinh 3": a picture's label (its alt text) left when the picture was lost: one word and
# a picture's number. Words that number a unit, a part or a round ("Tổ 5", "Phần 2", "Kỳ 3") are not.
_PICTURE_LABEL = re.compile(r"([^\W\d_]{2,10})\s+(\d{1,2})")
_NUMBERED_WORDS = frozenset(
    """phuong quan to khu ap thon xom ban khom doi cum bai phan ky chuong dieu muc khoan so dot lan nam thang
    quy ngay tuan buoc vong tap lop khoa nhom tram cau bang de tiet buoi ca khoi lang""".split()
)


def is_picture_label(text: str) -> bool:
    m = _PICTURE_LABEL.fullmatch(text.strip())
    return bool(m) and m.group(1)[0].isupper() and fold(m.group(1)) not in _NUMBERED_WORDS


def is_image_name(text: str) -> bool:
    """A line of image file names ("z4098687894916 446f11e6… 1", "a1"): what a paste keeps of
    pictures it lost. Every token is a file name or a picture's number, and one of them mixes
    letters and digits or is long, so a bare "1" or a year is not taken. A picture's markup
    remnant (".jpg)", "](…)") counts too."""
    bare = text.strip().strip("|").strip()  # "![]() |": a table's cell bars around the remnant
    # "IMG_9478.jpg (662 KB)": an attachment list prints each picture's file name with its size
    bare = _FILE_SIZE.sub("", bare)
    text = _FILE_SIZE.sub("", text)
    if _SPACED_FILE.fullmatch(bare) or _MARKUP_REMNANT.fullmatch(bare):
        return True
    if re.fullmatch(r"\d{1,3}[A-Z]{2,4}", bare):
        return True  # "16TT": a picture's number and a photographer's initials, its alt text
    tokens = text.split()
    if not tokens or len(tokens) > 12:
        return False
    if not all(_FILE_TOKEN.fullmatch(t) or _SHORT_TOKEN.fullmatch(t) for t in tokens):
        return False
    return any(_FILE_TOKEN.fullmatch(t) or re.fullmatch(r"[a-z]{1,4}\d{1,3}", t, re.IGNORECASE) for t in tokens)


# A label the page prints with nothing after it ("Tác giả", "Nguồn:"): the field was empty.
_EMPTY_LABEL = re.compile(
    r"^(?:tac gia(?: bai viet)?|nguon|tin,? anh|tin va anh|bai,? anh|bai va anh|nguoi viet|but danh|"
    r"bien tap|tin bai|nguoi dang|dang boi)\s*:?$"
    # "Thực hiện:" (who made the report) with its name on the next line; without the colon the
    # words may be a heading's
    r"|^(?:thuc hien|nhom thuc hien|phong vien|anh)\s*:$"
)


def is_empty_label(text: str) -> bool:
    return bool(_EMPTY_LABEL.match(fold(text).strip()))


# A portal's clock above the title in a form no date reader takes ("Thứ ba, 17. Tháng 6 2025 -
# 21:52", "Thứ ba, 30-9-25 02:17:33"): a weekday, then only the day's numbers and their words.
_CLOCK = re.compile(
    r"^\W*(?:thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s*nhat|cn)\b(?=.*\d{1,2}:\d{2})"
    r"(?:\s*(?:ngay|thang|nam|\d+|[,.:/|–-]))*\s*(?:am|pm|sa|ch)?\s*$"
)
# A banner picture's alt text above the title ("Site banner", "Banner Tỉnh ủy … (Home-latest-1)") and
# an analytics script's label ("Analytic"): the English word the template gives them.
_BANNER = re.compile(r"^(?:site |top |main )?banner\b.{0,80}$|^(?:google )?analytics?$", re.IGNORECASE)


def is_clock(text: str) -> bool:
    return bool(_CLOCK.match(fold(text)))


def is_banner_label(text: str) -> bool:
    return len(text.split()) <= 10 and bool(_BANNER.match(text.strip())) and not re.search(r"[.!?]$", text)


def banner_owner(text: str) -> str | None:
    """ "Banner Tỉnh ủy Nghệ An (Home-latest-1)" → "Tỉnh ủy Nghệ An": the body the banner names."""
    rest = re.sub(r"^(?:site |top |main )?banner\b|\([^()]*\)\s*$", "", text.strip(), flags=re.IGNORECASE).strip()
    return rest if len(rest.split()) >= 2 else None


def is_cms_artefact(text: str) -> bool:
    """ "null Sơ kết công tác …": a portal's template printing an empty field as "null" before
    the title it repeats."""
    return bool(re.match(r"^(?:null|undefined|none)\s+\S", text)) and len(text.split()) >= 3


# A portal's sidebar widgets, printed above or below the article by many portals: the visit
# counter ("THỐNG KÊ TRUY CẬP", "Hôm nay:", "Trong tuần: 1.234", "Đang truy cập", "Truy cập tổng 40.230"), a widget's
# heading ("Thống kê hồ sơ", "Liên kết website", "Thăm dò ý kiến"), a poll's answers, the page's
# "QR Code".
_WIDGET = re.compile(
    r"^(?:(?:hom nay|hom qua|tuan nay|tuan truoc|trong tuan|thang nay|thang truoc|trong thang|nam nay|"
    r"tat ca|tong cong|tong so|dang truy cap|dang online|truc tuyen|online|khach|thanh vien|"
    r"(?:tong )?(?:so )?luot truy cap|tong truy cap|da truy cap|truy cap(?: tong| hien tai| hom nay| trong ngay))"
    r"(?:\s*:\s*[\d.,]*|\s+[\d.,]+)"
    # a visit counter's heading with its number on another line or lost ("Số lượt truy cập")
    r"|(?:tong )?(?:so )?luot truy cap|tong truy cap|truy cap hien tai|dang truy cap"
    # the who's-online box's one sentence ("Đang có 109 khách và không thành viên đang online")
    r"|(?:hien )?dang co \w+ khach(?: va \w+ thanh vien)? dang (?:online|truc tuyen)"
    r"|thong ke(?: truy cap| ho so| luot truy cap| website)?|lien ket website|lien ket|thong tin lien ket|"
    r"tham do y kien|y kien tham do|khao sat y kien|binh chon|xem ket qua|bieu quyet|"
    r"rat hai long|hai long|khong hai long|"
    r"binh thuong|chua hai long|qr code|ma qr|quet ma qr|ban do(?: hanh chinh| dia gioi| vi tri)?"
    # the trust mark of the national network-trust scheme ("Chứng nhận Tín Nhiệm Mạng")
    r"|chung nhan tin nhiem mang"
    # a weather or market widget's heading ("Thời tiết", "Tỷ giá ngoại tệ", "Giá vàng")
    r"|thoi tiet|weather|ty gia(?: ngoai te)?|gia vang|gia vang ngoai te)$"
)
# A weather widget's reading ("Hà Nội 25° - 33° C", "33° C", "Cà Mau, 32°C/ 32°C - 33°C Icon thời
# tiết nắng"): a temperature on a short line that ends no sentence.
_TEMPERATURE = re.compile(r"\d{1,2}\s*°\s*C?\b", re.IGNORECASE)


def is_widget(text: str) -> bool:
    """A line of a sidebar widget: a visit counter's label (with its number or none), a widget's
    heading, a poll's answer; nothing a sentence of the article would be on its own."""
    if _TEMPERATURE.search(text) and len(text.split()) <= 12 and not re.search(r"[.!?;]$", text.strip()):
        return True
    return len(text.split()) <= 10 and bool(_WIDGET.match(fold(text).strip()))


# A poll above the title ("Đánh giá thái độ phục vụ của cán bộ …?", "Bạn thấy … thế nào?"): a
# question that asks the reader to rate something.
# (a question that opens on "Bạn", the reader addressed: "Bạn quan tâm đến chuyên mục nào trên trang?")
_POLL = re.compile(r"\b(?:danh gia|khao sat|binh chon|hai long|y kien cua ban|ban (?:thay|danh gia|co))\b")


def is_poll(text: str) -> bool:
    if not text.rstrip().endswith("?") or len(text.split()) > 25:
        return False
    return bool(_POLL.search(fold(text)) or re.match(r"\W*Bạn\b", text, re.IGNORECASE))


def is_promo(text: str) -> bool:
    """A portal's box asking the reader to sign up ("… Bạn có muốn nhận tin quan trọng … ngay khi có
    sự kiện? Hãy đăng ký qua email."): a question to the reader and a call to subscribe in one line,
    which no report of a meeting writes."""
    if len(text.split()) > 80 or not re.search(r"\bBạn\b[^.!?]{0,120}\?", text, re.IGNORECASE):
        return False
    return bool(re.search(r"\b(?:hãy |vui lòng )?(?:đăng ký|nhận tin|theo dõi)\b", text, re.IGNORECASE))


# "Người đăng: admin", "Đăng bởi: Quản trị viên": who put the article on the portal, not who
# wrote it.
_POSTER = re.compile(r"^(?:nguoi dang(?: bai| tin)?|dang boi|nguoi cap nhat|nguoi nhap)\s*:\s*\S.{0,60}$")


def is_poster(text: str) -> bool:
    return bool(_POSTER.match(fold(text).strip()))


# The labelled lines of a portal's footer: copyright, the publishing body's address and contacts,
# the editor in charge (a paper's editors and newsroom: "Tổng biên tập:", "Tòa soạn:"), the licence,
# the web designer.
_FOOTER_LINE = re.compile(
    r"^(?:©|\(c\)|copyright\b|ban quyen (?:thuoc|@|©)|(?:dia chi|tru so|dien thoai|dt|fax|email|e-mail|hotline|"
    r"duong day nong|chiu trach nhiem(?: chinh| noi dung)?|nguoi chiu trach nhiem|truong ban bien tap|"
    r"(?:pho )?tong bien tap|thu ky toa soan|toa soan|"
    r"giay phep(?: so)?|thiet ke(?: boi| va phat trien)?|phat trien boi|co quan chu quan|don vi quan ly)\s*:)"
)


def is_footer_line(text: str) -> bool:
    return len(text) <= 200 and bool(_FOOTER_LINE.match(fold(text).strip()))


# The utility bar above a portal's page: sign-in, search, language, site map, feeds, a hotline, a
# welcome banner ("Chào mừng bạn đến với Cổng thông tin điện tử …").
_LANGUAGE = r"(?:tieng viet|tieng anh|english|vietnamese|francais|vi|vn|en)"
_UTILITY = re.compile(
    r"^(?:dang nhap|dang ky|dang xuat|sign (?:in|up|out)|log ?(?:in|out)|tim kiem(?: [a-z]+){0,2}|"
    r"nhap tu khoa(?: tim kiem)?|english|tieng viet|"
    r"so do (?:cong|trang|site|website)|sitemap|rss|hotline\s*:?[\d .]*|duong day nong\s*:?[\d .]*)\s*[.…]*$"
    r"|^chao mung (?:ban |quy khach |quy vi )?den voi\b.{0,80}$"
    # "CHÀO MỪNG ĐẾN TRANG THÔNG TIN ĐIỆN TỬ UBND HUYỆN …": the banner without its "với"
    r"|^chao mung (?:ban |quy khach |quy vi )?den (?:trang|cong|website|he thong)\b.{0,80}$"
    # "Liên hệ Quảng cáo: (04)39.431.943 - (04)39.447.011": the advertisers' phone numbers, and no more
    r"|^(?:lien he )?quang cao\s*:\s*[\d .()+/,;–-]{6,}$"
    # skip links in their many wordings ("Truy cập nội dung luôn", "Chuyển tới nội dung chính",
    # "Bỏ qua đến nội dung", "Skip navigation", "Jump to content")
    r"|^(?:truy cap|chuyen (?:den|toi)|di (?:den|toi)|nhay (?:den|toi)|bo qua(?: (?:den|toi))?|skip(?: to)?|"
    r"jump to|go to)\s+(?:(?:phan |vung )?noi dung|(?:main )?content|navigation|menu chinh|main)"
    r"(?: chinh| luon| bai viet| trang)?$"
    # "Theo dõi Báo Hà Nội Mới trên Google News": a call to follow the paper elsewhere
    r"|^theo doi\b.{0,80}\btren (?:google news|google|zalo|facebook|youtube|tiktok|mang xa hoi)\b.{0,20}$"
    # the same call whose network's icon was not pasted ("Theo dõi Báo điện tử Cà Mau trên")
    r"|^theo doi (?:bao|tap chi|dai|kenh|trang)\b.{0,60}\btren$"
    # a language switch ("Tiếng Việt | English", "VI / EN"): languages and separators; one alone
    # ("En") is the link to the page in the portal's other language
    rf"|^{_LANGUAGE}(?:\s*[|/–-]?\s*{_LANGUAGE}){{0,4}}$"
    # a browser tab's title for a CMS's article view ("xem chi tiet tin - Châu Thành A"): the view's
    # name, then the site's
    r"|^(?:xem )?chi tiet (?:tin|tin tuc|bai|bai viet)\s*[–|-]\s*\S.{0,60}$"
)


# A mobile page's switch to the full site, or back ("Are you sure that you want to switch to
# desktop version?", "Chuyển tới trang đầy đủ", "Xem phiên bản máy tính"), maybe after a widget's
# stray letters: a link the portal prints on every page, never the article's.
_SITE_SWITCH = re.compile(
    r"\bswitch to (?:the )?(?:desktop|mobile|full|classic) (?:version|site|view)\b"
    r"|^(?:chuyen (?:toi|den|sang|ve)|xem|ve) (?:trang|ban|phien ban|giao dien) "
    r"(?:day du|may tinh|desktop|di dong|mobile)\s*[.…]*$"
    r"|^(?:phien ban|giao dien) (?:may tinh|di dong|desktop|mobile)$"
)


# The parts of a contact row: an e-mail address, a telephone number, their labels and separators.
_CONTACT_PART = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\+84|\(?0)[\d .()]{6,}\d"
    r"|\b(?:email|e-mail|dien thoai|dt|fax|hotline|duong day nong)\b|[:|,;/–-]"
)


def is_contact_row(text: str) -> bool:
    """ ": toasoandko@gmail.com | : (04) 38.228.302": a row of a portal's e-mail and telephone
    (their icons lost in the paste), nothing else on it."""
    folded = fold(text).strip()
    found = re.search(r"@|(?:\+84|\(?0)[\d .()]{6,}\d", folded)
    return bool(found) and len(folded) <= 120 and not _CONTACT_PART.sub(" ", folded).strip()


def is_utility(text: str) -> bool:
    folded = fold(text).strip()
    if len(folded.split()) <= 14 and _SITE_SWITCH.search(folded):
        return True
    return bool(_UTILITY.match(folded)) or is_contact_row(text)


# "Nguồn ảnh: Internet", "Ảnh nguồn: …": where a picture came from, neither the article's writer
# nor its text; "Ảnh CTV Trương Lộc Thành - Đoàn viên Khu 3", "Ảnh: PV": who took the pictures, a
# contributor or a reporter named by that role (a caption says what the picture shows instead).
_PHOTO_SOURCE = re.compile(
    r"^\(?\s*(?:nguon anh|anh nguon|nguon hinh|anh tu)\s*:\s*\S.{0,60}$"
    r"|^\(?\s*(?:anh|hinh anh|anh chup)\s*:?\s*(?:ctv|pv|btv|cong tac vien|phong vien)\b[^.!?]{0,60}\)?$"
    # the news agency's credit under a picture it sent ("Ảnh: Đức Tưởng - TTXVN", "Ảnh: TTXVN")
    r"|^\(?\s*(?:anh|hinh anh)\s*:\s*(?:[^.!?]{2,40}?\s*[-–/]\s*)?(?:ttxvn|vna)\)?$"
)


def is_photo_source(text: str) -> bool:
    return bool(_PHOTO_SOURCE.match(fold(text).strip()))


# "Hình ảnh hội nghị :", "Ảnh hoạt động:" as the last line: a gallery's label whose pictures the
# paste lost. "Một số hình ảnh tại …:" is a sentence of the text that opens a gallery (kept).
_GALLERY_LABEL = re.compile(r"^\W*(?:hinh anh|anh)(?: [^\W\d_]+){0,4}\s*:$")


# "intNumViewTotal=447", "var pageId = 12;": a script's variable a paste of the page kept (an
# identifier written as code, glued words or an underscore, then "=" and a value).
_CODE_LINE = re.compile(r"(?:[a-z]+[A-Z]\w*|\w+_\w+|var \w+|let \w+|const \w+)\s*=\s*[\w\"'.-]{0,40};?")


# "menu_WAR_hoachauportlet_INSTANCE_TTIRqXtN9Pql": a portal widget's identifier (words joined by two
# underscores or more, no space), which a paste of a Liferay page keeps above the title.
_WIDGET_ID = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+){2,}")


# "[links()]": a template's call printed instead of run.
_TEMPLATE_CALL = re.compile(r"[\[{]+\s*\w+\(\)\s*[\]}]+")


def is_code_remnant(text: str) -> bool:
    text = text.strip()
    return bool(_CODE_LINE.fullmatch(text) or _WIDGET_ID.fullmatch(text) or _TEMPLATE_CALL.fullmatch(text))


def is_gallery_label(text: str) -> bool:
    return len(text.split()) <= 6 and bool(_GALLERY_LABEL.match(fold(text).strip()))


_LETTERS = re.compile(r"[^\W\d_]+")


def marked_words(text: str) -> frozenset[str]:
    """The folded forms of the words a text's lines with marks write only with them ("đoàn" →
    "doan", but not "trao", nor "thu" when the text also writes "Thu")."""
    lines = [line for line in text.splitlines() if not line.isascii()]  # a slug's own words aside
    words = {w.casefold() for line in lines for w in _LETTERS.findall(line)}
    return frozenset(fold(w) for w in words if fold(w) != w) - words


def is_unmarked_copy(text: str, marked: frozenset[str]) -> bool:
    """A slug or alt text: a short line written without a single mark ("16 doan ket", "Quan 4: Doi
    thoai voi hoi vien"), at least half of whose words, and two or more, the article writes only
    with marks. Vietnamese text without a mark is a machine's copy of it (a picture's file name, a
    link's address), never the article's; an English label has no marked twins, and a name in
    capitals ("Thu Trang", a signature typed without marks) is left alone."""
    if not text.isascii() or len(text.split()) > 10:
        return False
    words = [w for w in _LETTERS.findall(text) if len(w) >= 2]
    if all(w[0].isupper() for w in words):
        return False
    twins = sum(w.casefold() in marked for w in words)
    return twins >= 2 and 2 * twins >= len(words)


def is_title_slug(text: str, title: str | None) -> bool:
    """ "dai hoi hoi nguoi cao tuoi tinh ha tinh nhiem ky 2016 2021": the title without its marks
    and stops (a picture's alt text or a link's slug), whole or its first four words or more; the
    text's own words are never typed so."""
    if not title or not text.isascii() or text != text.lower():
        return False
    words = re.findall(r"\w+", text)
    return len(words) >= 4 and re.findall(r"\w+", fold(title))[: len(words)] == words
