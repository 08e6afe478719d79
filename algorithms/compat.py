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


# The Chinese of the enum options the algorithms declare in English (issue 14 item 5): the one
# place for option names; base.add shows each option "中文 English" like the other texts
# (only the Chinese with the zh_CN translation loaded). Options already holding Chinese, and
# units, are shown as written.
OPTION_NAMES_ZH = {
    "Auto (by ADMIN_CODE)": "自动（按行政区划代码）",
    "Source county (90 %)": "源头县（90 %）",
    "Key ecological county": "重点生态功能区县",
    "Other (75 %)": "其他（75 %）",
    "Error": "报错",
    "Skip with a warning": "跳过并警告",
    "Samples inside each plot": "地块内样点",
    "IDW interpolation to a grid": "IDW 插值到网格",
    "IDW interpolation aggregated by plot": "IDW 插值按地块汇总",
    "Nodata": "记为无数据",
    "Unicode (Ⅰ…Ⅵ)": "Unicode 罗马数字（Ⅰ…Ⅵ）",
    "ASCII (I…VI)": "ASCII 字母（I…VI）",
    "Soil-erosion sensitivity level 1–5": "土壤侵蚀敏感性等级 1–5",
    "SL190 intensity code 1–6": "SL190 侵蚀强度码 1–6",
    "Majority": "众数",
    "Maximum": "最大值",
    "Mean (rounded)": "均值（四舍五入）",
    "CLCD (China Land Cover Dataset)": "CLCD（中国土地覆盖数据集）",
    "ESA WorldCover": "ESA WorldCover（欧空局全球地表覆盖）",
    "Custom (VEGETATION_TABLE)": "自定义（VEGETATION_TABLE）",
}
