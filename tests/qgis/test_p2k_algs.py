"""P2, air/water/soil quality, emission, K and A through Processing, on a tiny hand-made
county of four townships A, B, C, D (EPSG:4549) — the case of tests/core/test_indices.py:
areas 10, 20, 50, 20 km²; population 1000, 4000, 500, 2500; GDP 2000, 12000, 500, 5500."""

import os

import pytest
from osgeo import ogr, osr

X0, Y0, Y1 = 500000.0, 3000000.0, 3005000.0
TOWNS = [  # name, x from, x to, population, gdp, air, water, soil, emission
    ("A", 500000, 502000, 1000, 2000, 5, 4, 5, 2),
    ("B", 502000, 506000, 4000, 12000, 4, 3, 5, 5),
    ("C", 506000, 516000, 500, 500, 5, 5, 4, 1),
    ("D", 516000, 520000, 2500, 5500, 3, 2, 4, 4),
]


def _srs():
    s = osr.SpatialReference()
    s.ImportFromEPSG(4549)
    return s


def _write(path, layer, geom_type, fields, rows):
    """rows: (wkt, {field: value})."""
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.Open(path, 1) if os.path.exists(path) else drv.CreateDataSource(path)
    lyr = ds.CreateLayer(layer, _srs(), geom_type)
    for name, t in fields:
        lyr.CreateField(ogr.FieldDefn(name, t))
    for wkt, vals in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for k, v in vals.items():
            if v is not None:
                f.SetField(k, v)
        lyr.CreateFeature(f)
    ds = None
    return "%s|layername=%s" % (path, layer)


def _rect(x0, x1, y0=Y0, y1=Y1):
    return "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)


