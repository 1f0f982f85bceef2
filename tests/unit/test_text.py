"""Normalisation of names and tags: cleaning for display, folding for comparison."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kiosk.core.text import _clean_unicode, _fold_unicode, clean, fold, strip_accents, tag_key

INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\ufeff\u00ad"
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("  Hélène  ", "Hélène"),
        ("Jean\u00a0 Baptiste", "Jean Baptiste"),
        ("Zo\u0065\u0301", "Zoé"),  # combining acute composed
        ("Ma\u200brc", "Marc"),
        ("\u202eevil\u202c", "evil"),
        ("O\u2019Brien", "O'Brien"),
        ("Jean\u2010Baptiste", "Jean-Baptiste"),
        ("ﬁnance", "finance"),  # NFKC ligature
        ("Line\nbreak\ttab", "Line break tab"),
        ("Bell\x07", "Bell"),
        ("王芳", "王芳"),
        ("נועה", "נועה"),
    ],
)
def test_clean(typed: str, stored: str) -> None:
    assert clean(typed) == stored


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hélène", "HELENE"),
        ("François", "francois"),
        ("  Zoé   Lefèvre ", "zoe lefevre"),
        ("Œnologie", "oenologie"),
        ("STRASSE", "straße"),
        ("Ångström", "angstrom"),
    ],
)
def test_fold_equal_for_case_and_accent_variants(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_fold_keeps_other_scripts() -> None:
    assert fold("Δημήτρης") == fold("ΔΗΜΗΤΡΗΣ") == "δημητρησ"  # casefold: final sigma too
    assert fold("王芳") == "王芳"


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Levée de fonds", "levee-de-fonds"),
        ("  IA « générative » ", "ia-generative"),
        ("UX/UI", "ux-ui"),
        ("C++", "c"),
        ("Prise de parole en public!", "prise-de-parole-en-public"),
        ("日本語", "日本語"),
    ],
)
def test_tag_key(label: str, key: str) -> None:
    assert tag_key(label) == key


texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)


@given(texts)
def test_clean_is_idempotent(text: str) -> None:
    assert clean(clean(text)) == clean(text)


@given(texts)
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(texts)
def test_no_control_or_bidi_character_survives(text: str) -> None:
    for result in (clean(text), fold(text), tag_key(text)):
        for ch in result:
            assert ch not in INVISIBLE
            assert unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn"} or ch == " ", (
                repr(ch)
            )


@given(texts)
def test_clean_has_no_edge_or_double_spaces(text: str) -> None:
    cleaned = clean(text)
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned


@given(st.text(alphabet="aeiouAEIOUéèêëàâäîïôöùûüçÉÈÀÇŒœ ", max_size=30))
def test_fold_equal_for_case_and_accent_variants_property(text: str) -> None:
    assert fold(text) == fold(strip_accents(text).upper())
    assert fold(text) == fold(text.lower())


# Names, emails and tickets as lists hold them: ASCII, with the characters the slow path
# treats specially (spaces, "`", controls, DEL) drawn often, then any text at all.
ascii_texts = st.text(
    alphabet=st.one_of(
        st.characters(max_codepoint=0x7F),
        st.sampled_from(" `'-AZaz09@.\t\n\r\x0b\x0c\x1c\x1f\x7f\x00"),
    ),
    max_size=40,
)


@settings(max_examples=500)
@given(st.one_of(ascii_texts, texts))
@example(" Ana  O`Neil ")
@example("Ana\x7f")
def test_the_ascii_fast_path_gives_what_the_unicode_path_gives(text: str) -> None:
    assert clean(text) == _clean_unicode(text)
    assert fold(text) == _fold_unicode(text)


@pytest.mark.parametrize(
    ("text", "cleaned", "folded"),
    [
        ("  Marc   O`Neil ", "Marc O'Neil", "marc o'neil"),
        ("Jean.Dupont@Example.COM", "Jean.Dupont@Example.COM", "jean.dupont@example.com"),
        ("T-000042", "T-000042", "t-000042"),
        ("", "", ""),
    ],
)
def test_plain_ascii(text: str, cleaned: str, folded: str) -> None:
    assert (clean(text), fold(text)) == (cleaned, folded)
