"""Is a file on a network share?

SQLite's WAL mode needs shared memory that network file systems do not
provide, so on a share the store uses the rollback journal instead.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "fuse.sshfs",
        "fuse.glusterfs",
        "fuse.davfs2",
        "davfs",
        "fuse.rclone",
    }
)
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive
PROC_MOUNTS = Path("/proc/mounts")


def is_network_path(path: Path) -> bool:
    if os.name == "nt":
        return windows_is_network(PureWindowsPath(os.path.abspath(path)), _drive_type)
    try:
        mounts = PROC_MOUNTS.read_text(encoding="utf-8", errors="replace")
    except OSError:  # not Linux (macOS, BSD): assume a local disk
        return False
    return mount_fstype(PurePosixPath(os.path.realpath(path)), mounts) in NETWORK_FILE_SYSTEMS


def windows_is_network(path: PureWindowsPath, drive_type: Callable[[str], int]) -> bool:
    """A UNC path (\\\\server\\share\\...) or a drive letter mapped to a share."""
    drive = path.drive
    if drive.upper().startswith("\\\\?\\") and not drive.upper().startswith("\\\\?\\UNC\\"):
        drive = drive[4:]  # a long-path prefix in front of a local drive letter
    if drive.startswith("\\\\"):
        return True
    return bool(drive) and drive_type(drive + "\\") == DRIVE_REMOTE


def _drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def mount_fstype(path: PurePath, mounts: str) -> str | None:
    """The file system type of the innermost mount holding `path`, from /proc/mounts text."""
    best: tuple[int, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = PurePosixPath(_unescape(fields[1]))
        if (point == path or point in path.parents) and (best is None or len(point.parts) > best[0]):
            best = (len(point.parts), fields[2])
    return best[1] if best else None


def _unescape(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes
    for code in ("040", "011", "012", "134"):
        field = field.replace("\\" + code, chr(int(code, 8)))
    return field
