"""Field types that work on QGIS 3.22 (Qt5: QVariant.Type) and on QGIS ≥ 3.38 / QGIS 4
(Qt6: QMetaType.Type — PyQt6 has no QVariant.Int). Algorithms import ``QVariant`` from
here instead of qgis.PyQt.QtCore and write ``QVariant.Int`` etc. as before."""

from qgis.core import Qgis

if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    class QVariant:  # noqa: D101 - a namespace of field types
        Int = QMetaType.Type.Int
        LongLong = QMetaType.Type.LongLong
        Double = QMetaType.Type.Double
        String = QMetaType.Type.QString
        Bool = QMetaType.Type.Bool
else:
    from qgis.PyQt.QtCore import QVariant  # noqa: F401
