"""Scanned pages against a real SQLite file and a real page store: attach, order, turn, remove, look."""

from __future__ import annotations

import hashlib
import io
import sqlite3

import pytest
from PIL import Image

from app.services.errors import NotFound, RuleViolation, ValidationFailed
from app.services.views import PartyInput
from drivers.scanner import open_scanner
from tests.second_party import SECOND_PARTY

APPLICANT = PartyInput(
    name="王建国", cert_number="11010519491231002X", phone="13800003210", address="安和县民主路1号"
)


def _jpeg(shade: int, size=(620, 877), **save) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (shade, 240, 230)).save(out, "JPEG", quality=90, **save)
    return out.getvalue()


def _png(mode: str = "RGB", size=(620, 877)) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, 1 if mode == "1" else 200).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def case(services):
    code = services.catalog.search("jhdj")[0].code
    return services.intake.start_case(code)


def _outbox(services) -> list[tuple[str, dict]]:
    import json

    con = sqlite3.connect(services.settings.database_path)
    return [(k, json.loads(p)) for k, p in con.execute("select kind, payload from outbox order by seq")]


def test_scanned_pages_are_stored_by_hash_and_announced_in_the_outbox(services, case):
    material = case.materials[0].code
    scans = open_scanner("sim://?seed=9&pages=2").scan("adf", 150, "colour")
    result = services.pages.attach_pages(case.id, material, [(s.data, "sim://") for s in scans])
    first, second = result.pages
    assert (first.position, second.position, result.duplicates) == (0, 1, 0)
    # a scanner's JPEG is kept exactly as it came: its hash is the device's bytes' hash
    assert first.sha256 == hashlib.sha256(scans[0].data).hexdigest() and first.media_type == "image/jpeg"
    stored = services.settings.pages_dir / first.sha256[:2] / f"{first.sha256[2:]}.jpg"
    assert stored.read_bytes() == scans[0].data == services.pages.image(first.id)
    assert not list(services.settings.pages_dir.rglob(".tmp-*"))
    assert services.pages.pages(case.id) == {material: (first, second)}
    kinds = _outbox(services)
    assert [k for k, _ in kinds] == ["page.attached", "page.attached"]
    payload = kinds[0][1]
    assert payload["sha256"] == first.sha256 and payload["size"] == len(scans[0].data)
    assert payload["material_code"] == material and payload["position"] == 0
    assert payload["case_number"] == case.number


def test_lossless_scans_are_compressed_and_bilevel_ones_stay_png(services, case):
    material = case.materials[0].code
    lossless = open_scanner("sim://?seed=4&format=png").scan("flatbed", 150, "colour")[0].data
    colour = services.pages.attach(case.id, material, lossless, "scanimage")
    bw = services.pages.attach(case.id, material, _png("1"), "scanimage")
    # a photo of paper: JPEG at q85 is several times smaller than the scanner's PNG
    assert colour.media_type == "image/jpeg" and colour.size * 3 < len(lossless)
    assert bw.media_type == "image/png"
    with Image.open(io.BytesIO(services.pages.image(bw.id))) as img:
        assert img.mode == "1" and img.size == (620, 877)


def test_the_same_image_is_stored_once_and_not_attached_twice_to_one_material(services, case):
    one, other = case.materials[0].code, case.materials[1].code
    data = _jpeg(100)
    a = services.pages.attach(case.id, one, data, "a.jpg")
    b = services.pages.attach(case.id, other, data, "a.jpg")
    assert a.sha256 == b.sha256 and a.id != b.id
    assert len([p for p in services.settings.pages_dir.rglob("*.jpg") if ".缩略图" not in p.parts]) == 1
    with pytest.raises(RuleViolation, match="完全相同"):
        services.pages.attach(case.id, one, data, "a.jpg")
    again = services.pages.attach_pages(case.id, one, [(data, "a.jpg"), (_jpeg(30), "b.jpg")])
    assert again.duplicates == 1 and [p.position for p in again.pages] == [1]


def test_rotate_move_and_delete_keep_positions_dense_and_write_mutations(services, case):
    material = case.materials[0].code
    p = [services.pages.attach(case.id, material, _jpeg(shade), f"{shade}.jpg") for shade in (10, 90, 170)]
    assert services.pages.rotate(p[0].id, 1).rotation == 90
    assert services.pages.rotate(p[0].id, -2).rotation == 270
    services.pages.move(p[2].id, 0)
    assert [v.id for v in services.pages.pages(case.id)[material]] == [p[2].id, p[0].id, p[1].id]
    services.pages.move(p[2].id, 99)  # past the end: last
    services.pages.delete(p[0].id)
    left = services.pages.pages(case.id)[material]
    assert [(v.id, v.position) for v in left] == [(p[1].id, 0), (p[2].id, 1)]
    kinds = [k for k, _ in _outbox(services)]
    assert kinds[3:] == ["page.rotated", "page.rotated", "page.moved", "page.moved", "page.deleted"]
    assert _outbox(services)[-1][1]["order"] == [p[1].id, p[2].id]
    with pytest.raises(NotFound):
        services.pages.rotate(p[0].id, 1)


