"""The Network builder page."""

from PySide6.QtWidgets import QLabel


def create_page(context):
    return QLabel("Network builder")
