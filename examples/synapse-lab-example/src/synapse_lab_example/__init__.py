"""An example Synapse Lab plugin: one page that plots a loss curve live.

This module holds hook implementations only. The page itself lives in
``page.py`` and is imported the first time the learner opens it.
"""

from desktop_app.api import PageSpec, hookimpl

LESSON = """\
## A live loss curve

A small network (one hidden layer of 32 *tanh* units) learns the curve
y = sin(x) from 256 noisy points. Every point of the plot is the loss of one
training step: the mean squared error on a batch of 32 points.

- The y axis is **logarithmic**, so the slow late progress shows as clearly
  as the fast start.
- Each step sees a different batch, so the curve is jagged: follow its
  trend, not its single points.
- The curve flattens near 0.01: the noise added to the data cannot be
  learned, so the loss cannot fall much below it.
- Set the learning rate to 1 and train again: the steps overshoot, the loss
  grows without bound and training stops with a message.
"""


@hookimpl
def synapse_register_pages(register):
    register(PageSpec(
        id="example-loss-curve",
        title="Example: live loss curve",
        description="Train a tiny network on noisy sine data and watch its loss fall",
        factory="synapse_lab_example.page:create_page",
        lesson=LESSON,
        concepts=("Loss curve", "Learning rate", "Divergence"),
        order=900,
    ))
