"""The course, in the order a learner should take it (Qt-free).

The texts are English; ``QT_TRANSLATE_NOOP`` only marks them for ``lupdate``
(context ``StartHere``), and the page translates them where it shows them.
Each step is keyed by its page id, so the map names a built-in page in the
learner's language even before that page is installed.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.api import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class CourseStep:
    page_id: str
    title: str
    summary: str
    concepts: tuple[str, ...]


COURSE: tuple[CourseStep, ...] = (
    CourseStep("network-builder", QT_TRANSLATE_NOOP("StartHere", "Network builder"),
               QT_TRANSLATE_NOOP("StartHere", "Click a network together and watch its decision boundary form"),
               (QT_TRANSLATE_NOOP("StartHere", "Neurons and the perceptron"),
                QT_TRANSLATE_NOOP("StartHere", "Why XOR needs a hidden layer"),
                QT_TRANSLATE_NOOP("StartHere", "Loss: MSE and cross-entropy"),
                QT_TRANSLATE_NOOP("StartHere", "Gradient descent and mini-batches"),
                QT_TRANSLATE_NOOP("StartHere", "Overfitting and regularization"),
                QT_TRANSLATE_NOOP("StartHere", "Feature scaling"))),
    CourseStep("optimizer-viewer", QT_TRANSLATE_NOOP("StartHere", "Optimizer race"),
               QT_TRANSLATE_NOOP("StartHere", "Race SGD, momentum, Adam, Newton and more on a loss surface"),
               (QT_TRANSLATE_NOOP("StartHere", "The learning rate"),
                QT_TRANSLATE_NOOP("StartHere", "Momentum and Nesterov"),
                QT_TRANSLATE_NOOP("StartHere", "AdaGrad, RMSProp, Adam"),
                QT_TRANSLATE_NOOP("StartHere", "Newton's method and the Hessian"),
                QT_TRANSLATE_NOOP("StartHere", "Conjugate gradient"),
                QT_TRANSLATE_NOOP("StartHere", "Saddles and local minima"))),
    CourseStep("vanishing-gradients", QT_TRANSLATE_NOOP("StartHere", "Vanishing gradients"),
               QT_TRANSLATE_NOOP("StartHere", "Watch signals and gradients fade or survive, layer by layer, "
                                              "in a deep net as it trains"),
               (QT_TRANSLATE_NOOP("StartHere", "Saturating activations"),
                QT_TRANSLATE_NOOP("StartHere", "Weight initialization"),
                QT_TRANSLATE_NOOP("StartHere", "Per-layer gradient norms"),
                QT_TRANSLATE_NOOP("StartHere", "Batch normalization"),
                QT_TRANSLATE_NOOP("StartHere", "Residual connections"))),
    CourseStep("cnn-inspector", QT_TRANSLATE_NOOP("StartHere", "CNN inspector"),
               QT_TRANSLATE_NOOP("StartHere", "Open a convolutional network and look at what each filter sees"),
               (QT_TRANSLATE_NOOP("StartHere", "Kernels and feature maps"),
                QT_TRANSLATE_NOOP("StartHere", "Stride, padding, pooling"),
                QT_TRANSLATE_NOOP("StartHere", "Translation"),
                QT_TRANSLATE_NOOP("StartHere", "LeNet to ResNet"),
                QT_TRANSLATE_NOOP("StartHere", "Data augmentation"))),
    CourseStep("lstm-gates", QT_TRANSLATE_NOOP("StartHere", "LSTM gate animator"),
               QT_TRANSLATE_NOOP("StartHere", "Watch an LSTM's gates open and close, character by character"),
               (QT_TRANSLATE_NOOP("StartHere", "Recurrent networks"),
                QT_TRANSLATE_NOOP("StartHere", "Back-propagation through time"),
                QT_TRANSLATE_NOOP("StartHere", "Input, forget and output gates"),
                QT_TRANSLATE_NOOP("StartHere", "Language models"),
                QT_TRANSLATE_NOOP("StartHere", "Sequence to sequence"))),
    CourseStep("caption-demo", QT_TRANSLATE_NOOP("StartHere", "Caption demo"),
               QT_TRANSLATE_NOOP("StartHere", "A CNN reads an image and an LSTM writes its caption, word by word"),
               (QT_TRANSLATE_NOOP("StartHere", "Encoder and decoder"),
                QT_TRANSLATE_NOOP("StartHere", "Greedy decoding and beam search"),
                QT_TRANSLATE_NOOP("StartHere", "Attention"))),
)
