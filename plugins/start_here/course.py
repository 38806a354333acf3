"""The course, in the order a learner should take it (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CourseStep:
    page_id: str
    title: str
    summary: str
    concepts: tuple[str, ...]


COURSE: tuple[CourseStep, ...] = (
    CourseStep("network-builder", "Network builder",
               "Click a network together and watch its decision boundary form.",
               ("Neurons and the perceptron", "Why XOR needs a hidden layer", "Loss: MSE and cross-entropy",
                "Gradient descent and mini-batches", "Overfitting and regularization", "Feature scaling")),
    CourseStep("optimizer-viewer", "Optimizer trajectory viewer",
               "Race gradient descent, momentum, Adam and Newton's method on a loss surface.",
               ("The learning rate", "Momentum and Nesterov", "AdaGrad, RMSProp, Adam",
                "Newton's method and the Hessian", "Conjugate gradient", "Saddles and local minima")),
    CourseStep("vanishing-gradients", "Vanishing-gradient explorer",
               "Watch signals and gradients die or survive, layer by layer, in a deep net.",
               ("Saturating activations", "Weight initialization", "Per-layer gradient norms",
                "Batch normalization", "Residual connections")),
    CourseStep("cnn-inspector", "CNN feature-map inspector",
               "Open a convolutional network and look at what each filter sees.",
               ("Kernels and feature maps", "Stride, padding, pooling", "Translation",
                "LeNet to ResNet", "Data augmentation")),
    CourseStep("lstm-gates", "LSTM gate animator",
               "Watch an LSTM's gates open and close, character by character.",
               ("Recurrent networks", "Back-propagation through time", "Input, forget and output gates",
                "Language models", "Sequence to sequence")),
    CourseStep("caption-demo", "Caption demo",
               "A CNN reads an image and an LSTM writes its caption, word by word.",
               ("Encoder and decoder", "Greedy decoding and beam search", "Attention")),
)