def _pt(x, y=3002500.0):
    return "POINT(%f %f)" % (x, y)


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    d = tmp_path_factory.mktemp("county")
    path = str(d / "county.gpkg")
    I, R, S = ogr.OFTInteger, ogr.OFTReal, ogr.OFTString
    towns = _write(path, "townships", ogr.wkbPolygon,
                   [("name", S), ("population", I), ("gdp", R), ("air", I), ("water", I),
                    ("soil", I), ("emission", I), ("cod", R), ("nh3n", R), ("so2", R),
                    ("nox", R)],
                   [(_rect(t[1], t[2]), dict(zip(
                       ["name", "population", "gdp", "air", "water", "soil", "emission"], t[:1] + t[3:])))
                    for t in TOWNS])
    # emissions (t/a): COD 10 60 50 60 -> per km² 1 3 1 3; NH3-N 1 -> .1 .05 .02 .05;
    # SO2 0; NOx 5 10 25 10 -> .5 everywhere
    ds = ogr.Open(path, 1)
    lyr = ds.GetLayerByName("townships")
    for f, cod, nh3n, nox in zip(list(lyr), [10, 60, 50, 60], [1, 1, 1, 1], [5, 10, 25, 10]):
        f.SetField("cod", cod)
        f.SetField("nh3n", nh3n)
        f.SetField("so2", 0.0)
        f.SetField("nox", nox)
        lyr.SetFeature(f)
    ds = None
    # air stations, μg/m³: S1, S2 in A; S3 in B; S4 in C 500 m from D; none in D
    stations = _write(path, "stations", ogr.wkbPoint,
                      [("name", S), ("so2", R), ("no2", R), ("pm10", R), ("api", R)],
                      [(_pt(500500), {"name": "S1", "so2": 50, "no2": 40, "pm10": 40, "api": 40}),
                       (_pt(501500), {"name": "S2", "so2": 150, "no2": 40, "pm10": 60, "api": 80}),
                       (_pt(504000), {"name": "S3", "so2": 10, "no2": 200, "pm10": 100, "api": 150}),
                       (_pt(515500), {"name": "S4", "so2": 5, "no2": 10, "pm10": 385, "api": 250})])
    # water sections: five in A (I II III 劣V 劣V -> 60 % / 40 %), two in B with
    # concentrations (mean codmn 4 II, nh3n 0.6 III, do 6 II -> III) and a class field
    # that must be ignored (fewer than 5: mean concentrations), one in C (class I)
    wrows = [(_pt(500200 + 300 * i), {"name": "W%d" % i, "class": c})
             for i, c in enumerate(["I", "Ⅱ", "III类", "劣V", "劣Ⅴ"])]
    wrows += [(_pt(503000), {"name": "WB1", "class": "I", "codmn": 3, "nh3n": 0.4, "do": 7}),
              (_pt(505000), {"name": "WB2", "class": "I", "codmn": 5, "nh3n": 0.8, "do": 5}),
              (_pt(510000), {"name": "WC", "class": "I", "codmn": 1.5, "nh3n": 0.1, "do": 8})]
    sections = _write(path, "sections", ogr.wkbPoint,
                      [("name", S), ("class", S), ("codmn", R), ("nh3n", R), ("do", R)], wrows)
    # soil samples: A cd 0.63 pb 45 (Pi 2.1, 0.5); B two samples cd 0.3/0.9 (mean Pi 2);
    # C one sample (Pi 0.2); D none: takes SC, 1 km from its border
    samples = _write(path, "samples", ogr.wkbPoint,
                     [("name", S), ("cd", R), ("pb", R), ("as_", R), ("ph", R), ("use", S)],
                     [(_pt(501000), {"name": "SA", "cd": 0.63, "pb": 45, "as_": 20, "ph": 7.0,
                                     "use": "水田"}),
                      (_pt(503000), {"name": "SB1", "cd": 0.3, "pb": 9, "as_": 4, "ph": 5.0,
                                     "use": "旱地"}),
                      (_pt(505000), {"name": "SB2", "cd": 0.9, "pb": 9, "as_": 4, "ph": 8.0,
                                     "use": "旱地"}),
                      (_pt(515000), {"name": "SC", "cd": 0.06, "pb": 9, "as_": 4, "ph": 6.0,
                                     "use": "其他"})])
    # P1 grid: cells inside A (p1 1), straddling A/B 600/400 m (p1 2 -> A), inside B (p1 2),
    # inside C (p1 5), inside D (p1 3), outside every township (p1 1)
    grid = _write(path, "grid", ogr.wkbPolygon, [("p1", I), ("sens", I)],
                  [(_rect(500000, 501000, 3000000, 3001000), {"p1": 1, "sens": 1}),
                   (_rect(501400, 502400, 3000000, 3001000), {"p1": 2, "sens": 2}),
                   (_rect(503000, 504000, 3000000, 3001000), {"p1": 2, "sens": 2}),
                   (_rect(510000, 511000, 3000000, 3001000), {"p1": 5, "sens": 5}),
                   (_rect(517000, 518000, 3000000, 3001000), {"p1": 3, "sens": 3}),
                   (_rect(530000, 531000, 3000000, 3001000), {"p1": 1, "sens": 1})])
    return {"dir": str(d), "towns": towns, "stations": stations, "sections": sections,
            "samples": samples, "grid": grid}


def _rows(path, key="name"):
    from qgis.core import QgsVectorLayer

    lyr = QgsVectorLayer(path, "out", "ogr")
    assert lyr.isValid(), path
    return {f[key] if key else f.id(): {n: _py(f[n]) for n in lyr.fields().names()}
            for f in lyr.getFeatures()}


def _py(v):
    from qgis.PyQt.QtCore import QVariant

    return None if isinstance(v, QVariant) and v.isNull() else v


def test_p2(run_alg, county, tmp_path):
    out = str(tmp_path / "p2.gpkg")
    run_alg("p2", {"INPUT": county["towns"], "POPULATION_FIELD": "population",
                   "GDP_FIELD": "gdp", "OUTPUT": out})
    r = _rows(out)
    assert [round(r[n]["pop_idx"], 6) for n in "ABCD"] == [1.25, 2.5, 0.125, 1.5625]
    assert [round(r[n]["eco_idx"], 6) for n in "ABCD"] == [1.8, 4.2, 0.45, 2.255]
    assert [r[n]["pop_grade"] for n in "ABCD"] == [3, 7, 1, 5]
    assert [r[n]["p2"] for n in "ABCD"] == [9, 49, 1, 25]
    assert r["A"]["air"] == 5  # input fields kept
    out2 = str(tmp_path / "p2_mean.gpkg")
    run_alg("p2", {"INPUT": county["towns"], "POPULATION_FIELD": "population",
                   "GDP_FIELD": "gdp", "COMBINATION": 1, "OUTPUT": out2})
    assert [_rows(out2)[n]["p2"] for n in "ABCD"] == [3, 7, 1, 5]


