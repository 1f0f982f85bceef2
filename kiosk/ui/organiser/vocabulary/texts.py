"""The vocabulary page's words for the codes services return: refusals, file problems, verdicts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core.refusal import Refusal, RefusalCode
from kiosk.core.titletest import PhraseVerdict
from kiosk.core.vocabularyedit import EditProblem, EditRefusal
from kiosk.core.vocabularyfile import FileProblem, FileProblemCode


def language_name(language: str) -> str:
    if language == "fr":
        return QCoreApplication.translate("vocabulary", "French label")
    if language == "en":
        return QCoreApplication.translate("vocabulary", "English label")
    return QCoreApplication.translate("vocabulary", "Label")


def refusal_text(refusal: Refusal) -> str:
    """Why a label was refused, as a guest's would be."""
    code = refusal.code
    if code is RefusalCode.EMPTY:
        return QCoreApplication.translate("vocabulary", "is empty.")
    if code is RefusalCode.TOO_LONG:
        return QCoreApplication.translate("vocabulary", "is longer than %1 characters.").replace(
            "%1", str(refusal.limit)
        )
    if code is RefusalCode.OFFENSIVE:
        return QCoreApplication.translate(
            "vocabulary", "contains a word kept off the wall (“%1”)."
        ).replace("%1", refusal.detail)
    if code is RefusalCode.JOB_TITLE:
        return QCoreApplication.translate(
            "vocabulary", "reads as a job title or a rank (“%1”): tags say what people know."
        ).replace("%1", refusal.detail)
    return QCoreApplication.translate("vocabulary", "is not accepted.")


def edit_refusal_text(refusal: EditRefusal, name_of: dict[str, str]) -> str:
    """``name_of``: tag and category keys -> their label, to name the one in the way."""
    problem = refusal.problem
    if problem is EditProblem.LABEL and refusal.refusal is not None:
        return f"{language_name(refusal.language)} {refusal_text(refusal.refusal)}"
    if problem is EditProblem.DUPLICATE:
        other = name_of.get(refusal.detail, refusal.detail)
        return QCoreApplication.translate(
            "vocabulary", "“%1” already has this label or synonym: merge instead?"
        ).replace("%1", other)
    if problem is EditProblem.UNKNOWN_TAG:
        return QCoreApplication.translate(
            "vocabulary", "This tag no longer exists (merged or removed meanwhile)."
        )
    if problem is EditProblem.UNKNOWN_CATEGORY:
        return QCoreApplication.translate(
            "vocabulary", "This category no longer exists: choose another one."
        )
    if problem is EditProblem.SAME_TAG:
        return QCoreApplication.translate("vocabulary", "Choose another tag to merge into.")
    if problem is EditProblem.PATTERN:
        return pattern_text(refusal.pattern).replace("%1", refusal.detail)
    return QCoreApplication.translate("vocabulary", "This change was not made.")


def pattern_text(code: str) -> str:
    """Why a title pattern cannot be used; %1 is the pattern."""
    if code == "only_wildcards":
        return QCoreApplication.translate(
            "vocabulary", "“%1” has no word: it would refuse every tag."
        )
    if code == "too_long":
        return QCoreApplication.translate("vocabulary", "“%1” is too long for a pattern.")
    if code == "duplicate":
        return QCoreApplication.translate("vocabulary", "“%1” is in the list twice.")
    return QCoreApplication.translate("vocabulary", "“%1” is empty.")


def verdict_text(verdict: PhraseVerdict) -> str:
    """What a guest typing the phrase would see, and which pattern decides."""
    if not verdict.phrase.strip():
        return ""
    refusal = verdict.refusal
    if refusal is not None and refusal.code is RefusalCode.JOB_TITLE:
        return QCoreApplication.translate(
            "vocabulary", "Refused as a job title, by the pattern “%1”."
        ).replace("%1", verdict.block or "")
    if refusal is not None:
        lead = QCoreApplication.translate("vocabulary", "Refused: the phrase")
        return f"{lead} {refusal_text(refusal)}"
    if verdict.block is not None and verdict.allow is not None:
        return (
            QCoreApplication.translate(
                "vocabulary", "Accepted: the exception “%1” lets it through “%2”."
            )
            .replace("%1", verdict.allow)
            .replace("%2", verdict.block)
        )
    return QCoreApplication.translate("vocabulary", "Accepted: no pattern refuses it.")


def file_problem_text(problem: FileProblem) -> str:
    """One line of an import report: where, then what."""
    where = ""
    if problem.section == "tags" and problem.entry:
        where = QCoreApplication.translate("vocabulary", "Line %1, tag %2").replace(
            "%1", str(problem.line)
        )
    elif problem.section == "categories" and problem.entry:
        where = QCoreApplication.translate("vocabulary", "Line %1, category %2").replace(
            "%1", str(problem.line)
        )
    elif problem.line:
        where = QCoreApplication.translate("vocabulary", "Line %1").replace("%1", str(problem.line))
    where = where.replace("%2", str(problem.entry))
    if problem.key:
        where = f"{where} ({problem.key})"
    return f"{where}: {_file_problem_what(problem)}" if where else _file_problem_what(problem)


def _file_problem_what(problem: FileProblem) -> str:
    code = problem.code
    if code is FileProblemCode.SYNTAX:
        return QCoreApplication.translate(
            "vocabulary", "this is not a readable JSON file (%1)."
        ).replace("%1", problem.detail)
    if code is FileProblemCode.NOT_AN_OBJECT:
        return QCoreApplication.translate("vocabulary", "expected an entry between { and }.")
    if code is FileProblemCode.NOT_A_LIST:
        return QCoreApplication.translate("vocabulary", "expected a list between [ and ].")
    if code is FileProblemCode.NO_TAGS:
        return QCoreApplication.translate("vocabulary", "the file holds no category and no tag.")
    if code is FileProblemCode.MISSING_LABEL:
        missing = QCoreApplication.translate("vocabulary", "is missing.")
        return f"{language_name(problem.language)} {missing}"
    if code is FileProblemCode.BAD_LABEL and problem.refusal is not None:
        return f"{language_name(problem.language)} {refusal_text(problem.refusal)}"
    if code is FileProblemCode.BAD_SYNONYM and problem.refusal is not None:
        return (
            QCoreApplication.translate("vocabulary", "the synonym “%1” was left out: it %2")
            .replace("%1", problem.detail)
            .replace("%2", refusal_text(problem.refusal))
        )
    if code is FileProblemCode.BAD_KEY:
        return QCoreApplication.translate(
            "vocabulary", "the key must be lowercase letters, digits and hyphens."
        )
    if code is FileProblemCode.DUPLICATE_KEY:
        return QCoreApplication.translate("vocabulary", "another entry above has the same key.")
    if code is FileProblemCode.DUPLICATE_LABEL:
        return QCoreApplication.translate(
            "vocabulary", "the tag “%1” already has this label."
        ).replace("%1", problem.detail)
    if code is FileProblemCode.UNKNOWN_CATEGORY:
        return QCoreApplication.translate("vocabulary", "no category has the key “%1”.").replace(
            "%1", problem.detail
        )
    if code is FileProblemCode.BAD_FIELD:
        return QCoreApplication.translate(
            "vocabulary", "the field “%1” has a value of the wrong type."
        ).replace("%1", problem.detail)
    return QCoreApplication.translate("vocabulary", "this entry cannot be used.")
