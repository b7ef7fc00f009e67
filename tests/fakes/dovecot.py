"""A real Dovecot IMAP server for tests: its own config in a temp folder, one passwd-file user, a
maildir, plain IMAP (with STARTTLS) and IMAPS on free loopback ports, stopped at the end.

Needs the `dovecot` binary (Debian: `apt-get install dovecot-imapd`; `.ci/run` installs it). When
it is missing the tests that need it skip, unless OUTRIDER_REQUIRE_DOVECOT=1 (as in CI) makes
that a failure.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from pathlib import Path

from imapclient import IMAPClient

DOVECOT = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)
REQUIRE = os.environ.get("OUTRIDER_REQUIRE_DOVECOT") == "1"

CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
first_valid_uid = 1
disable_plaintext_auth = no
auth_mechanisms = plain login
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={root}/home/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
"""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1/localhost (openssl, as the Debian image has it)."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


class Dovecot:
    """`with Dovecot() as server:` one user (`user`, `password`), INBOX empty at the start."""

    user = "dana@example.com"
    password = "imap-Pa55-word"

    def __init__(self) -> None:
        if DOVECOT is None:
            raise FileNotFoundError("dovecot is not installed (apt-get install dovecot-imapd)")
        # Not under pytest's tmp_path: Dovecot's unprivileged processes must reach the mail folder.
        self.root = Path(tempfile.mkdtemp(prefix="outrider-dovecot-"))
        self.root.chmod(0o755)
        self.port = free_port()
        self.tls_port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    # -- users a root-run Dovecot may use ----------------------------------------------------

    @staticmethod
    def _accounts() -> dict[str, object]:
        me = pwd.getpwuid(os.getuid())
        if os.getuid() != 0:  # a developer's own account runs everything
            return {"internal_user": me.pw_name, "internal_group": me.pw_name, "login_user": me.pw_name,
                    "mail_uid": me.pw_uid, "mail_gid": me.pw_gid}

        def user(name: str, fallback: str) -> pwd.struct_passwd:
            try:
                return pwd.getpwnam(name)
            except KeyError:
                return pwd.getpwnam(fallback)

        internal, login, mail = user("dovecot", "nobody"), user("dovenull", "nobody"), user("nobody", "nobody")
        import grp

        return {"internal_user": internal.pw_name, "internal_group": grp.getgrgid(internal.pw_gid).gr_name,
                "login_user": login.pw_name, "mail_uid": mail.pw_uid, "mail_gid": mail.pw_gid}

    def start(self) -> Dovecot:
        accounts = self._accounts()
        self.cert, self.key = make_certificate(self.root)
        (self.root / "passwd").write_text(f"{self.user}:{{PLAIN}}{self.password}\n", encoding="utf-8")
        home = self.root / "home"
        home.mkdir()
        if os.getuid() == 0:
            os.chown(home, int(accounts["mail_uid"]), int(accounts["mail_gid"]))  # type: ignore[arg-type]
        config = self.root / "dovecot.conf"
        config.write_text(CONFIG.format(root=self.root, port=self.port, tls_port=self.tls_port, **accounts), encoding="utf-8")
        self.process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"dovecot stopped at start: {self.log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                    if sock.recv(100).startswith(b"* OK"):
                        return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"dovecot did not answer on 127.0.0.1:{self.port}: {self.log()}")

    def log(self) -> str:
        path = self.root / "dovecot.log"
        text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
        if self.process is not None and self.process.stderr is not None and self.process.poll() is not None:
            text += self.process.stderr.read().decode("utf-8", "replace")
        return text[-3000:]

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        if process is not None and process.stderr is not None:
            process.stderr.close()
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> Dovecot:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the mailbox -------------------------------------------------------------------------

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cert))

    def append(self, raw: bytes, *, folder: str = "INBOX") -> None:
        """Deliver a message the way a mail client files one: IMAP APPEND."""
        with IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10) as client:
            client.login(self.user, self.password)
            if not client.folder_exists(folder):
                client.create_folder(folder)
            client.append(folder, raw)

    def clear(self, *, folder: str = "INBOX") -> None:
        with IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10) as client:
            client.login(self.user, self.password)
            client.select_folder(folder)
            uids = client.search(["ALL"])
            if uids:
                client.delete_messages(uids)
                client.expunge()
