"""The read-only zone panel: a zone's (and a control unit's) attributes as HTML with
Chinese labels. Presentation only; fields that a layer lacks are simply not shown."""

import html

from qgis.PyQt.QtCore import QCoreApplication

from ..core import vocab

_translate = QCoreApplication.translate

# zone_type → 环境功能区类型 (Z 2.1)
ZONE_TYPES = vocab.type_names_zh()  # one source: core/tables/zone_types.csv
ROMAN = {"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "Ⅴ": "V", "Ⅵ": "VI"}
UNIT_CLASSES = {"1": "优先保护单元", "2": "重点管控单元", "3": "一般管控单元"}

ZONE_KEYS = ("zone_type", "code", "main_function", "env_target", "eco_target", "measures",
             "negative_list")
UNIT_KEYS = ("HJZHGKDYBM", "HJZHGKDYMC", "ZHGKDYFL")


def zone_fields():
    """(field, 中文标签, English label) of a zone, in the order shown."""
    return [
        ("code", "编码", _translate("EnvZoningUi", "Code")),
        ("name", "名称", _translate("EnvZoningUi", "Name")),
        ("zone_type", "类型", _translate("EnvZoningUi", "Zone type")),
        ("subtype", "亚类", _translate("EnvZoningUi", "Subtype")),
        ("area_km2", "面积（km²）", _translate("EnvZoningUi", "Area (km²)")),
        ("main_function", "主导功能", _translate("EnvZoningUi", "Main function")),
        ("env_target", "环境质量目标", _translate("EnvZoningUi", "Environmental quality targets")),
        ("eco_target", "生态保护目标", _translate("EnvZoningUi", "Ecological protection targets")),
        ("measures", "管控措施", _translate("EnvZoningUi", "Control measures")),
        ("negative_list", "负面清单", _translate("EnvZoningUi", "Negative list")),
    ]


def unit_fields():
    """(field, 中文标签, English label) of an environmental control unit."""
    return [
        ("HJZHGKDYBM", "环境管控单元编码", _translate("EnvZoningUi", "Control unit code")),
        ("HJZHGKDYMC", "环境管控单元名称", _translate("EnvZoningUi", "Control unit name")),
        ("ZHGKDYFL", "管控单元分类", _translate("EnvZoningUi", "Control unit class")),
    ]


def label(zh, en):
    """Chinese label, followed by the English one unless the UI language is Chinese (the
    translated English then equals the Chinese)."""
    return zh if en == zh else "%s <span style='color:#777'>%s</span>" % (zh, html.escape(en))


def _lookup(attrs, name):
    for key, value in attrs.items():
        if key.lower() == name.lower():
            return value
    return None


def _blank(value):
    if value is None:
        return True
    try:
        if value.isNull():  # QVariant NULL
            return True
    except AttributeError:
        pass
    return str(value).strip() in ("", "NULL")


def _text(field, value, attrs):
    text = str(value).strip()
    if field == "zone_type":
        key = ROMAN.get(text, text).upper()
        if key in ZONE_TYPES:
            return "%s %s" % (html.escape(text), ZONE_TYPES[key])
    if field == "ZHGKDYFL" and text in UNIT_CLASSES:
        return "%s %s" % (text, UNIT_CLASSES[text])
    if field == "area_km2":
        try:
            return "%.2f" % float(text)
        except ValueError:
            pass
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if len(lines) > 1:
        return "<ol style='margin:0 0 0 -18px'>%s</ol>" % "".join(
            "<li>%s</li>" % html.escape(ln) for ln in lines)
    return html.escape(text)


def _table(attrs, fields):
    """Label above value, one block per field that exists and is not empty (a narrow dock
    has no room for a two-column table)."""
    blocks = []
    for field, zh, en in fields:
        value = _lookup(attrs, field)
        if _blank(value):
            continue
        blocks.append("<p style='margin:6px 0 0 0'><b>%s</b></p><div style='margin:0 0 0 "
                      "8px'>%s</div>" % (label(zh, en), _text(field, value, attrs)))
    return "".join(blocks)


def placeholder_html():
    return "<p style='color:#555'>%s</p>" % html.escape(_translate(
        "EnvZoningUi", "Choose the zone tool and click on the map: the zone's code, name, "
                       "targets, measures and negative list are shown here."))


def result_html(result):
    """HTML of a maptool.IdentifyResult."""
    parts = []
    if result.zone is not None:
        parts.append("<h3 style='margin:2px 0'>%s</h3>" % label(
            "环境功能区", _translate("EnvZoningUi", "Environmental function zone")))
        parts.append("<p style='color:#777;margin:0'>%s</p>" % html.escape(
            _translate("EnvZoningUi", "Layer: %s") % result.zone_layer.name()))
        parts.append(_table(result.zone, zone_fields()))
    if result.unit is not None:
        parts.append("<h3 style='margin:8px 0 2px 0'>%s</h3>" % label(
            "环境管控单元", _translate("EnvZoningUi", "Environmental control unit")))
        parts.append("<p style='color:#777;margin:0'>%s</p>" % html.escape(
            _translate("EnvZoningUi", "Layer: %s") % result.unit_layer.name()))
        parts.append(_table(result.unit, unit_fields()))
    if not parts:
        if result.searched:
            msg = _translate(
                "EnvZoningUi", "No zone or control unit at this point (layers searched: "
                               "%s).") % ", ".join(result.searched)
        else:
            msg = _translate(
                "EnvZoningUi", "No zone layer: select a polygon layer with the fields "
                               "code, name, zone_type … or HJZHGKDYBM in the Layers panel.")
        parts.append("<p>%s</p>" % html.escape(msg))
    parts.append("<p style='color:#999;font-size:small'>%s</p>" % html.escape(
        _translate("EnvZoningUi", "Point: %.3f, %.3f (%s)") % (
            result.point.x(), result.point.y(), result.crs.authid() or "")))
    return "".join(parts)