def test_missing_field_is_named_and_nothing_written(run_alg, county, tmp_path):
    from qgis.core import QgsProcessingException

    out = str(tmp_path / "bad.gpkg")
    with pytest.raises(QgsProcessingException, match="popx"):
        run_alg("p2", {"INPUT": county["towns"], "POPULATION_FIELD": "popx",
                       "GDP_FIELD": "gdp", "OUTPUT": out})
    assert not os.path.exists(out)
    with pytest.raises(QgsProcessingException, match="'emis'"):
        run_alg("k", {"INPUT": county["towns"], "EMISSION_FIELD": "emis", "OUTPUT": out})
    assert not os.path.exists(out)


def test_air_quality_with_a_township_without_station(run_alg, county, tmp_path):
    out = str(tmp_path / "air.gpkg")
    run_alg("airquality", {"INPUT": county["towns"], "STATIONS": county["stations"],
                           "SO2_FIELD": "so2", "NO2_FIELD": "no2", "PM10_FIELD": "pm10",
                           "OUTPUT": out})
    r = _rows(out)
    # A: mean SO2 100 μg = 0.1 mg -> 75, NO2 25, PM10 50 -> API 75 良 4
    # B: NO2 0.2 -> 150 -> 3; C: PM10 0.385 -> 250 -> 2; D: nearest = S4 -> 250 -> 2
    assert [round(r[n]["air_api"], 6) for n in "ABCD"] == [75, 150, 250, 250]
    assert [r[n]["air"] for n in "ABCD"] == [4, 3, 2, 2]
    assert [r[n]["air_nearest"] for n in "ABCD"] == [0, 0, 0, 1]
    assert [r[n]["air_n"] for n in "ABCD"] == [2, 1, 1, 0]
    assert os.path.exists(str(tmp_path / "air.qml"))
    # the API field instead, worst station: A max(40, 80) = 80 -> 4
    out2 = str(tmp_path / "air2.gpkg")
    run_alg("airquality", {"INPUT": county["towns"], "STATIONS": county["stations"],
                           "API_FIELD": "api", "AGGREGATION": 2, "OUTPUT": out2})
    r2 = _rows(out2)
    assert [r2[n]["air_api"] for n in "ABCD"] == [80, 150, 250, 250]
    assert [r2[n]["air"] for n in "ABCD"] == [4, 3, 2, 2]      # table 6-1
    # the same values as an AQI: HJ 633-2012 grades 250 重度 → 1
    out3 = str(tmp_path / "air3.gpkg")
    run_alg("airquality", {"INPUT": county["towns"], "STATIONS": county["stations"],
                           "AQI_FIELD": "api", "AGGREGATION": 2, "OUTPUT": out3})
    assert [_rows(out3)[n]["air"] for n in "ABCD"] == [4, 3, 1, 1]
    # concentrations with PM2.5 (here the pm10 field as PM2.5): the AQI path. Worst station:
    # A: S1 IAQI max(SO2 50→50, PM2.5 40→50+50·5/40=56.25) = 56.25, S2 SO2 150 → 100,
    #    PM2.5 60 → 81.25: AQI 100 → 良 4; B: NO2 200 µg → 150 + 50·20/100 = 160 → 中度 2;
    # C, D: PM2.5 385 → 400 + 100·35/150 = 423.3… → 424 严重 1
    out4 = str(tmp_path / "air4.gpkg")
    run_alg("airquality", {"INPUT": county["towns"], "STATIONS": county["stations"],
                           "SO2_FIELD": "so2", "NO2_FIELD": "no2", "PM25_FIELD": "pm10",
                           "AGGREGATION": 2, "OUTPUT": out4})
    r4 = _rows(out4)
    assert [r4[n]["air_api"] for n in "ABCD"] == [100, 160, 424, 424]
    assert [r4[n]["air"] for n in "ABCD"] == [4, 2, 1, 1]
    # the AQI tables are editable parameters: an edited class table grading 201–300 as 2
    # (and >300 as 1) gives C, D (AQI 250) level 2; an IAQI table whose PM2.5 column
    # reaches IAQI 500 at 385 µg/m³ gives C, D AQI 500
    classes = ["0", "50", "优", "excellent", "5", "50", "100", "良", "good", "4",
               "100", "150", "轻度污染", "lightly", "3", "150", "200", "中度污染", "moderately", "2",
               "200", "300", "重度污染", "heavily", "2", "300", "inf", "严重污染", "severely", "1"]
    out5 = str(tmp_path / "air5.gpkg")
    run_alg("airquality", {"INPUT": county["towns"], "STATIONS": county["stations"],
                           "AQI_FIELD": "api", "AGGREGATION": 2, "AQI_CLASS_TABLE": classes,
                           "OUTPUT": out5})
    assert [_rows(out5)[n]["air"] for n in "ABCD"] == [4, 3, 2, 2]
    from envzoning.core import tables as T

    shipped = T.load("aqi_breakpoints")
    j = shipped.headers.index("pm25")
    rows = [list(r) for r in shipped.rows]
    rows[-2][j], rows[-1][j] = "300", "385"            # IAQI 400 at 300, 500 at 385 µg/m³
    iaqi = [c for r in rows for c in r]
    out6 = str(tmp_path / "air6.gpkg")
    run_alg("airquality", {"INPUT": county["towns"], "STATIONS": county["stations"],
                           "PM25_FIELD": "pm10", "AGGREGATION": 2,
                           "AQI_TABLE": iaqi, "OUTPUT": out6})
    assert [_rows(out6)[n]["air_api"] for n in "CD"] == [500, 500]


