"""Finding a sealed case again: keyed hashes of what 查找办件 searches by (blind indexes).

The database holds no ID number, name or phone in clear (server/sealing/columns.py). For each
case it holds, in `case_lookups`, the HMAC under the current data key of each thing a clerk may
type to find it: every person's certificate number, the last MIN_PHONE digits of their phone,
and the parts of their name a search may give (every run of two or more characters of a name
up to SHORT_NAME long, so 小明 finds 王小明; of a longer Latin name, every run of whole words,
so "mueller" finds MUELLER ANNA MARIA). The hall's code is hashed in, so one person's cases in
two halls do not share a hash. A search hashes what was typed under every key (a rotation may
be half done), narrows to those cases in SQL, and the domain's own rule
(app.domain.case_search.matches) then checks each candidate opened.

What a reader of the database learns: that two cases share a hashed value, and how often a
value occurs; not the value. One character of a name is never hashed (the domain asks for two).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, event, insert, inspect, select
from sqlalchemy.orm import Session

from app.domain.case_search import MIN_PHONE, CaseSearch, people_of, phone_digits
from server.sealing.columns import keyring_of
from server.sealing.keyring import DataKeyring
from server.store.models import CaseLookupRow, ServerCaseRow
from server.sync.bulk import bulk_insert

SHORT_NAME = 12  # longer names (Latin ones) are hashed by whole words only


def name_parts(name: str) -> set[str]:
    normal = " ".join(name.casefold().split())
    if len(normal) < 2:
        return set()
    if len(normal) <= SHORT_NAME:
        return {normal[i:j] for i in range(len(normal)) for j in range(i + 2, len(normal) + 1)}
    words = normal.split(" ")
    return {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}


def lookup_texts(snapshot: dict | None) -> set[str]:
    """What one case is found by (before hashing)."""
    snapshot = snapshot if isinstance(snapshot, dict) else {}
    found: set[str] = set()
    for person in people_of(snapshot.get("applicant"), snapshot.get("second_party")):
        if not isinstance(person, dict):
            continue
        if cert := str(person.get("cert_number") or "").strip().upper():
            found.add(f"cert:{cert}")
        if len(phone := phone_digits(str(person.get("phone") or ""))) >= MIN_PHONE:
            found.add(f"phone:{phone[-MIN_PHONE:]}")
        for name in (person.get("name"), person.get("english_name")):
            found |= {f"name:{part}" for part in name_parts(str(name or ""))}
    return found


def search_texts(search: CaseSearch) -> list[str]:
    """What a search looks up, one text per criterion given (each must match)."""
    texts = []
    if search.cert_number:
        texts.append(f"cert:{search.cert_number.upper()}")
    if search.phone:
        texts.append(f"phone:{search.phone[-MIN_PHONE:]}")
    if search.name:
        texts.append(f"name:{' '.join(search.name.casefold().split())}")
    return texts


def _message(hall_code: str, text: str) -> str:
    return f"{hall_code}|{text}"


def lookup_rows(keyring: DataKeyring, cases: Iterable[tuple[str, str, dict]]) -> list[dict]:
    """The case_lookups rows of these cases (id, hall, snapshot in clear), under the current key."""
    key_id = keyring.current_id
    return [
        {"hall_code": hall, "digest": keyring.lookup(_message(hall, text), key_id), "case_id": case_id}
        for case_id, hall, snapshot in cases
        for text in sorted(lookup_texts(snapshot))
    ]


def replace_case_lookups(
    session: Session, keyring: DataKeyring, cases: Iterable[tuple[str, str, dict]], new: int = 0
) -> None:
    """The lookups of these cases as their snapshots now say (a push's batch: one COPY); the
    first `new` of them were just inserted and have none to replace."""
    cases = list(cases)
    if not cases:
        return
    if len(cases) > new:
        old = [c[0] for c in cases[new:]]
        session.execute(delete(CaseLookupRow).where(CaseLookupRow.case_id.in_(old)))
    bulk_insert(session, CaseLookupRow.__table__, lookup_rows(keyring, cases))


@event.listens_for(ServerCaseRow, "after_insert")
@event.listens_for(ServerCaseRow, "after_update")
def _lookups_follow_the_snapshot(_mapper, connection, case: ServerCaseRow) -> None:
    """A case written through the ORM (not a push's bulk write) keeps its lookups too."""
    if not inspect(case).attrs.snapshot.history.has_changes():
        return
    connection.execute(delete(CaseLookupRow).where(CaseLookupRow.case_id == case.id))
    rows = lookup_rows(keyring_of(connection), [(case.id, case.hall_code, case.snapshot)])
    if rows:
        connection.execute(insert(CaseLookupRow), rows)


def cases_found_by(keyring: DataKeyring, hall_code: str, text: str):
    """The ids of the hall's cases one searched text hashes to, under any key."""
    digests = keyring.lookups(_message(hall_code, text))
    return select(CaseLookupRow.case_id).where(
        CaseLookupRow.hall_code == hall_code, CaseLookupRow.digest.in_(digests)
    )
