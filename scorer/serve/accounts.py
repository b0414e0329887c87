"""Accounts, sessions, CSRF tokens and the slowing of failed logins.

The users file holds one account per line, `name:scrypt:N:r:p:salt:hash` (base64), written by
`fzscore users add`: a slow salted hash from the standard library (hashlib.scrypt), never the
password. Sessions live in the server's memory (a restart asks for the login again); each has
its own CSRF token, which every form posts back.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from scorer.text.errors import FzscoreError

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1  # ~0.1 s a guess on one core; 32 MB of memory
SCRYPT_MAXMEM = 64 * 1024 * 1024
BAD_NAME_CHARS = set(":\n\r\t")


class AccountError(FzscoreError):
    """A users file that cannot be read or written, or a bad account name; names the file."""


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                            maxmem=SCRYPT_MAXMEM, dklen=32)
    return f"scrypt:{SCRYPT_N}:{SCRYPT_R}:{SCRYPT_P}:{_b64(salt)}:{_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split(":")
        if kind != "scrypt":
            return False
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                             maxmem=SCRYPT_MAXMEM, dklen=len(base64.b64decode(digest)))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, base64.b64decode(digest))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def check_name(name: str, where: Path) -> str:
    name = name.strip()
    if not name or any(c in BAD_NAME_CHARS for c in name) or len(name) > 64:
        raise AccountError(f"{where}: 用户名不能为空、不能超过 64 个字符，也不能含冒号或换行")
    return name


def read_users(path: Path) -> dict[str, str]:
    """name -> stored hash. Raises AccountError naming the file and line of a malformed entry."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AccountError(f"{path}: 找不到用户文件（用 fzscore users add {path} 用户名 创建）") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AccountError(f"{path}: 无法读取用户文件（{exc}）") from None
    users = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, sep, stored = line.partition(":")
        if not sep or not stored.startswith("scrypt:") or stored.count(":") != 5:
            raise AccountError(f"{path}:{n}: 不是 fzscore users 写入的账户（应为 用户名:scrypt:…）")
        users[name] = stored
    return users


def write_users(path: Path, users: dict[str, str]) -> None:
    from scorer.round.outputs import atomic_write

    lines = ["# fzscore serve 的账户：用户名和口令的 scrypt 散列（不含口令本身）；用 fzscore users 管理"]
    lines += [f"{name}:{stored}" for name, stored in sorted(users.items())]
    atomic_write(path, "\n".join(lines) + "\n")
    os.chmod(path, 0o600)


# ---------------------------------------------------------------- sessions


@dataclass
class Session:
    token: str
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    user: str | None = None  # the logged-in account, or the reviewer's name on a loopback server
    created: float = field(default_factory=time.monotonic)
    flash: list[tuple[str, str]] = field(default_factory=list)  # messages for the next page shown


class Sessions:
    MAX = 10_000  # a flood of anonymous visits cannot grow memory without bound

    def __init__(self) -> None:
        self._by_token: dict[str, Session] = {}
        self._lock = threading.Lock()

    def get(self, token: str | None) -> Session | None:
        return self._by_token.get(token or "")

    def new(self, user: str | None = None) -> Session:
        s = Session(secrets.token_urlsafe(32), user=user)
        with self._lock:
            if len(self._by_token) >= self.MAX:
                for old in sorted(self._by_token.values(), key=lambda x: x.created)[: self.MAX // 10]:
                    self._by_token.pop(old.token, None)
            self._by_token[s.token] = s
        return s

    def drop(self, token: str) -> None:
        with self._lock:
            self._by_token.pop(token, None)


class Throttle:
    """Failed logins, by account name and by client address: after FREE failures, each further
    attempt waits twice as long as the last (up to MAX_WAIT seconds), until a success."""

    FREE, MAX_WAIT = 3, 30.0

    def __init__(self) -> None:
        self._fails: dict[str, int] = {}
        self._lock = threading.Lock()

    def wait_for(self, *keys: str) -> float:
        n = max((self._fails.get(k, 0) for k in keys), default=0)
        return 0.0 if n < self.FREE else min(self.MAX_WAIT, 2.0 ** (n - self.FREE))

    def failed(self, *keys: str) -> None:
        with self._lock:
            for k in keys:
                self._fails[k] = self._fails.get(k, 0) + 1

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for k in keys:
                self._fails.pop(k, None)
