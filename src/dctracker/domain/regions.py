"""The two regions, their 시군구, and the zones (권역) officials group them into.

The 시군구 lists are administrative facts; zones are a convenience the
province defines and changes, so only a default set lives here and the store
keeps the editable copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dctracker.domain.labels import LabelledEnum
from dctracker.domain.record_base import Record
from dctracker.domain.text import clean_text


class Region(LabelledEnum):
    GWANGJU = ("gwangju", "광주광역시", "Gwangju Metropolitan City")
    JEONNAM = ("jeonnam", "전라남도", "Jeollanam-do")

    def short_label(self, lang: str = "ko") -> str:
        return _REGION_SHORT[self][lang == "en"]


_REGION_SHORT = {
    Region.GWANGJU: ("광주", "Gwangju"),
    Region.JEONNAM: ("전남", "Jeonnam"),
}

# 시군구 with their romanized names, in the order official documents list them.
SIGUNGU: dict[Region, dict[str, str]] = {
    Region.GWANGJU: {
        "동구": "Dong-gu",
        "서구": "Seo-gu",
        "남구": "Nam-gu",
        "북구": "Buk-gu",
        "광산구": "Gwangsan-gu",
    },
    Region.JEONNAM: {
        "목포시": "Mokpo-si",
        "여수시": "Yeosu-si",
        "순천시": "Suncheon-si",
        "나주시": "Naju-si",
        "광양시": "Gwangyang-si",
        "담양군": "Damyang-gun",
        "곡성군": "Gokseong-gun",
        "구례군": "Gurye-gun",
        "고흥군": "Goheung-gun",
        "보성군": "Boseong-gun",
        "화순군": "Hwasun-gun",
        "장흥군": "Jangheung-gun",
        "강진군": "Gangjin-gun",
        "해남군": "Haenam-gun",
        "영암군": "Yeongam-gun",
        "무안군": "Muan-gun",
        "함평군": "Hampyeong-gun",
        "영광군": "Yeonggwang-gun",
        "장성군": "Jangseong-gun",
        "완도군": "Wando-gun",
        "진도군": "Jindo-gun",
        "신안군": "Sinan-gun",
    },
}

_ALIASES = {
    "광주": Region.GWANGJU,
    "광주광역시": Region.GWANGJU,
    "광주시": Region.GWANGJU,
    "gwangju": Region.GWANGJU,
    "전남": Region.JEONNAM,
    "전라남도": Region.JEONNAM,
    "jeonnam": Region.JEONNAM,
    "jeollanam-do": Region.JEONNAM,
}


def parse_region(text: str) -> Region:
    """Accept the names people write for a region (광주, 전라남도, gwangju...)."""
    key = clean_text(text).strip().lower()
    if key in _ALIASES:
        return _ALIASES[key]
    raise ValueError(f"알 수 없는 지역: {text!r} (unknown region; use 광주 or 전남)")


def region_of(sigungu: str) -> Region | None:
    """The region a 시군구 belongs to. 동구/서구/남구/북구 exist only in 광주 here."""
    for region, names in SIGUNGU.items():
        if sigungu in names:
            return region
    return None


def normalize_sigungu(text: str, region: Region | None = None) -> str | None:
    """Match "광양", "광양시" or "Gwangyang-si" to the official name "광양시"."""
    key = clean_text(text).strip()
    if not key:
        return None
    regions = [region] if region else list(Region)
    for reg in regions:
        for name, roman in SIGUNGU[reg].items():
            if key in (name, name[:-1], roman) or key.lower() == roman.lower():
                return name
    return None


def sigungu_label(name: str, lang: str = "ko") -> str:
    if lang == "en":
        region = region_of(name)
        if region is not None:
            return SIGUNGU[region][name]
    return name


@dataclass
class Zone(Record):
    """A group of 시군 (권역) within a region, edited by users; stored with
    versions and history like every record."""

    name: str
    region: Region
    members: list[str] = field(default_factory=list)


# The seed names an eastern axis (여수, 순천, 광양) and a western one around
# 해남 구성지구 without listing its members; the other 시군 start in no zone
# until users assign them, rather than us guessing the province's grouping.
DEFAULT_ZONES: tuple[Zone, ...] = (
    Zone("동부권", Region.JEONNAM, ["여수시", "순천시", "광양시"]),
    Zone("서부권", Region.JEONNAM, ["해남군"]),
)
