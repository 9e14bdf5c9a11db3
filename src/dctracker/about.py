"""What `dctracker --version` and 도움말 → 정보 tell a support call: the
program's version, the newest database schema it knows, and where its data is."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dctracker import __version__, paths


@dataclass(frozen=True)
class About:
    version: str
    schema: int  # the highest migration number: the newest database this build opens
    data_folder: Path
    portable: bool


def about() -> About:
    from dctracker.store.file.database import latest_version

    return About(__version__, latest_version(), paths.data_dir(), paths.portable_dir() is not None)


def version_text(info: About) -> str:
    """`dctracker --version`, in the CLI's "한국어 (English)" style."""
    folder = f"{info.data_folder} (휴대용 설치 portable)" if info.portable else str(info.data_folder)
    return "\n".join(
        [
            f"dctracker {info.version}",
            f"스키마 버전 (schema version): {info.schema}",
            f"데이터 폴더 (data folder): {folder}",
        ]
    )
