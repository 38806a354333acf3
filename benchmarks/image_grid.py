"""How fast the widget kit's ImageGrid redraws a CNN's feature maps, against one ViewBox per image.

    python benchmarks/image_grid.py [--repeats 20] [--size 900x600]

Shows 142 captioned feature maps (6 of 28×28, 16 of 14×14, 120 of 5×5, as
LeNet-5's three layers) in one ImageGrid, then in the naive layout (a
GraphicsLayoutWidget with a ViewBox, an ImageItem and a caption per image),
and times each frame: new values into every image and a full draw (a grab of
the widget). Prints the median over ``--repeats`` frames of each, the time to
build each, and the ratio naive / grid. Runs offscreen unless a display is set.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import time
from collections.abc import Callable

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

LAYERS = ((6, 28), (16, 14), (120, 5))


def feature_maps(seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [rng.random((size, size), dtype=np.float32) for count, size in LAYERS for _ in range(count)]


def captions() -> list[str]:
    return [f"L{layer + 1}·{i}" for layer, (count, _) in enumerate(LAYERS) for i in range(count)]


class NaiveGrid:
    """One ViewBox per image, the way pages drew small grids before the kit."""

    def __init__(self, count: int, columns: int) -> None:
        import pyqtgraph as pg
        self.widget = pg.GraphicsLayoutWidget()
        self.images: list[pg.ImageItem] = []
        self.labels: list[pg.LabelItem] = []
        for index in range(count):
            row, column = divmod(index, columns)
            label = self.widget.addLabel("", row=2 * row, col=column, size="7pt")
            view = self.widget.addViewBox(row=2 * row + 1, col=column, lockAspect=True, invertY=True,
                                          enableMouse=False)
            image = pg.ImageItem(axisOrder="row-major")
            view.addItem(image)
            self.images.append(image)
            self.labels.append(label)

    def show(self, maps: list[np.ndarray], texts: list[str]) -> None:
        for image, label, values, text in zip(self.images, self.labels, maps, texts):
            image.setImage(values, levels=(float(values.min()), float(values.max())))
            label.setText(text)


def median_frame(draw: Callable[[int], None], repeats: int) -> float:
    times = []
    for frame in range(repeats + 1):
        start = time.perf_counter()
        draw(frame)
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:])          # the first frame lays out and warms caches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--size", default="900x600", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    app = QApplication.instance() or QApplication([])
    from desktop_app.qt.theme import apply_theme
    from desktop_app.qt.widgets import ImageGrid
    apply_theme(app, "light")
    frames = [feature_maps(seed) for seed in range(8)]
    texts = captions()
    count = len(texts)

    start = time.perf_counter()
    grid = ImageGrid()
    grid.resize(width, height)
    grid.show()
    grid.set_images(frames[0], texts, levels="each")
    grid.grab()
    grid_build = time.perf_counter() - start

    def draw_grid(frame: int) -> None:
        grid.set_images(frames[frame % len(frames)], texts, levels="each")
        grid.grab()

    grid_frame = median_frame(draw_grid, args.repeats)
    columns = math.ceil(math.sqrt(count * width / height))   # about the grid's own choice
    grid.close()

    start = time.perf_counter()
    naive = NaiveGrid(count, columns)
    naive.widget.resize(width, height)
    naive.widget.show()
    naive.show(frames[0], texts)
    naive.widget.grab()
    naive_build = time.perf_counter() - start

    def draw_naive(frame: int) -> None:
        naive.show(frames[frame % len(frames)], texts)
        naive.widget.grab()

    naive_frame = median_frame(draw_naive, args.repeats)
    naive.widget.close()

    print(f"{count} feature maps ({' + '.join(f'{n}×{s}×{s}' for n, s in LAYERS)}), {width}×{height} window, "
          f"median of {args.repeats} frames (set + draw):")
    print(f"  ImageGrid (one mosaic):      {grid_frame * 1e3:8.1f} ms per frame  "
          f"({1 / grid_frame:5.1f} Hz), built in {grid_build * 1e3:.0f} ms")
    print(f"  one ViewBox per image:       {naive_frame * 1e3:8.1f} ms per frame  "
          f"({1 / naive_frame:5.1f} Hz), built in {naive_build * 1e3:.0f} ms")
    print(f"  ratio naive / ImageGrid:     {naive_frame / grid_frame:8.1f} ×")


if __name__ == "__main__":
    main()
