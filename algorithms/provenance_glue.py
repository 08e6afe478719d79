"""Provenance of zoning outputs, QGIS side (issue 5 item 6; method in core/provenance.py).

Any algorithm of the chain can call, after its output file is closed::

    rec = provenance_glue.make_record(self, parameters, context,
                                      tables=[P.table_entry(t, "zoning_rules")], ...)
    provenance_glue.write(output_path, rec, feedback)

Where it is stored (**Decision**, issue 14 item 8): in the layer's metadata — for a
GeoPackage the ``gpkg_metadata`` / ``gpkg_metadata_reference`` tables (scope ``dataset``,
referencing the layer), what Layer Properties › Metadata shows: the abstract names the steps,
each step of the chain (upstream steps first) is a history entry
``envzoning provenance: {json}``. No extra table, so adding the output GeoPackage to QGIS
shows its one layer, not a sub-layer dialog. Other formats: QGIS writes a ``.qmd`` beside a
shapefile. GeoPackages of earlier versions with a ``provenance`` table are still read.
"""

import os

from qgis.core import (
    QgsLayerMetadata,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core import provenance as P

TABLE = "provenance"
HISTORY_PREFIX = "envzoning provenance: "


def _path_and_layer(path):
    """('/x/zones.gpkg', 'zones') from an OGR source or output path."""
    parts = str(path).split("|")
    file_path, layer = parts[0], None
    for p in parts[1:]:
        if p.startswith("layername="):
            layer = p[len("layername="):]
    if layer is None:
        layer = os.path.splitext(os.path.basename(file_path))[0]
    return file_path, layer


def _layer_label(layer):
    try:
        src = layer.source()
    except Exception:  # noqa: BLE001
        return str(layer)
    file_path, lname = _path_and_layer(src)
    base = os.path.basename(file_path)
    return base if lname == os.path.splitext(base)[0] else "%s|%s" % (base, lname)


def make_record(alg, parameters, context, tables=(), rule_table=None, upstream_params=("INPUT",),
                extra=None):
    """A provenance record of ``alg``'s run: plain parameter values (outputs left out, layers
    and files reduced to their names, matrix tables left to ``tables``), the input layers'
    names, and the records read from the layers named in ``upstream_params``."""
    params, inputs, upstream = {}, {}, []
    for d in alg.parameterDefinitions():
        name = d.name()
        if d.isDestination() or name not in parameters:
            continue
        value = parameters[name]
        if value is None or value == "":
            continue
        if isinstance(d, QgsProcessingParameterMatrix):
            continue
        if isinstance(d, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer,
                          QgsProcessingParameterRasterLayer, QgsProcessingParameterMapLayer)):
            if isinstance(d, QgsProcessingParameterRasterLayer):
                layer = alg.parameterAsRasterLayer(parameters, name, context)
            elif isinstance(d, QgsProcessingParameterMapLayer):
                layer = alg.parameterAsLayer(parameters, name, context)
            else:
                layer = alg.parameterAsVectorLayer(parameters, name, context)
            inputs[name] = _layer_label(layer) if layer is not None else str(value)
            if name in upstream_params and layer is not None:
                upstream.extend(read(layer.source()))
            continue
        if isinstance(d, QgsProcessingParameterMultipleLayers):
            layers = alg.parameterAsLayerList(parameters, name, context)
            inputs[name] = [_layer_label(lyr) for lyr in layers]
            continue
        if isinstance(d, QgsProcessingParameterFile):
            path = alg.parameterAsFile(parameters, name, context)
            params[name] = {"file": os.path.basename(path),
                            "sha256": P.file_sha256(path) if os.path.isfile(path) else None}
            continue
        params[name] = value if isinstance(value, (bool, int, float, str)) else str(value)
    if extra:
        params.update(extra)
    return P.record(alg.name(), params, tables=tables, seed=getattr(alg, "SEED", ""),
                    rule_table=rule_table, inputs=inputs, upstream=_nest(upstream))


def _nest(steps):
    """The last step of a chain read back, with the earlier ones as its upstream."""
    last = P.nest(steps)
    return [last] if last is not None else []


def read(source):
    """The provenance steps (oldest first) stored with a layer, or [] if none: the layer
    metadata's history entries; for a GeoPackage of an earlier version, its ``provenance``
    table."""
    file_path, lname = _path_and_layer(source)
    if not os.path.exists(file_path):
        return []
    gpkg = file_path.lower().endswith(".gpkg")
    uri = "%s|layername=%s" % (file_path, lname) if gpkg else file_path
    steps = []
    layer = QgsVectorLayer(uri, lname, "ogr")
    if layer.isValid():
        for entry in layer.metadata().history():
            if entry.startswith(HISTORY_PREFIX):
                rec = P.from_json(entry[len(HISTORY_PREFIX):])
                if rec is not None:
                    steps.append(rec)
    del layer
    if steps or not gpkg:
        return steps
    return _read_old_table(file_path, lname)


def _read_old_table(file_path, lname):
    """The steps of the ``provenance`` table written by envzoning before issue 14."""
    table = QgsVectorLayer("%s|layername=%s" % (file_path, TABLE), "provenance", "ogr")
    if not table.isValid():
        return []
    rows = []
    for f in table.getFeatures():
        rows.append((f["layer"], int(f["step"] or 0), f["record"]))
    mine = [r for r in rows if r[0] == lname] or rows
    steps = []
    for _, _, text in sorted(mine, key=lambda r: r[1]):
        rec = P.from_json(text)
        if rec is not None:
            steps.append(rec)
    return steps


