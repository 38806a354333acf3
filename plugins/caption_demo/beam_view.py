"""The beam search tree as a list: every proposed word with its log-probability, shared by both tabs."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from desktop_app.api import QT_TRANSLATE_NOOP, translate

STATUS = {"live": QT_TRANSLATE_NOOP("CaptionDemo", "kept"), "pruned": QT_TRANSLATE_NOOP("CaptionDemo", "pruned"),
          "finished": QT_TRANSLATE_NOOP("CaptionDemo", "finished"),
          "unfinished": QT_TRANSLATE_NOOP("CaptionDemo", "cut at the longest length")}


class BeamTree(QTreeWidget):
    """Each hypothesis the search proposed, as a tree: pruned ones greyed, the winner's path bold."""

    def __init__(self, joiner: str = " ") -> None:
        super().__init__()
        self.joiner = joiner
        self.setHeaderLabels([translate("CaptionDemo", "Word"), translate("CaptionDemo", "Log-probability"),
                              translate("CaptionDemo", "Total"), translate("CaptionDemo", "Status")])
        self.setColumnWidth(0, 170)
        self.setColumnWidth(1, 60)
        self.setColumnWidth(2, 60)
        self.setIndentation(8)
        self.winner_path: list[int] = []
        self.items: dict[int, QTreeWidgetItem] = {}

    def show_result(self, result: Any, muted: str) -> None:
        """Draw ``result`` (a BeamResult, or None for greedy decoding: an empty tree)."""
        self.clear()
        self.items = {}
        self.winner_path = []
        if result is None:
            return
        self.winner_path = [n.id for n in result.path(result.winner.node)]
        bold = QFont(self.font())
        bold.setBold(True)
        grey = QBrush(QColor(muted))
        for node in result.nodes:
            parent = self.items.get(node.parent) if node.parent is not None else None
            item = QTreeWidgetItem([node.word, f"{node.log_prob:.3f}", f"{node.score:.3f}",
                                    translate("CaptionDemo", STATUS[node.status])])
            if node.id in self.winner_path:
                for column in range(4):
                    item.setFont(column, bold)
            elif node.status == "pruned":
                for column in range(4):
                    item.setForeground(column, grey)
            if parent is None:
                self.addTopLevelItem(item)
            else:
                parent.addChild(item)
            self.items[node.id] = item
        for node_id in self.winner_path:
            self.items[node_id].setExpanded(True)
        last = self.items[self.winner_path[-1]]
        self.setCurrentItem(last)
        self.scrollToItem(last)
