"""The badge QR's vCard: fields, escaping, contact kinds, caps on size."""

from __future__ import annotations

import pytest

from kiosk.core.vcard import (
    NAME_MAX_CHARS,
    ContactKind,
    classify_contact,
    escape,
    truncate,
    vcard,
    vcard_payload,
)


def test_vcard_has_version_name_and_crlf_lines() -> None:
    card = vcard("Hélène", "Lefèvre", "")
    assert card == (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lefèvre;Hélène;;;\r\nFN:Hélène Lefèvre\r\nEND:VCARD\r\n"
    )


def test_payload_is_utf8_bytes() -> None:
    assert vcard_payload("Zoé").decode("utf-8") == vcard("Zoé")
    assert "Zoé".encode() in vcard_payload("Zoé")


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a,b", "a\\,b"),
        ("a;b", "a\\;b"),
        ("a\\b", "a\\\\b"),
        ("a\nb", "a\\nb"),
        ("a\r\nb", "a\\nb"),
        ("\\,;", "\\\\\\,\\;"),
    ],
)
def test_escape(raw: str, escaped: str) -> None:
    assert escape(raw) == escaped


def test_special_characters_in_names_are_escaped_in_both_fields() -> None:
    card = vcard("Jean;Luc", "Dupont, Jr\\", "")
    assert "N:Dupont\\, Jr\\\\;Jean\\;Luc;;;\r\n" in card
    assert "FN:Jean\\;Luc Dupont\\, Jr\\\\\r\n" in card


def test_email_goes_to_the_email_field() -> None:
    card = vcard("Ana", "Ruiz", "ana@example.org")
    assert "EMAIL;TYPE=INTERNET:ana@example.org\r\n" in card
    assert "URL:" not in card


@pytest.mark.parametrize(
    ("contact", "url"),
    [
        ("https://example.org/a,b;c", "https://example.org/a,b;c"),
        ("linkedin.com/in/ana-ruiz", "https://linkedin.com/in/ana-ruiz"),
        ("www.example.fr", "https://www.example.fr"),
    ],
)
def test_links_go_to_the_url_field_unescaped(contact: str, url: str) -> None:
    assert f"URL:{url}\r\n" in vcard("Ana", "", contact)


@pytest.mark.parametrize(
    ("contact", "kind"),
    [
        ("", ContactKind.NONE),
        ("   ", ContactKind.NONE),
        ("mailto:a@b.fr", ContactKind.EMAIL),
        ("a@b.fr", ContactKind.EMAIL),
        ("@ana_ruiz", ContactKind.OTHER),
        ("ana at work", ContactKind.OTHER),
        ("https://x.org", ContactKind.URL),
        ("https://mastodon.social/@ana", ContactKind.URL),
    ],
)
def test_classify_contact(contact: str, kind: ContactKind) -> None:
    assert classify_contact(contact)[0] is kind


def test_other_contacts_are_kept_as_a_note() -> None:
    assert "NOTE:@ana_ruiz\r\n" in vcard("Ana", "", "@ana_ruiz")


def test_no_contact_still_gives_a_card_with_the_name() -> None:
    card = vcard("Ana", "Ruiz", "")
    assert "FN:Ana Ruiz" in card
    assert "EMAIL" not in card
    assert "URL" not in card
    assert "NOTE" not in card


def test_first_name_only() -> None:
    assert "N:;Ana;;;\r\nFN:Ana\r\n" in vcard("Ana")


def test_long_names_are_capped_so_the_code_stays_small() -> None:
    payload = vcard_payload("क्षि" * 200, "名" * 500, "https://example.org/" + "x" * 500)
    assert len(payload) < 1000
    first = "क्षि" * 200
    assert truncate(first, NAME_MAX_CHARS) in payload.decode()


def test_truncate_never_leaves_a_dangling_combining_mark() -> None:
    text = "e\u0301" * 30  # "é" as e + combining acute
    cut = truncate(text, 41)
    assert len(cut) == 40
    assert cut == "e\u0301" * 20
    assert truncate("कि" * 30, 41) == "कि" * 20  # a vowel sign stays with its consonant
    assert truncate("short", 40) == "short"
