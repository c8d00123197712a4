"""Scanned pages (扫描件) attached to the materials of a case.

Each change is one transaction that also writes its outbox mutation (page.attached with the
image's SHA-256 and size, so sync can upload the file later by its hash; page.rotated,
page.moved, page.deleted). The image file is stored durably before the row commits (see
page_files.py), and a page that fails a check is refused whole: nothing stored is lost.

When pages may change (the case's state):
- 收件中 and 待补正: any material of the case — the window is still taking the application in.
- 已受理 … 待出件: only materials accepted as 容缺后补, whose paper comes later (补交).
- 不予受理, 已出件, 已终止: none; those cases are closed records.
- The 授权委托书 of a 代领 (collectors.AUTHORISATION_CODE): while the result waits to be handed out.

Each mutation names the account of the clerk signed in (actor_username; None where nobody signed
in), which the server checks as for case events (app/domain/window_accounts.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.case_status import CaseStatus
from app.domain.cases import NO_SUCH_MATERIAL, Case
from app.domain.collectors import AUTHORISATION_CODE
from app.domain.materials_check import MaterialState
from app.domain.messages import QT_TRANSLATE_NOOP, Message, joined, message_of
from app.services.clock import Clock
from app.services.config import WindowConfig, WindowContext, window_context
from app.services.errors import NotFound, Problem, RuleViolation, StorageError, ValidationFailed
from app.services.pages.files import PageFiles
from app.services.pages.images import EXTENSIONS, ImageProblem, PreparedPage, prepare, thumbnail
from app.services.pages.images import thumbnail_of_stored as _thumbnail_of_stored
from app.store.models import CasePageRow
from app.store.page_repository import PageRepository
from app.store.sealed_files import SealedFileLocked, SealedFileUnreadable
from app.store.unit_of_work import UnitOfWork

THUMB_SIDE = 160  # the strip's thumbnails; made while attaching so the first look costs nothing
_INTAKE = frozenset({CaseStatus.DRAFT, CaseStatus.SUPPLEMENT_REQUESTED})


DEFERRED_ONLY = QT_TRANSLATE_NOOP(
    "messages", "办件已“{status}”，只能为容缺后补的材料添加扫描件，“{name}”不是"
)
PAGES_CLOSED = QT_TRANSLATE_NOOP("messages", "办件已“{status}”，扫描件不能再添加或修改")
IMAGE_GONE = QT_TRANSLATE_NOOP("messages", "扫描件的图像文件不在本机（可能已被删除）：请重新扫描该页。")
IMAGE_DAMAGED = QT_TRANSLATE_NOOP(
    "messages", "扫描件的加密图像文件已损坏，无法打开：请重新扫描该页（办件的其他内容不受影响）。"
)
IMAGE_PURGED = QT_TRANSLATE_NOOP(
    "messages", "该办件已办结，扫描件已按大厅规定的保存期限从本机清除；存档保存在中心服务器。"
)
IMAGE_DAMAGED = QT_TRANSLATE_NOOP("messages", "扫描件的图像文件已损坏：请删除该页后重新扫描。")
PAGE_GONE = QT_TRANSLATE_NOOP("messages", "找不到该扫描件，可能已被删除。")
SAME_PAGE = QT_TRANSLATE_NOOP("messages", "这一页与该材料中已有的扫描件完全相同，未重复添加。")
NTH_FILE = QT_TRANSLATE_NOOP("messages", "第{n}个文件：{problem}")
NOT_ADDED = QT_TRANSLATE_NOOP("messages", "扫描件未添加。{problems}")
DISK_FULL = QT_TRANSLATE_NOOP("messages", "扫描件无法写入本机磁盘（{error}），未添加：请检查磁盘空间。")
CASE_GONE = QT_TRANSLATE_NOOP("messages", "找不到该办件，可能已被放弃或删除。")
FULL_STOP = QT_TRANSLATE_NOOP("messages", "{text}。")
NOT_STORED = QT_TRANSLATE_NOOP("messages", "本地数据库写入失败，本次操作未生效：{error}")


@dataclass(frozen=True)
class PageView:
    id: str
    case_id: str
    material_code: str
    position: int  # 0-based within the material
    sha256: str
    media_type: str
    size: int  # bytes stored
    width: int  # as stored, before rotation
    height: int
    rotation: int  # degrees clockwise, applied when shown
    source: str
    created_at: datetime


@dataclass(frozen=True)
class AttachResult:
    pages: tuple[PageView, ...]  # the pages added, in order
    duplicates: int = 0  # pages left out because the material already has the very same image


def page_problem(case: Case, material_code: str) -> Message | None:
    """Why pages of this material may not change now, or None."""
    if material_code == AUTHORISATION_CODE:  # the 委托书 of a 代领, scanned at the 出件 window
        return None if case.status.awaits_issuance else Message(PAGES_CLOSED, status=case.status.label)
    try:
        check = case.material(material_code)
    except ValueError:
        return Message(NO_SUCH_MATERIAL, code=material_code)
    if case.status in _INTAKE:
        return None
    if case.status.awaits_issuance and check.state is MaterialState.DEFERRED:
        return None
    if case.status.awaits_issuance:
        return Message(DEFERRED_ONLY, status=case.status.label, name=check.material.name)
    return Message(PAGES_CLOSED, status=case.status.label)


def _view(row: CasePageRow) -> PageView:
    return PageView(
        row.id,
        row.case_id,
        row.material_code,
        row.position,
        row.sha256,
        row.media_type,
        row.size,
        row.width,
        row.height,
        row.rotation,
        row.source,
        row.created_at,
    )


class PageService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        files: PageFiles,
        clock: Clock,
        window: WindowConfig | WindowContext | None = None,
    ) -> None:
        self._sessions = sessions
        self._files = files
        self._clock = clock
        # who is signed in, read at each change; None: a tool that scans with nobody signed in
        self._window = None if window is None else window_context(window)

    # -- reading --------------------------------------------------------------------------------
    def pages(self, case_id: str) -> dict[str, tuple[PageView, ...]]:
        """Every page of the case by material code, each material's pages in order."""
        by_material: dict[str, list[PageView]] = {}
        with UnitOfWork(self._sessions) as uow:
            for row in PageRepository(uow.session).for_case(case_id):
                by_material.setdefault(row.material_code, []).append(_view(row))
        return {code: tuple(views) for code, views in by_material.items()}

    def image(self, page_id: str) -> bytes:
        row = self._row(page_id)
        try:
            return self._files.read(row.sha256, EXTENSIONS[row.media_type])
        except (SealedFileUnreadable, SealedFileLocked):
            raise NotFound(Message(IMAGE_DAMAGED)) from None
        except FileNotFoundError:
            with UnitOfWork(self._sessions) as uow:
                stored = PageRepository(uow.session).get(page_id)
                purged = stored is not None and stored.purged_at is not None
            raise NotFound(Message(IMAGE_PURGED if purged else IMAGE_GONE)) from None

    def thumbnail(self, page_id: str, max_side: int = THUMB_SIDE) -> bytes:
        """A JPEG of the page turned upright, at most ``max_side`` pixels; cached on disk."""
        row = self._row(page_id)
        cached = self._files.read_thumb(row.sha256, max_side, row.rotation)
        if cached is not None:
            return cached
        try:
            data = _thumbnail_of_stored(self.image(page_id), row.rotation, max_side)
        except ImageProblem as exc:
            raise NotFound(str(exc)) from exc
        except OSError as exc:  # the file was damaged on disk after it was stored
            raise NotFound(Message(IMAGE_DAMAGED)) from exc
        self._files.write_thumb(row.sha256, max_side, row.rotation, data)
        return data

    def _row(self, page_id: str) -> PageView:
        with UnitOfWork(self._sessions) as uow:
            row = PageRepository(uow.session).get(page_id)
            if row is None:
                raise NotFound(Message(PAGE_GONE))
            return _view(row)

    # -- attaching ------------------------------------------------------------------------------
    def attach(self, case_id: str, material_code: str, data: bytes, source: str) -> PageView:
        """One image (or the pages of a multi-page TIFF; the first is returned)."""
        result = self.attach_pages(case_id, material_code, [(data, source)])
        if not result.pages:
            raise RuleViolation(Message(SAME_PAGE))
        return result.pages[0]

    def attach_pages(
        self, case_id: str, material_code: str, items: Sequence[tuple[bytes, str]]
    ) -> AttachResult:
        """Several images at once (one scan of the feeder): all are added, or none."""
        self._check_case(case_id, material_code)  # before spending time on the images
        prepared: list[tuple[PreparedPage, str]] = []
        problems = []
        for n, (data, source) in enumerate(items, start=1):
            try:
                prepared.extend((page, source) for page in prepare(data))
            except ImageProblem as exc:
                said = Message(NTH_FILE, n=n, problem=message_of(exc)) if len(items) > 1 else message_of(exc)
                problems.append(Problem(f"page:{n}", said))
        if problems:
            raise ValidationFailed(problems, Message(NOT_ADDED, problems=joined(p.message for p in problems)))
        stored = []
        for page, source in prepared:
            try:
                sha, _ = self._files.put(page.data, EXTENSIONS[page.media_type])
            except OSError as exc:
                raise StorageError(Message(DISK_FULL, error=str(exc.strerror or exc))) from exc
            stored.append((sha, page, source))
        now, account = self._clock(), self._account()
        added: list[tuple[PageView, PreparedPage]] = []
        duplicates = 0
        with UnitOfWork(self._sessions) as uow:
            case = self._load(uow, case_id, material_code)
            repo = PageRepository(uow.session)
            existing = repo.for_material(case_id, material_code)
            known = {row.sha256 for row in existing}
            position = len(existing)
            for sha, page, source in stored:
                if sha in known:
                    duplicates += 1
                    continue
                known.add(sha)
                row = CasePageRow(
                    id=str(uuid.uuid4()),
                    case_id=case_id,
                    material_code=material_code,
                    position=position,
                    sha256=sha,
                    media_type=page.media_type,
                    size=len(page.data),
                    width=page.width,
                    height=page.height,
                    rotation=page.rotation,
                    source=source[:200],
                    created_at=now,
                )
                repo.add(row)
                position += 1
                added.append((_view(row), page))
                uow.outbox.add("page.attached", self._payload(case, row, account), now)
            self._commit(uow)
        for view, page in added:
            # from the copy decoded while checking: the strip shows the page without a second decode
            with suppress(OSError):  # only a cache: thumbnail() makes it again if this fails
                data = thumbnail(page.preview, view.rotation, THUMB_SIDE)
                self._files.write_thumb(view.sha256, THUMB_SIDE, view.rotation, data)
        return AttachResult(tuple(view for view, _ in added), duplicates)

    # -- changing -------------------------------------------------------------------------------
    def rotate(self, page_id: str, quarter_turns: int) -> PageView:
        """Turn the page by quarter turns (1 = 90° clockwise, -1 = counter-clockwise)."""

        def change(uow, case, row, rows):
            row.rotation = (row.rotation + 90 * quarter_turns) % 360
            return "page.rotated", {"rotation": row.rotation}

        return self._change(page_id, change)

    def move(self, page_id: str, new_position: int) -> PageView:
        """Put the page at ``new_position`` (0-based, clamped) among its material's pages."""

        def change(uow, case, row, rows):
            rows.remove(row)
            rows.insert(max(0, min(new_position, len(rows))), row)
            PageRepository(uow.session).renumber(rows)
            return "page.moved", {"order": [r.id for r in rows]}

        return self._change(page_id, change)

    def delete(self, page_id: str) -> None:
        """Remove the page. Its image file stays (another page or a pending upload may need it)."""

        def change(uow, case, row, rows):
            rows.remove(row)
            repo = PageRepository(uow.session)
            repo.delete(row)
            repo.renumber(rows)
            return "page.deleted", {"order": [r.id for r in rows]}

        self._change(page_id, change)

    def _change(self, page_id: str, change) -> PageView:
        now, account = self._clock(), self._account()
        with UnitOfWork(self._sessions) as uow:
            repo = PageRepository(uow.session)
            row = repo.get(page_id)
            if row is None:
                raise NotFound(Message(PAGE_GONE))
            case = self._load(uow, row.case_id, row.material_code)
            rows = repo.for_material(row.case_id, row.material_code)
            kind, extra = change(uow, case, row, rows)
            uow.outbox.add(kind, {**self._payload(case, row, account), **extra}, now)
            view = _view(row)
            self._commit(uow)
        return view

    # -- helpers --------------------------------------------------------------------------------
    def _check_case(self, case_id: str, material_code: str) -> None:
        with UnitOfWork(self._sessions) as uow:
            self._load(uow, case_id, material_code)

    def _load(self, uow: UnitOfWork, case_id: str, material_code: str) -> Case:
        case = uow.cases.get(case_id)
        if case is None:
            raise NotFound(Message(CASE_GONE))
        problem = page_problem(case, material_code)
        if problem is not None:
            if problem.template == NO_SUCH_MATERIAL:
                raise NotFound(Message(FULL_STOP, text=problem))
            raise RuleViolation(Message(FULL_STOP, text=problem))
        return case

    def _account(self) -> str | None:
        """The signed-in clerk's account, or None where nobody signed in."""
        return (self._window.config.clerk_username or None) if self._window is not None else None

    @staticmethod
    def _payload(case: Case, row: CasePageRow, account: str | None) -> dict:
        return {
            "case_id": case.id,
            "case_number": case.number,
            "page_id": row.id,
            "material_code": row.material_code,
            "position": row.position,
            "sha256": row.sha256,
            "size": row.size,
            "media_type": row.media_type,
            "width": row.width,
            "height": row.height,
            "rotation": row.rotation,
            "source": row.source,
            "actor_username": account,  # the server checks it names a clerk of the hall
        }

    @staticmethod
    def _commit(uow: UnitOfWork) -> None:
        try:
            uow.commit()
        except SQLAlchemyError as exc:
            raise StorageError(Message(NOT_STORED, error=exc.__class__.__name__)) from exc
