"""The Vanishing gradients page."""

from PySide6.QtWidgets import QLabel


def create_page(context):
    return QLabel("Vanishing gradients")