def test_water_quality(run_alg, county, tmp_path):
    out = str(tmp_path / "water.gpkg")
    run_alg("waterquality", {"INPUT": county["towns"], "SECTIONS": county["sections"],
                             "CLASS_FIELD": "class",
                             "INDICATOR_FIELDS": ["codmn", "nh3n", "do"], "OUTPUT": out})
    r = _rows(out)
    assert r["A"]["water"] == 1 and r["A"]["water_rule"] == "table 6-3 rule 6"
    assert r["A"]["water_i3"] == 60 and r["A"]["water_w5"] == 40 and r["A"]["water_n"] == 5
    assert r["B"]["water"] == 4 and r["B"]["water_class"] == "III"
    assert r["C"]["water"] == 5 and r["C"]["water_class"] == "I"
    assert r["D"]["water_nearest"] == 1 and r["D"]["water"] == 5   # nearest: WC


def test_soil_quality(run_alg, county, tmp_path):
    out = str(tmp_path / "soil.gpkg")
    run_alg("soilquality", {"INPUT": county["towns"], "SAMPLES": county["samples"],
                            "POLLUTANT_FIELDS": ["cd", "pb", "as_"], "OUTPUT": out})
    r = _rows(out)
    # standards of the shipped table: cd 0.3, pb 90, as 40
    assert [round(r[n]["soil_pi"], 6) for n in "ABCD"] == [2.1, 2.0, 0.2, 0.2]
    assert [r[n]["soil"] for n in "ABCD"] == [3, 4, 5, 5]
    assert [r[n]["soil_nearest"] for n in "ABCD"] == [0, 0, 0, 1]
    out2 = str(tmp_path / "soil_nem.gpkg")
    run_alg("soilquality", {"INPUT": county["towns"], "SAMPLES": county["samples"],
                            "POLLUTANT_FIELDS": ["cd", "pb", "as_"], "METHOD": 1,
                            "OUTPUT": out2})
    # A: Pi 2.1, 0.5, 0.5 -> Nemerow 1.655 -> 良 4
    assert _rows(out2)["A"]["soil"] == 4
    # GB 15618-2018 by each sample's pH band and land use (issue 16.4), hand-worked:
    # SA pH 7.0 水田: Cd 0.6, Pb 140, As 25 -> Pi 1.05, 0.32, 0.8 -> 1.05 良 4;
    # B: SB1 pH 5.0 其他 Cd 0.3 -> 1.0, SB2 pH 8.0 其他 Cd 0.6 -> 1.5; mean 1.25 -> 4;
    # SC pH 6.0 其他 Cd 0.3 -> 0.2 -> 5 (D takes SC)
    out3 = str(tmp_path / "soil_ph.gpkg")
    run_alg("soilquality", {"INPUT": county["towns"], "SAMPLES": county["samples"],
                            "POLLUTANT_FIELDS": ["cd", "pb", "as_"], "PH_FIELD": "ph",
                            "LANDUSE_FIELD": "use", "OUTPUT": out3})
    r3 = _rows(out3)
    assert [round(r3[n]["soil_pi"], 6) for n in "ABCD"] == [1.05, 1.25, 0.2, 0.2]
    assert [r3[n]["soil"] for n in "ABCD"] == [4, 4, 5, 5]


