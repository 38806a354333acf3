"""The Optimizer race page."""

from PySide6.QtWidgets import QLabel


def create_page(context):
    return QLabel("Optimizer race")
