"""Stored projects a file's project name may mean, best first.

Offices spell one project several ways: "광양 오라클 클라우드 데이터센터" in one
file is "오라클 클라우드 데이터센터 (광양시 황금산단)" in another. Candidates
come from the same 시군 (and region-wide projects), scored on the words of the
names without the place names in them; the review shows them for a person to
confirm. Nothing here decides a match.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from dctracker.domain.records import Project
from dctracker.domain.regions import SIGUNGU

CANDIDATES = 3
CUTOFF = 0.6
PLACE_MISMATCH = 0.7
_WORD = re.compile(r"[^\W_]+")
_REGION_WORDS = frozenset({"광주", "전남", "광주광역시", "전라남도"})
_PLACES = (
    frozenset(
        word for names in SIGUNGU.values() for name in names for word in (name, name[:-1]) if len(word) >= 2
    )
    | _REGION_WORDS
)


_SHORT = {name: name[:-1] for names in SIGUNGU.values() for name in names if len(name) > 2}


@dataclass(frozen=True)
class Candidate:
    project: Project
    score: float  # 0..1; 1 for the same words once spacing, width and places are set aside


def project_candidates(
    name: str, sigungu: str, projects: Iterable[Project], limit: int = CANDIDATES
) -> list[Candidate]:
    """Projects of `sigungu` (or of no 시군) whose name is near `name`, best
    first; with no `sigungu`, all projects are compared."""
    words, places = _words(name), _places(name)
    found = []
    for project in projects:
        if sigungu and project.sigungu not in (sigungu, ""):
            continue
        score = name_score(words, _words(project.name))
        other = _places(project.name)
        if places and other and not places & other:
            score *= PLACE_MISMATCH  # "순천 …" is not "광양 …", however alike the rest
        if score >= CUTOFF:
            found.append(Candidate(project, round(score, 3)))
    found.sort(key=lambda c: (-c.score, c.project.name))
    return found[:limit]


def name_score(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """How alike two names' words are: half the share of the shorter name's
    words the other has, half difflib's ratio of the words in order."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    shared = len(set(a) & set(b)) / min(len(set(a)), len(set(b)))
    ratio = difflib.SequenceMatcher(None, " ".join(sorted(a)), " ".join(sorted(b))).ratio()
    return (shared + ratio) / 2


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    """The words of a name, folded, without place names
    ("오라클 … (광양시 황금산단)" -> 오라클 … 황금산단)."""
    return tuple(w for w in _folded_words(name) if w not in _PLACES)


@lru_cache(maxsize=4096)
def _places(name: str) -> frozenset[str]:
    """The 시군 a name mentions, each as its short form ("광양시" -> "광양")."""
    return frozenset(_SHORT.get(w, w) for w in _folded_words(name) if w in _PLACES - _REGION_WORDS)


def _folded_words(name: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", name).casefold())
