"""What the four window documents share: page, header, styles, the party and material tables.

Kept in one place so a receipt and a refusal notice look like papers from the same hall, and so
the renderers only say *what* they print.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.documents.barcode import Code128
from app.documents.flowables import (
    GRID,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    BoldTitle,
    NumberedCanvas,
    SealArea,
)
from app.documents.fonts import register_fonts
from app.documents.models import CaseDocumentData, MaterialLine, PartyInfo
from app.documents.text import fmt_datetime, mask_id, mask_phone

TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
LABEL_FILL = colors.Color(0.94, 0.94, 0.94)
# A barcode narrower than this at its smallest module sits beside the hall name; longer case
# numbers get a row of their own so their bars stay wide enough to scan.
_HEADER_BARCODE_WIDTH = 92 * mm


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles, built once: the font must be registered first, and rebuilding costs time."""
    font = register_fonts()
    base = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=15.5, wordWrap="CJK")
    return {
        "body": ParagraphStyle("body_indent", parent=base, firstLineIndent=21, alignment=TA_LEFT),
        "plain": base,
        "salutation": ParagraphStyle("salutation", parent=base, spaceBefore=4),
        "heading": ParagraphStyle(
            "heading", parent=base, fontSize=11, leading=17, spaceBefore=5, keepWithNext=1
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=13),
        "cell_c": ParagraphStyle("cell_c", parent=base, fontSize=9.5, leading=13, alignment=TA_CENTER),
        "label": ParagraphStyle("label", parent=base, fontSize=9.5, leading=13, alignment=TA_CENTER),
        "docno": ParagraphStyle("docno", parent=base, fontSize=10, alignment=TA_RIGHT),
        "hall": ParagraphStyle("hall", parent=base, fontSize=10, leading=14),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "table_heading": ParagraphStyle("table_heading", parent=base, fontSize=11, leading=17, spaceBefore=5),
        # numbered items whose wrapped lines align with the text, not with the number
        "item": ParagraphStyle("item", parent=base, leftIndent=15, firstLineIndent=-15),
        "note": ParagraphStyle("note", parent=base, fontSize=9, leading=14, textColor=GRID),
    }


def para(text: str, style: str = "body") -> Paragraph:
    """A Paragraph of plain text: escaped, since names and addresses may contain & or <."""
    return Paragraph(escape(text), styles()[style])


def matter_text(data: CaseDocumentData, short: bool = False) -> str:
    """The matter, or the bundle with its matters; short (bundle name only) for running text."""
    matters = "、".join(data.matter_names)
    if not data.bundle_name:
        return matters
    name = data.bundle_name if "一件事" in data.bundle_name else f"{data.bundle_name}“一件事”"
    return name if short else f"{name}（含：{matters}）"


def header(title: str, document_number: str, case_number: str, hall_name: str) -> list[Flowable]:
    """Hall name and barcode on top, the title centred, the document number under it on the right."""
    font = register_fonts()
    code = Code128(case_number, font_name=font)
    top: list[Flowable] = []
    if code.natural_width() <= _HEADER_BARCODE_WIDTH:
        row = Table(
            [[para(hall_name, "hall"), code]],
            colWidths=[TEXT_WIDTH - _HEADER_BARCODE_WIDTH, _HEADER_BARCODE_WIDTH],
            style=[
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                *_no_padding(),
            ],
        )
        top.append(row)
    else:
        top += [para(hall_name, "hall"), Code128(case_number, font_name=font, h_align="CENTER")]
    return [*top, Spacer(1, 4 * mm), BoldTitle(title), para(f"文书编号：{document_number}", "docno")]


def _no_padding() -> list[tuple]:
    return [
        *_font_cmd(),
        *((f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")),
    ]


def _font_cmd() -> list[tuple]:
    """Empty string cells are "drawn" in the table's font, Helvetica unless told: that would put an
    unembedded font into the PDF."""
    return [("FONTNAME", (0, 0), (-1, -1), register_fonts())]


def grid_style(header_rows: int = 0, label_cols: Sequence[int] = ()) -> list[tuple]:
    cmds: list[tuple] = [
        *_font_cmd(),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), LABEL_FILL))
    cmds += [("BACKGROUND", (col, 0), (col, -1), LABEL_FILL) for col in label_cols]
    return cmds


Row = Sequence[tuple[str, str]]  # one or two (label, value) pairs; one pair spans the whole row


def info_table(rows: Iterable[Row]) -> Table:
    """A four-column label/value grid; a row with a single pair spans the three value columns."""
    label_w, value_w = 22 * mm, TEXT_WIDTH / 2 - 22 * mm
    data, cmds = [], grid_style(label_cols=(0,))
    for i, row in enumerate(rows):
        cells: list[Flowable | str] = []
        for label, value in row:
            cells += [para(label, "label"), para(value, "cell")]
        if len(row) == 1:
            cells += ["", ""]
            cmds.append(("SPAN", (1, i), (3, i)))
        else:  # shading per cell: a column-wide fill would also paint under the spanned rows
            cmds.append(("BACKGROUND", (2, i), (2, i), LABEL_FILL))
        data.append(cells)
    return Table(data, colWidths=[label_w, value_w, label_w, value_w], style=TableStyle(cmds))


