"""Errors raised by core. Algorithms turn them into QgsProcessingException unchanged:
the message already names the layer, field or value and says what to do."""


class EnvZoningError(Exception):
    """Bad input or bad table: the message is meant for the user."""


class Canceled(EnvZoningError):
    """The user canceled the run; partial outputs have been removed."""

    def __init__(self, message="Canceled by the user / 用户已取消"):
        super().__init__(message)
