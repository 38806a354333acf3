"""The host's widget kit: live curves, a training bar, messages, images, heat maps, colour keys.

Every widget here follows the app's theme by itself, including after a live
theme switch, and draws its colour key where colour carries meaning.
"""

from .color_key import ColorKey
from .confusion import ConfusionMatrix
from .flow_layout import FlowLayout
from .curves import LiveCurves
from .images import HeatMap, ImageGrid
from .lazy_tabs import LazyTabs
from .message_line import MessageLine
from .palette import Palette, palette_for
from .training_bar import TrainingBar

__all__ = ["ColorKey", "ConfusionMatrix", "FlowLayout", "HeatMap", "ImageGrid", "LazyTabs", "LiveCurves",
           "MessageLine", "Palette", "TrainingBar", "palette_for"]
