"""An editor with its problem written underneath in red, the editor itself highlighted."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ProblemField(QWidget):
    """An editor with its problem line underneath (hidden while there is no problem)."""

    def __init__(self, editor: QWidget, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        self.editor = editor
        self.problem = QLabel(self)
        self.problem.setObjectName("FieldProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(editor)
        layout.addWidget(self.problem)
        layout.addStretch(1)  # a taller neighbour in the row must not push the editor down

    def set_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))
        self.editor.setProperty("problem", bool(message))
        self.editor.style().unpolish(self.editor)
        self.editor.style().polish(self.editor)

    def problem_text(self) -> str:
        return "" if self.problem.isHidden() else self.problem.text()
