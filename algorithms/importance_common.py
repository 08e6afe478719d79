"""Glue shared by the importance algorithms (waterconservation, soilconservation,
biodiversity, floodregulation): climate parameter, the factor grid, burning per-feature
levels so that the highest level wins where features overlap."""

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProviderRegistry,
)
from .compat import QVariant

from ..core import importance as I
from . import base

CLIMATE_OPTIONS = ["干旱 arid", "半干旱 semi-arid", "半湿润 semi-humid", "湿润 humid"]


def add_climate(alg):
    alg.add(QgsProcessingParameterEnum("CLIMATE", "Climate zone", CLIMATE_OPTIONS,
                                       defaultValue=3),
            "气候区", "表2-1 的列：干旱、半干旱、半湿润、湿润（浙江：湿润）",
            "Column of table 2-1: arid, semi-arid, semi-humid, humid (Zhejiang: humid)")


def add_words(alg):
    alg.add_table("WORDS_TABLE", "importance_words", "重要性等级词表", "Importance words",
                  "等级词 → 等级（约定：极重要 5、中等重要 3、较重要/比较重要 2、不重要 1）",
                  "word → level (decision: 极重要 5, 中等重要 3, 较重要/比较重要 2, 不重要 1)")


def words(alg, parameters, context):
    return I.Words(alg.table_param(parameters, "WORDS_TABLE", "importance_words", context))


def add_reference(alg):
    alg.add(QgsProcessingParameterRasterLayer("REFERENCE", "Reference grid raster",
                                              optional=True),
            "参考栅格", "输出与其网格一致（如土壤侵蚀敏感性等级栅格），其无数据处输出亦为无数据；"
            "与 REGION 至少给一个",
            "The output takes its grid (e.g. the soil-erosion level raster) and its nodata; "
            "give REFERENCE or REGION")
    alg.add(QgsProcessingParameterFeatureSource("REGION", "Region", [
        QgsProcessing.TypeVectorPolygon], optional=True),
        "区划范围", "可选：分析范围（网格按其范围和像元大小对齐，范围外为无数据）",
        "Optional region: the grid is its extent snapped to the cell size; outside is nodata",
        advanced=True)
    alg.add(QgsProcessingParameterNumber("CELL_SIZE", "Cell size (m)",
                                         QgsProcessingParameterNumber.Double, None,
                                         optional=True, minValue=0.0),
            "像元大小 (m)", "分析网格像元大小（默认：参考栅格的像元；仅有 REGION 时 30 m）",
            "Analysis cell size (default: the reference raster's; 30 m with a region only)",
            advanced=True)


def check_reference(parameters):
    if parameters.get("REFERENCE") in (None, "") and parameters.get("REGION") in (None, ""):
        return False, ("“参考栅格”（REFERENCE）或“区划范围”（REGION）至少给出一个 / "
                      "Give 'Reference grid raster' (REFERENCE) or 'Region' (REGION)")
    return True, ""


def factor_grid(alg, parameters, context, feedback):
    """(grid, crs, inputs) — inputs holds the region mask or the reference raster; the
    cells that get a level are :func:`inside` of the block."""
    ref = base.raster_source(alg, parameters, "REFERENCE", context, required=False)
    grid, mask, crs = base.build_grid(alg, parameters, context, feedback,
                                      ref[0] if ref else None)
    feedback.pushInfo("Analysis grid / 分析网格: %r" % grid)
    if mask:
        return grid, crs, {"inside": {"path": mask}}
    return grid, crs, {"inside": {"path": ref[0], "label": ref[1]}}


def inside(block):
    """Cells inside the region (mask > 0) or where the reference raster has data."""
    return block.valid["inside"]  # the region mask has nodata 0 outside


def burn(features, values, crs, grid, context, name, dtype="uint8", nodata=0,
         ascending=True):
    """Rasterize ``features`` with one value each; sorted so that the last (winning) burn
    is the highest value (``ascending``), the lowest (False) or the last given (None).
    None when there are no features."""
    if not features:
        return None
    fields = QgsFields()
    fields.append(QgsField("v", QVariant.Double if dtype.startswith("float") else QVariant.Int))
    pairs = list(zip(values, range(len(values))))
    if ascending is not None:  # None: keep the given order
        pairs.sort(reverse=not ascending)
    out = []
    for v, i in pairs:
        nf = QgsFeature(fields)
        nf.setGeometry(features[i].geometry())
        nf.setAttributes([v])
        out.append(nf)
    return base.rasterize_features(out, fields, crs, grid, context, name, attribute="v",
                                   dtype=dtype, nodata=nodata)


def source(alg, parameters, name, context, feedback, crs):
    """(source, label, features in crs) of a vector parameter, checked."""
    src = alg.parameterAsSource(parameters, name, context)
    base.check_source(src, name)
    label = "%s (%s)" % (layer_name(alg, parameters, name, context, src), name)
    return src, label, base.features_in_crs(src, crs, context, feedback, label)


def layer_name(alg, parameters, name, context, src):
    """The name a user knows: the GeoPackage layer's name rather than the file's."""
    label = src.sourceName()
    try:
        lyr = alg.parameterAsVectorLayer(parameters, name, context)
    except Exception:  # noqa: BLE001
        lyr = None
    if lyr is not None:
        parts = QgsProviderRegistry.instance().decodeUri(lyr.providerType(), lyr.source())
        label = parts.get("layerName") or lyr.name() or label
    return label


def field(alg, parameters, name, context, src, label, required=True):
    f = alg.parameterAsString(parameters, name, context) if name in parameters else ""
    if not f:
        if required:
            raise QgsProcessingException("Parameter %s: choose a field / 请选择字段" % name)
        return None, -1
    return f, base.field_index(src, f, label, name)