def test_emission_index(run_alg, county, tmp_path):
    out = str(tmp_path / "emis.gpkg")
    run_alg("emissionindex", {"INPUT": county["towns"], "COD_FIELD": "cod",
                              "NH3N_FIELD": "nh3n", "SO2_FIELD": "so2", "NOX_FIELD": "nox",
                              "OUTPUT": out})
    r = _rows(out)
    assert [round(r[n]["cod_int"], 6) for n in "ABCD"] == [1, 3, 1, 3]
    assert [r[n]["water_emis"] for n in "ABCD"] == [3, 2, 1, 2]
    assert [r[n]["air_emis"] for n in "ABCD"] == [1, 1, 1, 1]
    assert [r[n]["emission"] for n in "ABCD"] == [3, 2, 1, 2]


def test_k(run_alg, county, tmp_path):
    out = str(tmp_path / "k.gpkg")
    run_alg("k", {"INPUT": county["towns"], "AIR_FIELD": "air", "WATER_FIELD": "water",
                  "SOIL_FIELD": "soil", "EMISSION_FIELD": "emission", "OUTPUT": out})
    r = _rows(out)
    assert [r[n]["quality"] for n in "ABCD"] == [4, 3, 4, 2]
    assert [round(r[n]["k"], 6) for n in "ABCD"] == [0.64, 0.12, 0.8, 0.16]


def test_chain_p2_k_composite_with_qgis_process(qgis_process, county, tmp_path):
    p2 = str(tmp_path / "p2.gpkg")
    k = str(tmp_path / "k.gpkg")
    a = str(tmp_path / "a.gpkg")
    qgis_process("run", "envzoning:p2", "--", "INPUT=" + county["towns"],
                 "POPULATION_FIELD=population", "GDP_FIELD=gdp", "OUTPUT=" + p2)
    qgis_process("run", "envzoning:k", "--", "INPUT=" + p2, "EMISSION_FIELD=emission",
                 "FORMULA=0", "OUTPUT=" + k)
    proc = qgis_process("run", "envzoning:compositeindex", "--", "GRID=" + county["grid"],
                        "TOWNSHIPS=" + k, "OUTPUT=" + a)
    r = _rows(a, key=None)
    got = [(r[f]["p1"], r[f]["p2"], None if r[f]["k"] is None else round(r[f]["k"], 6),
            None if r[f]["a"] is None else round(r[f]["a"], 6), r[f]["a_class"])
           for f in sorted(r)]
    # a = k*p2 - p1: A 0.64*9-1 = 4.76, A (600 m of 1000) 4.76-1 = 3.76, B 0.12*49-2 = 3.88,
    # C 0.8*1-5 = -4.2, D 0.16*25-3 = 1.0; the last cell lies in no township.
    # 5 distinct values -> each its class: -4.2 1, 1.0 2, 3.76 3, 3.88 4, 4.76 5
    assert got == [(1, 9, 0.64, 4.76, 5), (2, 9, 0.64, 3.76, 3), (2, 49, 0.12, 3.88, 4),
                   (5, 1, 0.8, -4.2, 1), (3, 25, 0.16, 1.0, 2), (1, None, None, None, None)]
    assert "sens" in _rows(a, key=None)[sorted(r)[0]]
    assert "A: -4.200 … 4.760" in proc.stdout + proc.stderr
