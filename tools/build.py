"""Build the self-contained folder for PCs without internet, and check it.

    uv run python tools/build.py            build dist/dctracker/ and its zip
    uv run python tools/build.py --smoke    build, then run the copy (see smoke.py)
    uv run python tools/build.py --smoke-only   check an existing build

PyInstaller comes from the `build` dependency group; when the environment
lacks it, the script runs itself again through `uv run --group build`.
The fallback Korean font for exported PDFs (NanumBarunGothic, OFL) is copied
at build time from Debian's fonts-nanum files or from --font-dir; Windows
builds may pass --no-font, as every Windows PC has Malgun Gothic.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "dctracker.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
STAGED_FONTS = WORK / "staging" / "fonts"  # where the spec looks for them
FOLDER_NAME = "dctracker"
FONT_FILES = ("NanumBarunGothic.ttf", "NanumBarunGothicBold.ttf")
FONT_DIRS = (Path("/usr/share/fonts/truetype/nanum"), Path("/usr/share/fonts/nanum"))
FONT_LICENCE = Path("/usr/share/doc/fonts-nanum/copyright")
LICENCE_NAME = "LICENSE-NanumBarunGothic.txt"


class BuildError(Exception):
    """A build that cannot go on, said in one line."""


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if not args.smoke_only:
            if importlib.util.find_spec("PyInstaller") is None:
                return _rerun_with_build_group(argv)
            build(args.font_dir, with_font=not args.no_font)
        if args.smoke or args.smoke_only:
            from smoke import smoke  # tools/smoke.py, beside this file

            return smoke(DIST / FOLDER_NAME)
    except BuildError as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 1
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tools/build.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="after building, run the smoke test on a copy")
    parser.add_argument("--smoke-only", action="store_true", help="run the smoke test on the existing build")
    parser.add_argument("--font-dir", type=Path, help=f"a folder with {', '.join(FONT_FILES)} and a licence")
    parser.add_argument("--no-font", action="store_true", help="bundle no fallback Korean font")
    return parser


def _rerun_with_build_group(argv: list[str] | None) -> int:
    uv = os.environ.get("UV") or shutil.which("uv")
    if uv is None:
        raise BuildError("PyInstaller is missing: run `uv sync --group build` first")
    print("build: PyInstaller is in the `build` group; running again with it", flush=True)
    command = [uv, "run", "--group", "build", "python", str(Path(__file__).resolve())]
    return subprocess.run([*command, *(sys.argv[1:] if argv is None else argv)], check=False).returncode


def build(font_dir: Path | None, *, with_font: bool) -> Path:
    shutil.rmtree(STAGED_FONTS, ignore_errors=True)
    if with_font:
        stage_font(font_dir)
    import PyInstaller.__main__

    PyInstaller.__main__.run(
        [
            str(SPEC),
            "--noconfirm",
            "--clean",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK / "pyinstaller"),
        ]
    )
    folder = DIST / FOLDER_NAME
    strip_python(folder)
    archive = make_zip(folder)
    print(f"build: {folder}: {folder_size(folder) / 2**20:.1f} MB unpacked")
    print(f"build: {archive}: {archive.stat().st_size / 2**20:.1f} MB zipped")
    return folder


def stage_font(font_dir: Path | None) -> None:
    """Copy the fallback font and its licence where the spec picks them up."""
    folders = (font_dir,) if font_dir else FONT_DIRS
    for folder in folders:
        if all((folder / name).is_file() for name in FONT_FILES):
            break
    else:
        raise BuildError(
            f"{FONT_FILES[0]} not found in {', '.join(map(str, folders))}: install Debian's fonts-nanum, "
            "pass --font-dir, or --no-font"
        )
    licence = _licence(folder)
    STAGED_FONTS.mkdir(parents=True)
    for name in FONT_FILES:
        shutil.copy2(folder / name, STAGED_FONTS / name)
    shutil.copy2(licence, STAGED_FONTS / LICENCE_NAME)


def _licence(folder: Path) -> Path:
    for candidate in (folder / "OFL.txt", folder / "LICENSE", folder / "copyright", FONT_LICENCE):
        if candidate.is_file():
            return candidate
    raise BuildError(f"no licence file for the font in {folder} (OFL.txt, LICENSE or copyright)")


def strip_python(folder: Path) -> None:
    """Drop the debug sections of Python's own libraries on Linux (uv's Python
    keeps them: 17 MB of libpython's 23). Only these: stripping the libraries
    of wheels (numpy's OpenBLAS) breaks them."""
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return
    libraries = [
        *folder.glob("_internal/libpython3*.so*"),
        *folder.glob("_internal/python3*/lib-dynload/*.so"),
    ]
    real = [path for path in libraries if not path.is_symlink()]
    subprocess.run([strip, "--strip-debug", *map(str, real)], check=True)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def make_zip(folder: Path) -> Path:
    """dist/dctracker-VERSION-SYSTEM.zip, with the folder at its top."""
    from dctracker import __version__

    system = f"{platform.system().lower()}-{platform.machine().lower()}"
    archive = folder.parent / f"{FOLDER_NAME}-{__version__}-{system}.zip"
    archive.unlink(missing_ok=True)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for path in sorted(folder.rglob("*")):
            name = str(Path(FOLDER_NAME) / path.relative_to(folder))
            if path.is_symlink():  # PyInstaller links libraries on Linux: keep them links, not copies
                _write_link(out, path, name)
            else:
                out.write(path, name)
    return archive


def _write_link(out: zipfile.ZipFile, path: Path, name: str) -> None:
    info = zipfile.ZipInfo(name)
    info.create_system = 3  # Unix, so that unzip restores the link
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    out.writestr(info, os.readlink(path))


if __name__ == "__main__":
    sys.exit(main())
