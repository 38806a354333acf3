"""The shared, Qt-free data layer: toy 2-D sets and real handwritten digits.

Only numpy is imported here; torch is imported when tensors are asked for.
"""

from __future__ import annotations

from desktop_app.data.digits import Digits, load_digits
from desktop_app.data.toy2d import DATASETS, DatasetInfo, ToyDataset, make_dataset

__all__ = ["DATASETS", "DatasetInfo", "Digits", "ToyDataset", "load_digits", "make_dataset"]
