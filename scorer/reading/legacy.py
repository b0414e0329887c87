"""Word 97-2003 (.doc), WPS and RTF files, read through LibreOffice.

Many units still submit .doc and .wps files. Where LibreOffice is installed (`soffice`), the file
is converted headless to .docx in a private profile and a temporary folder, with a time limit,
and then read as any .docx; where it is not, the user is told how to install it. Nothing of the
conversion outlives the call: the folder, the profile and the process group go with it.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from scorer.text.errors import InputError

CONVERT_SECONDS = 90  # a cold LibreOffice start takes 3-10 s; a hostile file must not take longer
INSTALL_HINT = "需要安装 LibreOffice 才能读取（Debian/Ubuntu：sudo apt-get install libreoffice-writer），或用 Word、WPS 另存为 .docx 后再评分"


def soffice() -> str | None:
    """The LibreOffice executable: $FZSCORE_SOFFICE, else soffice or libreoffice on PATH."""
    configured = os.environ.get("FZSCORE_SOFFICE")
    if configured:
        return configured if Path(configured).is_file() else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_docx(path: str, data: bytes, what: str, timeout: float = CONVERT_SECONDS, suffix: str = ".doc") -> bytes:
    """The file converted to .docx bytes, or a one-line InputError naming `what` it was (`suffix`: the name
    LibreOffice is given the file under, which picks its import filter)."""
    program = soffice()
    if program is None:
        raise InputError(path, f"这是{what}，{INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="fzscore-lo-") as tmp:
        source = Path(tmp) / ("report" + suffix)
        source.write_bytes(data)
        out = Path(tmp) / "out"
        command = [program, f"-env:UserInstallation={Path(tmp, 'profile').as_uri()}", "--headless", "--invisible",
                   "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                   "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(source)]
        try:
            proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, start_new_session=True, env=_quiet_env())
        except OSError as exc:
            raise InputError(path, f"这是{what}，但无法启动 LibreOffice（{exc.strerror or exc}）：{INSTALL_HINT}") from None
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            raise InputError(path, f"这是{what}，LibreOffice 在 {timeout:g} 秒内没有转换完，可能文件已损坏：请另存为 .docx 后再评分") from None
        finally:
            _kill_group(proc)  # a helper process LibreOffice left behind
        result = out / "report.docx"
        if proc.returncode != 0 or not result.is_file() or result.stat().st_size == 0:
            raise InputError(path, f"这是{what}，但 LibreOffice 无法转换它（可能已损坏或加密）：请用 Word 或 WPS 另存为 .docx 后再评分")
        return result.read_bytes()


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:  # pragma: no cover - a process that ignores SIGKILL
        pass
    if proc.stderr is not None:
        proc.stderr.close()


def _quiet_env() -> dict:
    env = dict(os.environ)
    env.pop("DISPLAY", None)  # never open a window, whatever the session has
    env.setdefault("SAL_USE_VCLPLUGIN", "svp")
    return env
