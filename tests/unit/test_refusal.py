"""Refusals of names, tags and tag counts carry a reason code the UI can explain."""

from __future__ import annotations

import pytest

from kiosk.core.guest import TagKind
from kiosk.core.refusal import (
    MAX_TAGS_PER_KIND,
    RefusalCode,
    check_name,
    check_tag_count,
    check_tag_label,
)
from kiosk.core.text import NAME_MAX_LENGTH, TAG_MAX_LENGTH
from kiosk.core.titles import TitleRules


@pytest.mark.parametrize("text", ["", "   ", "\u200b\u200b", "!!!", "- '"])
def test_empty_is_refused(text: str) -> None:
    refusal = check_name(text)
    assert refusal is not None
    assert refusal.code is RefusalCode.EMPTY


def test_too_long() -> None:
    refusal = check_tag_label("x" * (TAG_MAX_LENGTH + 1), TitleRules())
    assert refusal is not None
    assert refusal.code is RefusalCode.TOO_LONG
    assert refusal.limit == TAG_MAX_LENGTH
    assert check_name("y" * NAME_MAX_LENGTH) is None


@pytest.mark.parametrize("text", ["Merde", "connard", "f u c k", "Bull SHIT", "Putain de jazz"])
def test_offensive(text: str) -> None:
    refusal = check_tag_label(text, TitleRules())
    assert refusal is not None
    assert refusal.code is RefusalCode.OFFENSIVE


@pytest.mark.parametrize("name", ["Hélène", "Jean-Baptiste", "N'Diaye", "王芳", "Dick", "Cécile"])
def test_real_names_pass(name: str) -> None:
    assert check_name(name) is None


def test_title_refusal_names_the_title() -> None:
    refusal = check_tag_label("  Head of   Sales ", TitleRules())
    assert refusal is not None
    assert refusal.code is RefusalCode.JOB_TITLE
    assert refusal.detail == "Head of Sales"


@pytest.mark.parametrize(
    ("count", "code"),
    [(0, RefusalCode.TOO_FEW), (1, None), (5, None), (6, RefusalCode.TOO_MANY)],
)
def test_tag_counts(count: int, code: RefusalCode | None) -> None:
    refusal = check_tag_count(TagKind.SKILL, [f"t{i}" for i in range(count)])
    assert (refusal.code if refusal else None) is code
    if refusal is not None:
        assert refusal.kind is TagKind.SKILL
        assert refusal.limit in {1, MAX_TAGS_PER_KIND}


def test_duplicates_do_not_count_twice() -> None:
    assert check_tag_count(TagKind.INTEREST, ["jazz"] * 6) is None
