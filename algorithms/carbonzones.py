"""envzoning:carbonzones — N 5.8.3(7): carbon stock and greenhouse-gas control zones
(温室气体管控分区)."""


import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)
from .compat import QVariant

from ..core import air as A
from ..core import carbon as K
from ..core import control as C
from ..core import raster as R
from ..core import tables as T
from ..core.errors import Canceled, EnvZoningError
from . import base
from . import control_geom as G

FIELDS = [("element", QVariant.String), ("class", QVariant.Int),
          ("class_name", QVariant.String), ("kind", QVariant.String),
          ("rule", QVariant.String), ("clause", QVariant.String),
          ("stock_t", QVariant.Double), ("area_km2", QVariant.Double)]


def _fields():
    return base.fields_of(FIELDS)


class CarbonZones(base.EnvZoningAlgorithm):
    ID = "carbonzones"
    NAME_EN = "Greenhouse-gas control zones"
    NAME_ZH = "温室气体管控分区"
    GROUP = "control"
    SEED = "N 5.8.3(7) / N 5.8.3(7)"
    SUMMARY_ZH = ("生态系统碳储量（InVEST 碳模型结构：每个地类地上、地下生物量、土壤有机碳、死亡有机质四个碳库，t C/ha）"
                  "→ 碳储量栅格（t C/像元）；碳密度最高、合计占区域面积 HIGH_SHARE 的像元为温室气体优先保护区；"
                  "大气污染物与 CO2 排放热点（各占总量 EMISSION_SHARE 的最高像元）重合处为重点管控区；其余为一般管控区。")
    SUMMARY_EN = ("Ecosystem carbon stock (the InVEST carbon model's structure: four pools per "
                  "land-cover class — above- and below-ground biomass, soil, dead organic "
                  "matter, t C/ha) → a carbon-stock raster (t C per cell); the cells of highest "
                  "density covering HIGH_SHARE of the region are priority; where the pollutant "
                  "and CO2 emission hot spots (the cells holding EMISSION_SHARE of each total) "
                  "coincide, key; the rest general.")
    DECISION_ZH = ("插件自带的碳密度表只含可确切引用的 IPCC Tier 1 缺省值（source 列注明表号）：土壤有机碳取 2019 年修订版"
                   "第 4 卷第 2 章表 2.3 暖温带湿润区的参考值 SOCref（低活性黏土 55、湿地土壤 135 t C/ha，0–30 cm），"
                   "耕地再乘第 5 章表 5.5 的长期耕作因子 0.69（37.95 t C/ha）；非林地死亡有机质按 Tier 1 取 0。"
                   "生物量碳库没有缺省值（因地区和林分而异），须取自本地调查、森林资源清查或注明出处的研究。"
                   "表中空格表示“未知”而非 0：土地覆被中出现的地类缺任一碳库即报错并列出所缺碳库；无碳请填 0。"
                   "高碳储量面积按碳密度排序，与阈值相同的像元全部计入（每地类一个碳密度时整类计入）。")
    DECISION_EN = ("The shipped carbon table holds only the IPCC Tier 1 defaults that can be cited "
                   "exactly (the source column names the table): soil organic carbon SOCref of "
                   "the 2019 Refinement, Vol. 4 Ch. 2 Table 2.3, warm temperate moist (LAC soils "
                   "55, wetland soils 135 t C/ha, 0–30 cm), cropland × the long-term cultivated "
                   "factor 0.69 of Ch. 5 Table 5.5 (37.95 t C/ha); dead organic matter of "
                   "non-forest land 0 (Tier 1). The biomass pools have no default (they differ by "
                   "region and stand): they come from a local survey, the forest inventory or a "
                   "cited study. An empty cell is unknown, not 0: a class of the land cover with "
                   "an unknown pool is an error naming the pools; write 0 for none. The high-stock "
                   "area takes every cell tied at the threshold density (a whole class when each "
                   "class has one density).")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer("LANDCOVER", "Land cover"),
                 "土地覆被", "土地覆被栅格（代码与碳密度表一致，如 CLCD 1–9）",
                 "Land-cover raster (codes as in the carbon table, e.g. CLCD 1–9)")
        self.add(QgsProcessingParameterFeatureSource(
            "REGION", "Region", [QgsProcessing.TypeVectorPolygon]),
            "区划范围", "县（市）行政边界", "County boundary")
        self.add_table("CARBON_TABLE", "carbon_pools", "碳密度表", "Carbon pools",
                       "code、name_zh、c_above、c_below、c_soil、c_dead（t C/ha）、source",
                       "code, name_zh, c_above, c_below, c_soil, c_dead (t C/ha), source")
        self.add(QgsProcessingParameterFile(
            "CARBON_CSV", "Carbon pools (CSV file)", extension="csv", optional=True),
            "碳密度表文件", "可选：同列的 CSV 文件，给出时代替 CARBON_TABLE",
            "Optional CSV with the same columns; replaces CARBON_TABLE")
        self.add(QgsProcessingParameterNumber(
            "HIGH_SHARE", "High-stock share of the area", QgsProcessingParameterNumber.Double,
            0.3, minValue=0.01, maxValue=1.0), "高碳储量面积占比",
            "碳密度最高、合计占区域面积此比例的像元为优先保护区（默认 0.3）",
            "Cells of highest density covering this share of the region are priority (0.3)")
        self.add(QgsProcessingParameterRasterLayer("POLLUTANT_EMISSIONS",
                                                   "Air-pollutant emissions", optional=True),
                 "大气污染物排放清单栅格", "可选：t/km²·a", "Optional: t/km²·a")
        self.add(QgsProcessingParameterRasterLayer("CO2_EMISSIONS", "CO2 emissions",
                                                   optional=True),
                 "CO2 排放清单栅格", "可选：t/km²·a", "Optional: t/km²·a")
        self.add(QgsProcessingParameterNumber(
            "EMISSION_SHARE", "Emission hot-spot share", QgsProcessingParameterNumber.Double,
            0.8, minValue=0.01, maxValue=1.0), "排放热点占比",
            "排放量最高、合计占总量此比例的像元为热点（默认 0.8）",
            "The most intense cells holding this share of the total are hot spots (0.8)")
        self.add(QgsProcessingParameterRasterDestination("OUTPUT_STOCK", "Carbon stock"),
                 "碳储量栅格", "每像元碳储量（t C）", "Carbon stock per cell (t C)")
        self.add(QgsProcessingParameterFeatureSink(
            "OUTPUT", "Greenhouse-gas control zones", QgsProcessing.TypeVectorPolygon),
            "温室气体管控分区", "字段 element=ghg、class（1/2/3）、kind、rule、stock_t",
            "Fields element=ghg, class (1/2/3), kind, rule, stock_t")

    def process(self, parameters, context, feedback):
        csv = self.parameterAsFile(parameters, "CARBON_CSV", context)
        table = T.load(csv) if csv else self.table_param(parameters, "CARBON_TABLE",
                                                          "carbon_pools", context)
        lc_path, lc_label = base.raster_source(self, parameters, "LANDCOVER", context)
        grid, mask, crs = base.build_grid(self, parameters, context, feedback, lc_path,
                                          "REGION", None)
        try:
            pools = K.load_pools(table)
            src = R.open_aligned(lc_path, grid, "nearest", name=lc_label)
            lc = src.read(0, grid.ysize, grid.xsize)
            valid = R.valid_mask(lc, src.nodata)
            src.close()
            rm, _ = R.read_array(mask)
            valid &= rm > 0
            feedback.setProgress(20)
            dens = K.density(lc, valid, pools, table.name)
            cell_ha = abs(grid.gt[1] * grid.gt[5]) / 1e4
            stock = np.where(valid, dens * cell_ha, -1.0)
            out_stock = self.parameterAsOutputLayer(parameters, "OUTPUT_STOCK", context)
            R.write_array(out_stock, stock.astype(np.float32), grid, nodata=-1.0)
            prio = K.top_area_mask(dens, valid, self.parameterAsDouble(parameters, "HIGH_SHARE",
                                                                       context))
            feedback.setProgress(40)
            if feedback.isCanceled():
                raise Canceled()
            key = None
            share = self.parameterAsDouble(parameters, "EMISSION_SHARE", context)
            for name in ("POLLUTANT_EMISSIONS", "CO2_EMISSIONS"):
                s = base.raster_source(self, parameters, name, context, required=False)
                if s is None:
                    key = None
                    break
                es = R.open_aligned(s[0], grid, "nearest", name=s[1])
                ev = es.read(0, grid.ysize, grid.xsize).astype(np.float64)
                ok = R.valid_mask(ev, es.nodata) & valid
                es.close()
                hot = A.high_emission_mask(ev, ok, share)
                key = hot if key is None else (key & hot)
            classes = np.where(prio, 1, np.where(key if key is not None else False, 2, 3))
            classes = np.where(valid, classes, 0).astype(np.uint8)
            by_cls = G.polygons_by_value(classes, grid, "ghg")
        except EnvZoningError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.setProgress(70)
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, _fields(),
                                          QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        kinds = {1: "碳储量较高区域", 2: "污染物与温室气体排放高度协同区域", 3: "一般管控区"}
        rules = {1: "GHG-1", 2: "GHG-2", 3: "GHG-G"}
        for cls in (1, 2, 3):
            if cls not in by_cls:
                continue
            g = G.union(by_cls[cls])
            st = float(stock[classes == cls].sum())
            f = QgsFeature(_fields())
            f.setGeometry(g)
            f.setAttributes(["ghg", cls, C.CLASS_ZH[cls], kinds[cls], rules[cls],
                             "N 5.8.3(7)", round(st, 1), round(g.area() / 1e6, 6)])
            sink.addFeature(f, QgsFeatureSink.FastInsert)
        total = float(stock[valid].sum())
        feedback.pushInfo("Carbon stock / 碳储量: %.0f t C; priority %.1f %% of the area / 优先保护面积占比"
                          % (total, 100.0 * prio.sum() / max(1, valid.sum())))
        base.apply_style(context, dest, G.zone_qml())
        return {"OUTPUT": dest, "OUTPUT_STOCK": out_stock}
