"""The one output write path of every algorithm, glue part (issue 13; core/outputs.py
holds the file-system part).

``EnvZoningAlgorithm.processAlgorithm`` stages every destination parameter before
``process()`` runs: a file destination is re-pointed at the same name inside a private
staging folder in the destination folder, so whatever writes it — a feature sink,
``provenance_glue.write_layer``, ``core.raster.block_map``, python-docx, a CSV writer —
writes there. After ``process()`` returns, each staged file is re-opened and checked, then
moved over the destination atomically; the results and the layers QGIS loads on completion
are re-pointed at the final paths. On failure or cancel the staging folder is removed and
the previous outputs are untouched. An algorithm needs to do nothing to use it; writing an
output somewhere else than the path the parameter gives bypasses it.

TEMPORARY_OUTPUT, ``memory:`` and database destinations are not staged, and the value is
read without ``parameterAsOutputLayer`` so that each output is registered exactly once (by
``process()``)."""

import gc
import os

from qgis.core import (
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterVectorDestination,
    QgsProperty,
)

from ..core import outputs as O

STAGED_TYPES = (QgsProcessingParameterRasterDestination, QgsProcessingParameterVectorDestination,
                QgsProcessingParameterFeatureSink, QgsProcessingParameterFileDestination)


def static_value(value):
    """The plain destination string of a parameter value, or None when it is not static
    (an expression) or not a string."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        if value.propertyType() != QgsProperty.StaticProperty:
            return None
        value = value.staticValue()
    return value if isinstance(value, str) else None


def _rewrap(value, new):
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        d = QgsProcessingOutputLayerDefinition(value)
        d.sink = QgsProperty.fromValue(new)
        return d
    return new


class OutputPlan:
    """Staging of all file destinations of one run of ``alg``."""

    def __init__(self, alg, parameters):
        self.alg = alg
        self.parameters = parameters
        self.stages = {}
        self.finals = {}  # parameter name -> final file path

    def begin(self):
        """Stage the destinations; returns the parameters to run ``process()`` with."""
        out = None
        for p in self.alg.destinationParameterDefinitions():
            if not isinstance(p, STAGED_TYPES):
                continue
            value = self.parameters.get(p.name())
            dest = static_value(value)
            if dest is None or not O.is_file_destination(dest):
                continue
            file_path, layer = O.parse_destination(dest)
            folder = os.path.dirname(os.path.abspath(file_path))
            stage = self.stages.get(folder)
            if stage is None:
                stage = O.Stage(folder)
                self.stages[folder] = stage  # released even when begin fails
                stage.begin()
            staged = stage.add(file_path, layer)
            self.finals[p.name()] = os.path.abspath(file_path)
            if layer and isinstance(p, QgsProcessingParameterFeatureSink):
                new = "ogr:dbname='%s' table=\"%s\" (geom)" % (staged, layer)
            elif layer:
                new = "%s|layername=%s" % (staged, layer)
            else:
                new = staged
            out = out if out is not None else dict(self.parameters)
            out[p.name()] = _rewrap(value, new)
        return out if out is not None else self.parameters

    def final(self, value):
        """``value`` (a path, or a list/dict of them) with staged paths made final."""
        if isinstance(value, str):
            for stage in self.stages.values():
                value = stage.staged_to_final(value)
            return value
        if isinstance(value, list):
            return [self.final(v) for v in value]
        if isinstance(value, tuple):
            return tuple(self.final(v) for v in value)
        if isinstance(value, dict):
            return {k: self.final(v) for k, v in value.items()}
        return value

    def commit(self, results, context):
        """Validate and move every staged output into place; returns the final results."""
        if not self.stages:
            return results
        gc.collect()  # feature sinks flush and close when their last reference goes
        unwritten = set()
        for name, final in self.finals.items():
            if not (isinstance(results, dict) and results.get(name)):
                unwritten.add(final)
        for stage in self.stages.values():
            stage.commit(unwritten=unwritten)
        from .styles import _post_processors, rekey_loads

        for pp in _post_processors:
            pp.qml = self.final(pp.qml)
        if context is not None:
            rekey_loads(context, self.final)
        return self.final(results) if isinstance(results, dict) else results

    def explain(self, message):
        """``message`` (of an error raised by the run) with staged paths made final and, when
        a destination's disk is full, said so first, naming that destination."""
        message = self.final(str(message))
        full = any(k in message.lower() for k in ("no space left", "disk is full",
                                                    "disk full"))
        for stage in self.stages.values():
            if stage.entries and (full or O.low_space(stage.folder)):
                final = stage.entries[0][0]
                return "%s (%s)" % (O.io_error(final, OSError(28, "No space left on device")),
                                    message)
        return message

    def release(self):
        for stage in self.stages.values():
            stage.release()
        self.stages.clear()
