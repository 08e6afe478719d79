"""envzoning — environmental function zoning and zoning control for QGIS.

QGIS (Desktop and ``qgis_process``) calls :func:`classFactory`. Nothing here imports
qgis at module level, so ``envzoning.core`` stays importable without QGIS.
"""


def classFactory(iface):  # noqa: N802 - QGIS API name
    from .plugin import EnvZoningPlugin

    return EnvZoningPlugin(iface)
