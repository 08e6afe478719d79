"""envzoning:ecoimportance — Z 3.2.1(2), Z annex-1 2."""

from qgis.core import (
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..core import blocks as B
from ..core import raster as R
from . import base

FACTORS = [  # (parameter, code of the dominant raster, zh, en)
    ("WATER", 1, "水源涵养重要性", "Water conservation level"),
    ("SOIL", 2, "水土保持重要性", "Soil conservation level"),
    ("BIODIVERSITY", 3, "生物多样性保护重要性", "Biodiversity level"),
    ("FLOOD", 4, "洪水调蓄功能重要性", "Flood regulation level"),
]


class EcoImportance(base.EnvZoningAlgorithm):
    ID = "ecoimportance"
    NAME_EN = "Ecosystem importance"
    NAME_ZH = "生态系统重要性"
    GROUP = "evaluation"
    SEED = "Z 3.2.1(2)、附录1 2 / Z 3.2.1(2), annex-1 2"
    SUMMARY_ZH = ("［生态系统重要性指数］= Max{水源涵养, 土壤保持, 生物多样性维护, 洪水调蓄}（最大限制因素法）；"
                  "主导因子栅格记录决定等级的因子：1 水源涵养、2 土壤保持、3 生物多样性、4 洪水调蓄。"
                  "可只给其中部分因子（至少一个）。")
    SUMMARY_EN = ("Importance = max of water conservation, soil conservation, biodiversity and "
                  "flood regulation (the most-limiting-factor method); the dominant-factor raster "
                  "says which factor decided: 1 water, 2 soil, 3 biodiversity, 4 flood. Any "
                  "subset of at least one factor.")
    DECISION_ZH = "并列时取参数顺序在前的因子（水源涵养、土壤保持、生物多样性、洪水调蓄）。输出取第一个给出的因子栅格的网格。"
    DECISION_EN = ("Ties go to the first factor in parameter order (water, soil, biodiversity, "
                   "flood). The outputs take the grid of the first factor given.")

    def initParameters(self, config=None):  # noqa: N802
        for name, code, zh, en in FACTORS:
            self.add(QgsProcessingParameterRasterLayer(name, en, optional=True),
                     zh + "等级", "%s等级栅格（1–5，0 为无数据）；主导因子码 %d" % (zh, code),
                     "%s raster (1–5, nodata 0); dominant code %d" % (en, code))
        self.add(QgsProcessingParameterRasterDestination("OUTPUT_LEVEL", "Importance level"),
                 "生态系统重要性等级", "等级 1–5（Byte，0 为无数据）", "Level 1–5 (Byte, nodata 0)")
        self.add(QgsProcessingParameterRasterDestination("OUTPUT_DOMINANT", "Dominant factor"),
                 "主导因子", "1 水源涵养、2 土壤保持、3 生物多样性、4 洪水调蓄（0 为无数据）",
                 "1 water, 2 soil, 3 biodiversity, 4 flood (nodata 0)")

    def checkParameterValues(self, parameters, context):  # noqa: N802
        if all(parameters.get(n) in (None, "") for n, _, _, _ in FACTORS):
            return False, ("至少给出一个重要性因子栅格 / Give at least one importance raster "
                           "(WATER, SOIL, BIODIVERSITY, FLOOD)")
        return super().checkParameterValues(parameters, context)

    def process(self, parameters, context, feedback):
        given = []
        for name, code, _, _ in FACTORS:
            src = base.raster_source(self, parameters, name, context, required=False)
            if src is not None:
                given.append((name, code, src[0], src[1]))
        grid = R.Grid.from_raster(given[0][2], given[0][3])
        feedback.pushInfo("Factors / 因子: %s; grid %r" % (", ".join(g[0] for g in given), grid))
        inputs = {g[0]: {"path": g[2], "label": g[3]} for g in given}
        fn = B.ImportanceCombineBlock([g[0] for g in given], [g[1] for g in given],
                                      [g[3] for g in given])

        out = self.parameterAsOutputLayer(parameters, "OUTPUT_LEVEL", context)
        out_dom = self.parameterAsOutputLayer(parameters, "OUTPUT_DOMINANT", context)
        progress, canceled = base.callbacks(feedback)
        R.block_map(fn, grid, inputs, {"level": {"path": out, "dtype": "uint8", "nodata": 0},
                                       "dominant": {"path": out_dom, "dtype": "uint8",
                                                    "nodata": 0}},
                    progress=progress, is_canceled=canceled)
        base.apply_style(context, out, base.level_style_qml("importance"))
        base.apply_style(context, out_dom, base.level_style_qml("importance_factor"))
        return {"OUTPUT_LEVEL": out, "OUTPUT_DOMINANT": out_dom}
