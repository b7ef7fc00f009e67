"""The network policy: which addresses a fetch may reach, judged after resolution, in every spelling."""

from __future__ import annotations

import ipaddress

import pytest

from signals.netguard import AddressPolicy, AddressRefused, embedded_ipv4, literal_address, private_reason

REFUSED = {
    "127.0.0.1": "loopback",
    "127.8.9.10": "loopback",
    "::1": "loopback",
    "10.1.2.3": "private",
    "172.16.0.9": "private",
    "172.31.255.255": "private",
    "192.168.1.1": "private",
    "100.64.0.1": "carrier-grade NAT",
    "100.127.255.254": "carrier-grade NAT",
    "fc00::1": "unique local",
    "fd12:3456::1": "unique local",
    "169.254.10.20": "link-local",
    "fe80::1": "link-local",
    "169.254.169.254": "metadata",
    "fd00:ec2::254": "metadata",
    "0.0.0.0": "unspecified",
    "::": "unspecified",
    "224.0.0.251": "multicast",
    "239.1.2.3": "multicast",
    "ff02::1": "multicast",
    "240.0.0.1": "reserved",
    "255.255.255.255": "reserved",
    "192.0.2.10": "reserved",  # TEST-NET-1: documentation only
    "198.18.0.1": "reserved",  # benchmarking
    # IPv4 hidden in IPv6 is judged as the IPv4 it carries.
    "::ffff:127.0.0.1": "loopback",
    "::ffff:10.0.0.1": "private",
    "::ffff:169.254.169.254": "metadata",
    "64:ff9b::7f00:1": "loopback",  # NAT64 of 127.0.0.1 (Python calls it global)
    "2002:7f00:1::": "loopback",  # 6to4 of 127.0.0.1 (Python calls it global)
    "2002:a9fe:a9fe::": "metadata",
    "::127.0.0.1": "loopback",  # IPv4-compatible (deprecated)
}

PUBLIC = ["8.8.8.8", "1.1.1.1", "93.184.216.34", "140.82.112.3", "2606:4700:4700::1111", "2a00:1450:4001:82a::200e"]


@pytest.mark.parametrize(("address", "why"), sorted(REFUSED.items()))
def test_internal_addresses_are_refused_with_a_reason(address: str, why: str) -> None:
    policy = AddressPolicy()
    reason = private_reason(ipaddress.ip_address(address))
    assert reason is not None and why in reason
    with pytest.raises(AddressRefused) as info:
        policy.addresses_for(address, 80)
    assert why in str(info.value) and address in str(info.value)


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address: str) -> None:
    assert private_reason(ipaddress.ip_address(address)) is None
    assert AddressPolicy().addresses_for(address, 443) == [str(ipaddress.ip_address(address))]


@pytest.mark.parametrize(
    "spelling", ["2130706433", "0x7f000001", "0177.0.0.1", "0x7f.1", "127.1", "017700000001", "[::ffff:7f00:1]"]
)
def test_every_spelling_of_loopback_is_loopback(spelling: str) -> None:
    literal = literal_address(spelling)
    assert literal is not None
    assert (embedded_ipv4(literal) or literal) == ipaddress.ip_address("127.0.0.1")
    with pytest.raises(AddressRefused, match="loopback"):
        AddressPolicy().addresses_for(spelling, 80)


def test_host_names_are_not_mistaken_for_numbers() -> None:
    assert literal_address("deadbeef") is None
    assert literal_address("feeds.example.com") is None
    assert literal_address("1.2.3.4.example") is None


def test_names_are_judged_after_resolution_and_any_internal_answer_refuses_the_name() -> None:
    answers = {"feeds.example": ["93.184.216.34"], "sneaky.example": ["93.184.216.34", "10.0.0.5"],
               "internal.example": ["192.168.0.10"]}
    policy = AddressPolicy(resolve=lambda host, port: answers[host])
    assert policy.addresses_for("feeds.example", 443) == ["93.184.216.34"]
    assert policy.addresses_for("FEEDS.example.", 443) == ["93.184.216.34"]
    for name in ("sneaky.example", "internal.example"):
        with pytest.raises(AddressRefused, match="private address"):
            policy.addresses_for(name, 443)


def test_localhost_resolves_to_loopback_and_is_refused() -> None:
    with pytest.raises(AddressRefused, match="loopback"):
        AddressPolicy().addresses_for("localhost", 80)


def test_allow_private_opens_internal_addresses_but_never_metadata() -> None:
    policy = AddressPolicy(allow_private=True)
    assert policy.addresses_for("127.0.0.1", 80) == ["127.0.0.1"]
    assert policy.addresses_for("10.0.0.1", 80) == ["10.0.0.1"]
    for target in ("169.254.169.254", "fd00:ec2::254", "::ffff:169.254.169.254", "metadata.google.internal",
                   "METADATA.google.internal."):
        with pytest.raises(AddressRefused, match="metadata"):
            policy.addresses_for(target, 80)


def test_a_vouched_for_endpoint_counts_as_public_only_on_its_port() -> None:
    policy = AddressPolicy(public_endpoints=frozenset({("127.0.0.1", 8080)}))
    assert policy.addresses_for("127.0.0.1", 8080) == ["127.0.0.1"]
    with pytest.raises(AddressRefused, match="loopback"):
        policy.addresses_for("127.0.0.1", 8081)
    with pytest.raises(AddressRefused, match="metadata"):
        AddressPolicy(public_endpoints=frozenset({("169.254.169.254", 80)})).addresses_for("169.254.169.254", 80)


def test_an_unresolvable_name_is_a_lookup_error_not_a_refusal() -> None:
    policy = AddressPolicy(resolve=lambda host, port: [])
    with pytest.raises(OSError, match="could not resolve"):
        policy.addresses_for("nowhere.example", 80)
