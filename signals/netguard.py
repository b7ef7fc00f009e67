"""Which network addresses a fetch may connect to: the SSRF policy, judged after DNS resolution.

A feed, a careers page or a redirect chooses where we connect, so every connection is checked:
loopback, private (RFC 1918, CGNAT, ULA), link-local, cloud metadata, unspecified, multicast and
reserved addresses are refused unless the workspace says `[http] allow_private = true`. Cloud
metadata endpoints are refused even then: nothing Outrider reads lives there, and they hand out
credentials. IPv4 hidden inside IPv6 (mapped, 6to4, NAT64, IPv4-compatible) is judged as the IPv4
it carries, and legacy IPv4 spellings (`2130706433`, `0x7f.1`, `0177.0.0.1`) as the address they
mean. The transport in `signals/http.py` connects to exactly the address checked here, so a
second DNS answer cannot swap it (no rebinding gap).
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

#: Host names of cloud metadata services, refused before any lookup.
METADATA_HOSTS = frozenset(
    {"metadata.google.internal", "metadata.goog", "metadata", "instance-data", "instance-data.ec2.internal"}
)
#: Cloud metadata addresses (AWS, GCP, Azure, OpenStack on 169.254.169.254; AWS IPv6; Alibaba;
#: Oracle's 192.0.0.192), refused even with allow_private.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200", "192.0.0.192")
)

_RFC1918 = tuple(ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))
_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_ULA = ipaddress.ip_network("fc00::/7")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
_LEGACY_IPV4 = re.compile(r"^(?:0x[0-9a-f]+|[0-9]+)(?:\.(?:0x[0-9a-f]+|[0-9]+)){0,3}$", re.IGNORECASE)

Resolver = Callable[[str, int], list[str]]


class AddressRefused(Exception):
    """A connection the policy does not allow. `reason` says why in words an operator can act on."""

    def __init__(self, host: str, address: str | None, reason: str) -> None:
        where = host if address is None or address == host else f"{host} ({address})"
        super().__init__(f"refused to connect to {where}: {reason}")
        self.host = host
        self.address = address
        self.reason = reason


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for `host`, in its order of preference."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for *_ignored, sockaddr in infos:
        address = str(sockaddr[0])
        if address not in seen:
            seen.append(address)
    return seen


def literal_address(host: str) -> IPAddress | None:
    """The address a host written as an IP literal means, in any spelling the resolver accepts."""
    text = host.strip().strip("[]").rstrip(".")
    if "%" in text:  # a scoped IPv6 literal (fe80::1%eth0) is still its address
        text = text.split("%", 1)[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        pass
    if _LEGACY_IPV4.match(text):
        try:
            # inet_aton reads the legacy forms: one to four parts, decimal, octal (leading 0) or hex.
            return ipaddress.IPv4Address(socket.inet_aton(text))
        except OSError:
            return None
    return None


def embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, 6to4, NAT64, IPv4-compatible), if any."""
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64 or address in _NAT64_LOCAL:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address in _IPV4_COMPATIBLE and int(address) > 1:  # :: and ::1 are themselves, not IPv4
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def is_metadata(address: IPAddress) -> bool:
    inner = embedded_ipv4(address)
    return address in METADATA_ADDRESSES or (inner is not None and inner in METADATA_ADDRESSES)


def private_reason(address: IPAddress) -> str | None:
    """Why `address` is not a public internet address, or None when it is one."""
    inner = embedded_ipv4(address)
    if inner is not None:
        why = private_reason(inner)
        return f"{why} (written as the IPv6 address {address})" if why else None
    if address in METADATA_ADDRESSES:
        return "a cloud metadata address"
    if address.is_loopback:
        return "a loopback address"
    if address.is_unspecified:
        return "the unspecified address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_multicast:
        return "a multicast address"
    if address in _CGNAT:
        return "a carrier-grade NAT (shared) address"
    if isinstance(address, ipaddress.IPv6Address) and address in _ULA:
        return "a private (unique local) address"
    if any(address in net for net in _RFC1918):
        return "a private address"
    if not address.is_global:
        return "a reserved address, not on the public internet"
    return None


@dataclass(frozen=True)
class AddressPolicy:
    """Decides which addresses a connection may go to, and resolves host names to check them.

    `public_endpoints` lists (address, port) pairs that count as public although they are not:
    tests serve "the internet" from a loopback port this way while every other loopback address
    stays refused. `resolve` is the DNS lookup (the system's by default; tests map names).
    """

    allow_private: bool = False
    public_endpoints: Collection[tuple[str, int]] = field(default_factory=frozenset)
    resolve: Resolver = system_resolver

    def check_address(self, host: str, address: IPAddress, port: int) -> None:
        """Raise AddressRefused unless a connection to `address` (found for `host`) is allowed."""
        if is_metadata(address):
            raise AddressRefused(host, str(address), "a cloud metadata address; never fetched")
        if self.allow_private or (str(address), port) in self.public_endpoints:
            return
        why = private_reason(address)
        if why is not None:
            raise AddressRefused(
                host,
                str(address),
                f"{why}; set `allow_private = true` under [http] in outrider.toml "
                "if this internal address is meant to be read",
            )

    def addresses_for(self, host: str, port: int) -> list[str]:
        """The checked addresses to connect to for host:port; AddressRefused if any is refused.

        Every address the name resolves to must pass: a name that answers with one public and
        one internal address is refused rather than trusted half-way.
        """
        name = host.strip().strip("[]").rstrip(".").lower()
        if name in METADATA_HOSTS:
            raise AddressRefused(host, None, "a cloud metadata host; never fetched")
        literal = literal_address(name)
        if literal is not None:
            self.check_address(host, literal, port)
            return [str(literal)]
        try:
            found = self.resolve(name, port)
        except (OSError, UnicodeError) as exc:
            raise socket.gaierror(f"could not resolve {host}: {exc}") from exc
        if not found:
            raise socket.gaierror(f"could not resolve {host}: no address")
        checked: list[str] = []
        for text in found:
            address = ipaddress.ip_address(text.split("%", 1)[0])
            self.check_address(host, address, port)
            checked.append(text)
        return checked