def test_thumbnails_are_upright_small_and_cached(services, case):
    page = services.pages.attach(case.id, case.materials[0].code, _jpeg(50, (1240, 1754)), "x.jpg")
    thumb = services.pages.thumbnail(page.id, 160)
    with Image.open(io.BytesIO(thumb)) as img:
        assert img.format == "JPEG" and img.size == (113, 160)
    services.pages.rotate(page.id, 1)
    with Image.open(io.BytesIO(services.pages.thumbnail(page.id, 160))) as img:
        assert img.size == (160, 113)
    cache = services.settings.pages_dir / ".缩略图" / page.sha256[:2]
    assert {p.name.split("-", 1)[1] for p in cache.iterdir()} == {"160-0.jpg", "160-90.jpg"}


def test_a_camera_photo_shows_upright_from_its_exif_orientation(services, case):
    exif = Image.Exif()
    exif[0x0112] = 6  # "turn 90° clockwise to view"
    page = services.pages.attach(case.id, case.materials[0].code, _jpeg(80, (800, 600), exif=exif), "camera")
    assert page.rotation == 90
    with Image.open(io.BytesIO(services.pages.thumbnail(page.id, 160))) as img:
        assert img.size == (120, 160)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "空的"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"just some text", "不支持的文件类型"),
        (_jpeg(10)[:3000], "损坏或不完整"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "损坏或不完整"),
    ],
)
def test_bad_files_are_refused_with_a_reason_and_nothing_is_lost(services, case, data, words):
    material = case.materials[0].code
    kept = services.pages.attach(case.id, material, _jpeg(33), "good.jpg")
    with pytest.raises(ValidationFailed, match=words):
        services.pages.attach(case.id, material, data, "bad")
    assert services.pages.pages(case.id) == {material: (kept,)}
    assert len(_outbox(services)) == 1


def test_oversized_files_and_decompression_bombs_are_refused_before_decoding(services, case, monkeypatch):
    material = case.materials[0].code
    bomb = io.BytesIO()
    Image.new("1", (11_000, 11_000), 1).save(bomb, "PNG")  # 121 MP in a few hundred kB
    with pytest.raises(ValidationFailed, match="百万像素"):
        services.pages.attach(case.id, material, bomb.getvalue(), "bomb.png")
    from app.services.pages import images as page_images

    monkeypatch.setattr(page_images, "MAX_BYTES", 10_000)
    with pytest.raises(ValidationFailed, match="50 MB"):
        services.pages.attach(case.id, material, _jpeg(1, (1500, 1500)) + b"\0" * 20_000, "big.jpg")
    assert services.pages.pages(case.id) == {}


def test_one_bad_file_in_a_batch_adds_none_of_it(services, case):
    with pytest.raises(ValidationFailed, match="第2个文件"):
        services.pages.attach_pages(case.id, case.materials[0].code, [(_jpeg(1), "1"), (b"junk", "2")])
    assert services.pages.pages(case.id) == {}


def test_unknown_case_or_material(services, case):
    with pytest.raises(NotFound, match="办件"):
        services.pages.attach("no-such-case", "x", _jpeg(1), "x")
    with pytest.raises(NotFound, match="材料"):
        services.pages.attach(case.id, "no-such-material", _jpeg(1), "x")


def test_closed_cases_take_no_pages_and_accepted_ones_only_deferred_materials(services, case):
    services.intake.save_applicant(case.id, APPLICANT)  # a refusal is addressed to both parties
    services.intake.save_second_party(case.id, SECOND_PARTY)
    services.intake.refuse(case.id, "申请事项不属于本机关职权范围")
    with pytest.raises(RuleViolation, match="不予受理"):
        services.pages.attach(case.id, case.materials[0].code, _jpeg(1), "x")

    bundle = next(h for h in services.catalog.search("退休一件事") if h.kind == "bundle")
    accepted = services.intake.start_case(bundle.code)
    services.intake.save_applicant(accepted.id, APPLICANT)
    services.intake.save_second_party(accepted.id, SECOND_PARTY)  # a marriage: both parties
    for m in accepted.materials:
        services.intake.set_material(accepted.id, m.code, "deferred" if m.necessity == 3 else "received")
    services.intake.accept(accepted.id)
    deferred = next(m for m in accepted.materials if m.necessity == 3)
    received = next(m for m in accepted.materials if m.necessity == 1)
    assert services.pages.attach(accepted.id, deferred.code, _jpeg(2), "补交").position == 0
    with pytest.raises(RuleViolation, match="容缺后补"):
        services.pages.attach(accepted.id, received.code, _jpeg(3), "x")


def test_a_page_whose_file_vanished_says_so(services, case):
    page = services.pages.attach(case.id, case.materials[0].code, _jpeg(7), "x.jpg")
    for p in services.settings.pages_dir.rglob(f"{page.sha256[2:]}*"):
        p.unlink()
    with pytest.raises(NotFound, match="重新扫描"):
        services.pages.thumbnail(page.id, 200)