def party_rows(role: str, party: PartyInfo) -> list[Row]:
    rows: list[Row] = [
        [(role, party.printed_name), ("证件类型", party.id_type)],
        [
            ("证件号码", mask_id(party.id_type, party.id_number_masked)),
            ("联系电话", mask_phone(party.phone_masked)),
        ],
    ]
    if party.address:
        rows.append([("地址", party.address)])
    return rows


def case_rows(data: CaseDocumentData) -> list[Row]:
    """Case number, matter, department, applicant and agent: the top block of every document."""
    rows: list[Row] = [
        [("办件编号", data.case_number), ("办件类型", data.case_kind)],
        [("申办事项", matter_text(data))],
        [("实施主体", data.department)],
    ]
    if data.second_party is not None and len(data.parties) == 2:
        # the parties are both applicants; their names (男方, 女方) fit the label column unwrapped
        rows += party_rows(data.parties[0], data.applicant)
        rows += party_rows(data.parties[1], data.second_party)
    else:
        rows += party_rows("申请人", data.applicant)
    if data.agent is not None:
        rows += party_rows("代理人", data.agent)
    return rows


MaterialColumn = tuple[str, float, str]  # heading, width, which value: no/name/copies/status/detail


def material_section(
    title: str, materials: Sequence[MaterialLine], columns: Sequence[MaterialColumn]
) -> list[Flowable]:
    """Heading + material table. Not keepWithNext: that would push a long table whole onto the next
    page and leave this one half empty; the table splits instead, and CondPageBreak only keeps the
    heading from being stranded at the foot of a page."""
    return [CondPageBreak(22 * mm), para(title, "table_heading"), material_table(materials, columns)]


def material_table(materials: Sequence[MaterialLine], columns: Sequence[MaterialColumn]) -> Table:
    """A material list; the heading row repeats when a long list flows onto the next page."""
    head = [para(heading, "label") for heading, _, _ in columns]
    body = []
    for no, line in enumerate(materials, start=1):
        values = {"no": str(no), "name": line.name, "copies": str(line.copies), "status": line.status}
        values["detail"] = line.detail
        centred = {"no", "copies", "status"}
        body.append([para(values[key], "cell_c" if key in centred else "cell") for _, _, key in columns])
    return Table(
        [head, *body],
        colWidths=[width for _, width, _ in columns],
        repeatRows=1,
        style=TableStyle(grid_style(header_rows=1)),
    )


def sign_off(data: CaseDocumentData, role: str = "受理人", when: datetime | None = None) -> Flowable:
    """Clerk, window and date on the left, the seal line on the right; never split across pages."""
    when = when or data.issued_at
    left = [
        para(f"{role}：{data.clerk}", "plain"),
        para(f"窗口：{data.window}", "plain"),
        para(f"日期：{fmt_datetime(when)}", "plain"),
    ]
    seal = SealArea(data.hall.name, when)
    block = Table(
        [[left, seal]],
        colWidths=[TEXT_WIDTH - 62 * mm, 62 * mm],
        style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "RIGHT"), *_no_padding()],
    )
    return KeepTogether([Spacer(1, 2 * mm), block])


def signature_line(label: str, date_text: str) -> Table:
    """A label, a ruled blank to sign on, and a date blank (a table: Paragraph collapses 　)."""
    return Table(
        [[para(label, "plain"), "", para(date_text, "plain")]],
        colWidths=[32 * mm, 60 * mm, TEXT_WIDTH - 92 * mm],
        style=[
            *_font_cmd(),
            ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("LEFTPADDING", (2, 0), (2, 0), 10 * mm),
        ],
    )


def render_pdf(title: str, data: CaseDocumentData, story: list[Flowable], document_number: str) -> bytes:
    """Lay out header + story on A4 and return the PDF; invariant=1 makes the bytes reproducible."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=14 * mm,
        bottomMargin=18 * mm,
        title=f"{title} {data.case_number}",
        author=data.hall.name,
        subject=matter_text(data),
        creator="OneWindow 一窗通办",
        invariant=1,
        # Start pages in our font, not Helvetica, or the PDF lists an unembedded Helvetica that a
        # strict archival check would flag.
        initialFontName=register_fonts(),
    )
    footer = f"{data.hall.name}　{title}　办件编号：{data.case_number}"

    def on_page(canv: Canvas, _doc: SimpleDocTemplate) -> None:
        canv._footer = footer  # read back by NumberedCanvas.save()
        if canv.getPageNumber() > 1:  # a continuation page says what it continues
            canv.setFont(register_fonts(), 9)
            canv.setFillColor(GRID)
            canv.drawString(MARGIN_X, PAGE_HEIGHT - 12 * mm, f"{title}（续）　办件编号：{data.case_number}")

    flow = header(title, document_number, data.case_number, data.hall.name) + story
    doc.build(flow, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=NumberedCanvas)
    return buffer.getvalue()
