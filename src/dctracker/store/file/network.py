"""Is a file on a network share?

SQLite's WAL mode needs shared memory that network file systems do not
provide, so on a share the store uses the rollback journal instead.
"""

from __future__ import annotations

import logging
import os
import re
import sys
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
        # SMB/WebDAV mounted by the desktop (GNOME gvfs, KDE kio)
        "fuse.gvfsd-fuse",
        "fuse.kio-fuse",
        "fuse.smbnetfs",
        "smb",
        "smb2",
        "webdav",
        "afpfs",
        # folders shared from a virtual machine's host
        "vboxsf",
        "virtiofs",
        "vmhgfs",
        "fuse.vmhgfs-fuse",
        "prl_fs",
        # object storage and cluster file systems mounted as folders
        "fuse.s3fs",
        "fuse.gcsfuse",
        "fuse.juicefs",
        "ocfs2",
        "beegfs",
    }
)
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive
PROC_MOUNTS = Path("/proc/mounts")
log = logging.getLogger(__name__)


def is_network_path(path: Path, *, read_mounts: Callable[[], str] | None = None) -> bool:
    """Whether `path` lies on a network share. `read_mounts` gives the text of
    /proc/mounts (by default the real one; tests pass their own)."""
    if os.name == "nt":
        return windows_is_network(PureWindowsPath(os.path.abspath(path)), _drive_type)
    return posix_fstype(Path(os.path.realpath(path)), read_mounts or _proc_mounts) in NETWORK_FILE_SYSTEMS


def posix_fstype(path: Path, read_mounts: Callable[[], str]) -> str | None:
    """The file system type: from /proc/mounts on Linux, statfs() on macOS,
    else the `mount` command's list (the BSDs); None if none answers."""
    try:
        return mount_fstype(PurePosixPath(path), read_mounts())
    except OSError:
        pass  # no /proc/mounts: not Linux
    if sys.platform == "darwin":
        existing = next((p for p in (path, *path.parents) if p.exists()), path)  # a new file: its folder
        found = _macos_statfs_type(existing)
        if found is not None:
            return found
    import subprocess  # only here: Linux and Windows never need it

    try:
        listing = subprocess.run(["mount"], capture_output=True, text=True, check=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("cannot tell the file system of %s (%s); taking it for a local disk", path, exc)
        return None
    return mount_output_fstype(PurePosixPath(path), listing)


def _proc_mounts() -> str:
    return PROC_MOUNTS.read_text(encoding="utf-8", errors="replace")


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
    entries = []
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            entries.append((PurePosixPath(_unescape(fields[1])), fields[2]))
    return _innermost(path, entries)


_MOUNT_LINE = re.compile(r"^.* on (?P<point>/.*?) \((?P<type>[^,)]+)")


def mount_output_fstype(path: PurePath, listing: str) -> str | None:
    """The same from the `mount` command's lines (macOS, BSD):
    `//kim@server/share on /Volumes/share (smbfs, nodev, ...)`."""
    entries = []
    for line in listing.splitlines():
        match = _MOUNT_LINE.match(line)
        if match:
            entries.append((PurePosixPath(match["point"]), match["type"].strip()))
    return _innermost(path, entries)


def _innermost(path: PurePath, entries: list[tuple[PurePosixPath, str]]) -> str | None:
    """The deepest mount point holding `path`; of mounts stacked on one point
    (autofs with NFS over it) the last, which is the one in use."""
    best: tuple[int, str] | None = None
    for point, fstype in entries:
        if (point == path or point in path.parents) and (best is None or len(point.parts) >= best[0]):
            best = (len(point.parts), fstype)
    return best[1] if best else None


def _macos_statfs_type(path: Path) -> str | None:
    """statfs(2)'s f_fstypename ("smbfs", "nfs", "apfs"...); None if the call fails."""
    import ctypes  # only here: macOS alone needs it, and start-up time counts

    class _StatFs(ctypes.Structure):
        # struct statfs of macOS (64-bit inodes)
        _fields_ = [
            ("f_bsize", ctypes.c_uint32),
            ("f_iosize", ctypes.c_int32),
            ("f_blocks", ctypes.c_uint64),
            ("f_bfree", ctypes.c_uint64),
            ("f_bavail", ctypes.c_uint64),
            ("f_files", ctypes.c_uint64),
            ("f_ffree", ctypes.c_uint64),
            ("f_fsid", ctypes.c_int32 * 2),
            ("f_owner", ctypes.c_uint32),
            ("f_type", ctypes.c_uint32),
            ("f_flags", ctypes.c_uint32),
            ("f_fssubtype", ctypes.c_uint32),
            ("f_fstypename", ctypes.c_char * 16),
            ("f_mntonname", ctypes.c_char * 1024),
            ("f_mntfromname", ctypes.c_char * 1024),
            ("f_flags_ext", ctypes.c_uint32),
            ("f_reserved", ctypes.c_uint32 * 7),
        ]

    libc = ctypes.CDLL(None, use_errno=True)
    # Intel Macs name the 64-bit-inode variant apart; Apple silicon has only it
    statfs = getattr(libc, "statfs$INODE64", None) or libc.statfs
    buffer = _StatFs()
    if statfs(os.fsencode(path), ctypes.byref(buffer)) != 0:
        log.warning("statfs(%s) failed: %s", path, os.strerror(ctypes.get_errno()))
        return None
    fs_type: bytes = buffer.f_fstypename  # a ctypes field: typed by _fields_, not to mypy
    return fs_type.decode(errors="replace")


def _unescape(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes
    for code in ("040", "011", "012", "134"):
        field = field.replace("\\" + code, chr(int(code, 8)))
    return field
