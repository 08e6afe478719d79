"""Field types that work on QGIS 3.22 (Qt5: QVariant.Type) and on QGIS ≥ 3.38 / QGIS 4
(Qt6: QMetaType.Type — PyQt6 has no QVariant.Int). Algorithms import ``QVariant`` from
here instead of qgis.PyQt.QtCore and write ``QVariant.Int`` etc. as before."""

from qgis.core import Qgis

if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    class QVariant:  # noqa: D101 - a namespace of field types
        Int = QMetaType.Type.Int
        UInt = QMetaType.Type.UInt
        LongLong = QMetaType.Type.LongLong
        ULongLong = QMetaType.Type.ULongLong
        Double = QMetaType.Type.Double
        String = QMetaType.Type.QString
        Bool = QMetaType.Type.Bool
else:
    from qgis.PyQt.QtCore import QVariant  # noqa: F401


def font_families():
    """The installed font families, on Qt5 (QFontDatabase().families(), an instance method)
    and Qt6 (QFontDatabase.families(), static: ``QFontDatabase()`` raises under PyQt6).
    Empty without a GUI application (no font database)."""
    from qgis.PyQt.QtGui import QFontDatabase, QGuiApplication

    if QGuiApplication.instance() is None:
        return set()
    try:
        return set(QFontDatabase.families())  # Qt6
    except TypeError:  # Qt5: unbound instance method
        return set(QFontDatabase().families())
