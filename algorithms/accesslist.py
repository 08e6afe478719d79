"""envzoning:accesslist — N 5.11: the ecological-environment access list per control unit
(生态环境准入清单)."""


from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsWkbTypes,
)
from .compat import QVariant

from ..core import control as C
from ..core import control_io as CIO
from ..core import datastandard as D
from ..core import tables as T
from ..core.errors import Canceled
from ..paths import has_python_docx
from . import base
from .control_geom import unit_class_of, unit_value

class AccessList(base.EnvZoningAlgorithm):
    ID = "accesslist"
    NAME_EN = "Access list"
    NAME_ZH = "生态环境准入清单"
    GROUP = "control"
    SEED = "N 5.11 / N 5.11"
    SUMMARY_ZH = ("按单元分类和单元所涉要素管控分区（controlunits 输出的 zones 字段），从准入要求表集成每个单元的准入清单，"
                  "分空间布局约束、污染物排放管控、环境风险防控、资源开发效率要求四个维度；去重，总体清单已有的条目不再列入。"
                  "输出带四个维度字段的单元图层、DOCX 和 XLSX。")
    SUMMARY_EN = ("Integrates each unit's access list from the requirement table by the unit's "
                  "class and the element zones it overlaps (the zones field of controlunits), in "
                  "four dimensions (spatial layout, pollutant discharge, environmental risk, "
                  "resource efficiency); duplicates and items of the overall list are left out. "
                  "Outputs the units with the four fields, DOCX and XLSX.")
    DECISION_ZH = ("先列单元类别条目，再按表序列要素分区条目；去重按文本比较（忽略空格、全半角、编号和句末标点）。"
                   "随插件提供的准入要求表为示例条目（据 N 5.7–5.11 的要求改写），实际编制时请替换为地方管理要求。"
                   "输入单元带数据规范字段 KJBJYS、WRWPFGK、HJFXFK、ZYKFXLYQ（controlunits 输出）时，以本次清单重写这四个字段。")
    DECISION_EN = ("Unit-class items first, then element-zone items in table order; duplicates "
                   "are compared on the text ignoring spaces, full/half width, numbering and end "
                   "punctuation. The shipped requirement table holds stand-in items paraphrasing "
                   "N 5.7–5.11: replace them with the local requirements. When the units "
                   "carry the data-standard fields KJBJYS, WRWPFGK, HJFXFK, ZYKFXLYQ "
                   "(controlunits), they are rewritten with this list.")

    def initParameters(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(
            "UNITS", "Control units", [QgsProcessing.TypeVectorPolygon]),
            "管控单元", "controlunits 的输出（unit_class 或 ZHGKDYFL；zones 字段列出所涉要素分区）",
            "Output of controlunits (unit_class or ZHGKDYFL; the zones field lists the element "
            "zones)")
        self.add_table("REQUIREMENTS", "access_requirements", "准入要求表", "Requirement table",
                       "element=unit 时按单元类别，否则按要素（及类别、规则）挂接；dimension 为四个维度之一",
                       "element 'unit' attaches to the unit class, otherwise to element zones "
                       "(and class, rule); dimension is one of the four")
        self.add(QgsProcessingParameterFile(
            "REQUIREMENTS_FILE", "Requirement table file (CSV)", extension="csv", optional=True),
            "准入要求表文件 (CSV)", "可选：与准入要求表同列的 CSV 文件，给出时取代 REQUIREMENTS",
            "Optional CSV with the same columns; replaces REQUIREMENTS when given")
        self.add(QgsProcessingParameterFile(
            "OVERALL", "Overall list (CSV)", extension="csv", optional=True),
            "总体准入清单 (CSV)", "可选：全省/全市/全县总体准入清单，item 列（可有 dimension 列）；其中条目不再列入单元清单",
            "Optional overall (county-wide) list, column item (dimension optional); its items "
            "are left out of the unit lists")
        self.add(QgsProcessingParameterFeatureSink(
            "OUTPUT", "Units with access list", QgsProcessing.TypeVectorPolygon),
            "单元准入清单图层", "单元加四个维度字段 space_layout、emission_control、risk_control、"
            "resource_efficiency（每行一条）", "Units plus the four fields space_layout, "
            "emission_control, risk_control, resource_efficiency (one item per line)")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_DOCX", "Access list (DOCX)", "Word (*.docx)", optional=True,
            createByDefault=True), "准入清单 DOCX", "每个单元一张表（python-docx）",
            "One table per unit (python-docx)")
        self.add(QgsProcessingParameterFileDestination(
            "OUTPUT_XLSX", "Access list (XLSX)", "Excel (*.xlsx)", optional=True,
            createByDefault=True), "准入清单 XLSX", "每个单元一行（GDAL XLSX 驱动）",
            "One row per unit (GDAL's XLSX driver)")

    def process(self, parameters, context, feedback):
        req_file = self.parameterAsFile(parameters, "REQUIREMENTS_FILE", context)
        table = T.load(req_file) if req_file else self.table_param(
            parameters, "REQUIREMENTS", "access_requirements", context)
        requirements = C.load_requirements(table)
        overall_file = self.parameterAsFile(parameters, "OVERALL", context)
        overall = C.load_overall(T.load(overall_file)) if overall_file else []
        source = self.parameterAsSource(parameters, "UNITS", context)
        label = "%s (UNITS)" % source.sourceName() if source else "UNITS"
        base.check_source(source, "UNITS", label)
        feedback.setProgress(5)
        names = source.fields().names()
        if "unit_class" not in names and "ZHGKDYFL" not in names:
            raise QgsProcessingException(
                "Layer '%s' has neither unit_class nor ZHGKDYFL (fields: %s) / 图层“%s”缺少单元分类字段"
                % (label, ", ".join(names), label))
        if "zones" not in names:
            feedback.pushWarning("Layer '%s' has no zones field: only the unit-class items are "
                                 "listed / 图层缺少 zones 字段，仅列单元类别条目" % label)
        fields = base.add_fields(source.fields(), [(f, QVariant.String, 0, 0)
                                                   for f in C.DIMENSION_FIELDS])
        docx_path = self.parameterAsFileOutput(parameters, "OUTPUT_DOCX", context) \
            if parameters.get("OUTPUT_DOCX") not in (None, "") else ""
        xlsx_path = self.parameterAsFileOutput(parameters, "OUTPUT_XLSX", context) \
            if parameters.get("OUTPUT_XLSX") not in (None, "") else ""
        if docx_path:
            if not has_python_docx():
                raise QgsProcessingException(
                    "OUTPUT_DOCX needs python-docx: pip install python-docx, or install the plugin "
                    "from its zip (ext_libs/), or leave OUTPUT_DOCX empty / 生成 DOCX 需要 python-docx")
        rows, feats = [], []
        dups = dropped = 0
        n = source.featureCount()
        for i, f in enumerate(source.getFeatures()):
            if i % 100 == 0:
                if feedback.isCanceled():
                    raise Canceled()
                feedback.setProgress(5.0 + 65.0 * i / max(n, 1))
            cls = unit_class_of(f, label)
            zones = C.parse_zones_field(f["zones"] if "zones" in names else "")
            lists, dup, drop = C.unit_requirements(cls, zones, requirements, overall)
            dups += dup
            dropped += drop
            texts = [C.format_items(lists[d]) for d in C.DIMENSIONS]
            nf = QgsFeature(fields)
            nf.setGeometry(f.geometry())
            std = dict(zip(D.DIMENSION_STD_FIELDS, texts))   # controlunits' KJBJYS … follow
            attrs = [std.get(n, f[n]) for n in names if fields.lookupField(n) >= 0
                     and n not in C.DIMENSION_FIELDS]
            nf.setAttributes(attrs + texts)
            feats.append(nf)
            row = {"code": unit_value(f, ("code", "HJZHGKDYBM")),
                   "name": unit_value(f, ("name", "HJZHGKDYMC")),
                   "class_name": C.UNIT_CLASS_NAMES[cls],
                   "township": unit_value(f, ("township",)),
                   "area_km2": unit_value(f, ("area_km2",)) or f.geometry().area() / 1e6}
            row.update(dict(zip(C.DIMENSION_FIELDS, texts)))
            rows.append(row)
        feedback.setProgress(70)
        rows.sort(key=lambda r: str(r["code"]))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields,
                                          QgsWkbTypes.MultiPolygon, source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        for i, nf in enumerate(sorted(feats, key=lambda x: str(x["code"] if "code" in names
                                                             else x.id()))):
            if i % 100 == 0:
                if feedback.isCanceled():
                    raise Canceled()
                feedback.setProgress(70.0 + 10.0 * i / max(len(feats), 1))
            sink.addFeature(nf, QgsFeatureSink.FastInsert)
        feedback.setProgress(80)
        feedback.pushInfo("%d units; %d duplicate items and %d overall-list items left out / "
                          "单元 %d 个；去除重复条目 %d 条、总体清单已有条目 %d 条"
                          % (len(rows), dups, dropped, len(rows), dups, dropped))
        result = {"OUTPUT": dest, "OUTPUT_DOCX": None, "OUTPUT_XLSX": None}
        if xlsx_path:
            result["OUTPUT_XLSX"] = CIO.write_xlsx(xlsx_path, rows)
        feedback.setProgress(90)
        if docx_path:
            note = "依据 N 5.11；总体准入清单已明确的内容不再列入单元清单。" if overall else "依据 N 5.11。"
            result["OUTPUT_DOCX"] = CIO.write_docx(docx_path, rows, note=note)
        feedback.setProgress(100)
        return result
