"""Shared glue, progress and cancel (STYLE.md item 6): plain callables for core."""


def callbacks(feedback, start=0.0, end=100.0):
    """(progress(fraction), is_canceled()) plain callables for core (STYLE.md item 6)."""

    def progress(frac):
        feedback.setProgress(start + (end - start) * max(0.0, min(1.0, frac)))

    return progress, feedback.isCanceled
