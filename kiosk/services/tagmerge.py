"""Merging one tag into another: the one implementation behind the vocabulary page and the
moderation list (kiosk.services.vocabulary, kiosk.services.moderation), inside their unit of work.
"""

from __future__ import annotations

from dataclasses import replace

from kiosk.core.guest import TagKind
from kiosk.core.tags import Approval, Tag
from kiosk.core.vocabularyedit import merged_synonyms, replace_key
from kiosk.storage.unitofwork import UnitOfWork


def merge_tag(uow: UnitOfWork, event_id: str, source: Tag, target: Tag) -> int:
    """Every guest holding ``source`` holds ``target`` instead, in its place (never twice, so
    never more than the tags a kind allows); ``source`` goes. Returns how many guests moved.

    The target becomes sensitive if either was (a guest who chose a sensitive tag stays off
    the wall with it) and approved if it was pending (chosen as a target: reviewed).

    A source the organiser wrote gives the target its labels, synonyms and key as synonyms:
    whoever types them finds the target. A source a guest typed gives it nothing: its words
    (maybe the guest's name) would outlive the guest's erasure as synonyms; the organiser can
    add the synonym by hand (a vocabulary file, or a tag of their own merged in). Deleting it
    forgets its key in the change log (the guest-typed tag rule: kiosk.storage.tags).

    Entries: the target's ``tag_updated`` (when it changed), one ``guest_tags_set`` per guest
    and kind moved, the source's ``tag_deleted``.
    """
    if source.key == target.key:
        raise ValueError("a tag cannot be merged into itself")
    typed = bool(uow.tags.typed_keys(event_id, among=[source.key]))
    merged = replace(
        target,
        synonyms=target.synonyms if typed else merged_synonyms(target, source),
        sensitive=target.sensitive or source.sensitive,
        approval=Approval.APPROVED if target.approval is Approval.PENDING else target.approval,
    )
    holders = uow.tags.holders(event_id, source.key)
    if merged != target:
        fields = [
            name
            for name, changed in (
                ("synonyms", merged.synonyms != target.synonyms),
                ("sensitive", merged.sensitive != target.sensitive),
                ("approval", merged.approval is not target.approval),
            )
            if changed
        ]
        uow.tags.update(event_id, merged, fields, merged_guests=len(holders))
    moved = 0
    for guest_id in holders:
        guest = uow.guests.get(guest_id)
        if guest is None:
            continue
        moved += 1
        for kind in TagKind:
            if source.key in guest.tags(kind):
                keys = replace_key(guest.tags(kind), source.key, target.key)
                uow.guests.set_tags(guest_id, kind, keys)
    uow.tags.delete(event_id, source.key, merged=True)
    return moved
