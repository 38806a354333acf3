"""The shared, Qt-free data layer: toy 2-D sets, handwritten digits, text corpora and their registry.

Only numpy is imported here; torch is imported when tensors are asked for.
Every data set has an id in :data:`REGISTRY` (``dataset_specs()``,
``load_dataset(id)``); plugins add theirs through ``synapse_register_datasets``.
"""

from __future__ import annotations

from desktop_app.data.digit_tools import (ClassifierEvaluation, confusion_matrix, evaluate_classifier,
                                          misclassified, random_shifts)
from desktop_app.data.digits import Digits, load_digits
from desktop_app.data.registry import REGISTRY, DatasetSpec, DatasetSpecError, dataset_specs, load_dataset
from desktop_app.data.text import CharCorpus, load_corpus
from desktop_app.data.toy2d import DATASETS, DatasetInfo, ToyDataset, make_dataset

__all__ = [
    "DATASETS", "REGISTRY", "CharCorpus", "ClassifierEvaluation", "DatasetInfo", "DatasetSpec",
    "DatasetSpecError", "Digits", "ToyDataset", "confusion_matrix", "dataset_specs", "evaluate_classifier",
    "load_corpus", "load_dataset", "load_digits", "make_dataset", "misclassified", "random_shifts",
]
