"""Shared glue, progress and cancel (STYLE.md item 6): plain callables for core, and the
steps of a glue loop. A cancel raises core's ``Canceled``; base turns it into the one
"Canceled by the user / 用户已取消" error with nothing written."""

from ..core.errors import Canceled


def callbacks(feedback, start=0.0, end=100.0):
    """(progress(fraction), is_canceled()) plain callables for core (STYLE.md item 6)."""

    def progress(frac):
        feedback.setProgress(start + (end - start) * max(0.0, min(1.0, frac)))

    return progress, feedback.isCanceled


def check_canceled(feedback):
    """Raise ``Canceled`` when the user has canceled the run."""
    if feedback is not None and feedback.isCanceled():
        raise Canceled()


def report(feedback, percent):
    """One step of a run: honour cancel, then report ``percent``."""
    check_canceled(feedback)
    if feedback is not None:
        feedback.setProgress(percent)


def step(feedback, i, n, start, end, every=100):
    """In a loop over ``n`` items, at every ``every``-th one: honour cancel and report
    progress from ``start`` to ``end`` (percent)."""
    if feedback is None or i % every:
        return
    report(feedback, start + (end - start) * i / max(n, 1))