def write(output_path, rec, feedback=None):
    """Store ``rec`` with the output (see the module doc). Returns the list of steps."""
    file_path, lname = _path_and_layer(output_path)
    steps = P.chain(rec)
    uri = "%s|layername=%s" % (file_path, lname)
    md = QgsLayerMetadata()
    layer = QgsVectorLayer(uri, lname, "ogr")
    if layer.isValid():
        md = layer.metadata()
    md.setIdentifier(lname)
    md.setTitle(lname)
    md.setAbstract("envzoning: " + " → ".join(s.get("algorithm", "?") for s in steps)
                   + "\n(each step in the history 每一步见“历史”)")
    md.setHistory([HISTORY_PREFIX + P.to_json(s) for s in steps])
    del layer
    ok, err = QgsProviderRegistry.instance().saveLayerMetadata("ogr", uri, md)
    if not ok and feedback is not None:
        feedback.pushWarning("Provenance not written to the layer metadata of '%s' (%s) / "
                             "未能把来源记录写入图层元数据" % (os.path.basename(file_path), err))
    return steps


# -- zone layers: shared by namezones, checkzoning, zonetargets (and free to the chain) -----

ZONE_QML = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                        "resources", "styles", "zones.qml")


def source_label(source, param):
    try:
        name = source.sourceName()
    except Exception:  # noqa: BLE001
        name = ""
    return "%s (%s)" % (name, param) if name else param


def zone_field_indexes(source, label, fields=("zone_type", "subtype")):
    """Indexes of the zone fields (CONTRIBUTING: zone_type, subtype); error naming the layer."""
    out = []
    for name in fields:
        i = source.fields().lookupField(name)
        if i < 0:
            raise QgsProcessingException(
                "Layer '%s' has no field '%s' (fields: %s); zone layers carry zone_type and "
                "subtype (output of zoning/mergezones) / 图层“%s”缺少字段“%s”"
                % (label, name, ", ".join(source.fields().names()), label, name))
        out.append(i)
    return out


def output_fields(src_fields, specs):
    """The source fields + ``specs`` (base.add_fields) without the GeoPackage ``fid``
    column, so the writer numbers the output features in their output order."""
    from . import base

    out = base.add_fields(src_fields, specs)
    i = out.lookupField("fid")
    if i >= 0:
        out.remove(i)
    return out


def carry_attributes(feature, src_fields, out_fields):
    """The feature's attributes laid out for ``out_fields`` (same names), new ones None."""
    attrs = [None] * out_fields.count()
    values = feature.attributes()
    for i in range(src_fields.count()):
        j = out_fields.lookupField(src_fields.at(i).name())
        if j >= 0 and i < len(values):
            attrs[j] = values[i]
    return attrs


def code_sort_key(code):
    """Sort key of a zone code 1024-Ⅱ-1-5: type, subtype digit, serial."""
    from ..core.naming import normalize_type, ROMAN_ASCII

    parts = str(code or "").split("-")
    try:
        return (ROMAN_ASCII.index(normalize_type(parts[1])), int(parts[2]), int(parts[3]), "")
    except (IndexError, ValueError, Exception):  # noqa: BLE001
        return (99, 0, 0, str(code))


def write_layer(path, features, fields, wkb_type, crs, context, default_name="zones"):
    """Write ``features`` to ``path`` (GeoPackage unless the extension says otherwise) and
    return the path. Geometries are made multi-part of ``wkb_type``'s kind."""
    if not path or str(path).startswith("memory:"):
        raise QgsProcessingException("OUTPUT: give a file (GeoPackage) / 请指定输出文件（GeoPackage）")
    file_path, lname = _path_and_layer(path)
    if "|layername=" not in str(path):
        lname = os.path.splitext(os.path.basename(file_path))[0] or default_name
    ext = os.path.splitext(file_path)[1].lstrip(".").lower() or "gpkg"
    driver = QgsVectorFileWriter.driverForExtension(ext) or "GPKG"
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = driver
    opts.fileEncoding = "UTF-8"
    if driver == "GPKG":
        opts.layerName = lname
        if os.path.exists(file_path):
            opts.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    multi = QgsWkbTypes.multiType(wkb_type) if wkb_type != QgsWkbTypes.NoGeometry else wkb_type
    writer = QgsVectorFileWriter.create(file_path, fields, multi, crs, context.transformContext(),
                                        opts)
    if writer.hasError() != QgsVectorFileWriter.NoError:
        raise QgsProcessingException("Cannot write '%s': %s / 无法写出" % (file_path,
                                                                        writer.errorMessage()))
    for f in features:
        if multi != QgsWkbTypes.NoGeometry and f.hasGeometry():
            g = f.geometry()
            if not g.isMultipart():
                g.convertToMultiType()
                f.setGeometry(g)
        if not writer.addFeature(f):
            raise QgsProcessingException("Cannot write a feature to '%s': %s"
                                         % (file_path, writer.errorMessage()))
    del writer
    if driver == "GPKG":
        return "%s|layername=%s" % (file_path, lname) if "|layername=" in str(path) else file_path
    return file_path


def style(context, path):
    """The zone style (resources/styles/zones.qml) beside the output, if it is shipped."""
    from . import base

    if os.path.exists(ZONE_QML):
        base.apply_style(context, str(path).split("|")[0], qml_file=ZONE_QML)
