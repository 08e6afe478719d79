"""The provider's explicit algorithm list: (module, class), in the order of SPEC.
Each module is ``algorithms/<id>.py``; the class is the id in CamelCase."""

ALGORITHMS = [
    # 评价 Evaluation — sensitivity (SPEC section 3)
    ("soilerosionsensitivity", "SoilErosionSensitivity"),
    ("riparianzone", "RiparianZone"),
    ("coastalhazardzone", "CoastalHazardZone"),
    ("ecosensitivity", "EcoSensitivity"),
    # 评价 Evaluation — importance and P1 (SPEC section 3, 3a)
    ("waterconservation", "WaterConservation"),
    ("soilconservation", "SoilConservation"),
    ("biodiversity", "Biodiversity"),
    ("floodregulation", "FloodRegulation"),
    ("ecoimportance", "EcoImportance"),
    ("p1", "P1"),
    # 评价 Evaluation — P2, K, A (SPEC section 3, 3a)
    ("p2", "P2"),
    ("airquality", "AirQuality"),
    ("waterquality", "WaterQuality"),
    ("soilquality", "SoilQuality"),
    ("emissionindex", "EmissionIndex"),
    ("k", "K"),
    ("compositeindex", "CompositeIndex"),
    # 分区 Zoning (SPEC section 4)
    ("zoning", "Zoning"),
    ("mergezones", "MergeZones"),
    ("namezones", "NameZones"),
    ("checkzoning", "CheckZoning"),
    ("zonetargets", "ZoneTargets"),
    # 成果 Outputs (SPEC section 5)
    ("stylezones", "StyleZones"),
    ("zoningmaps", "ZoningMaps"),
    ("registrationtable", "RegistrationTable"),
    ("exportdatabase", "ExportDatabase"),
    ("zoningtext", "ZoningText"),
    # 分区管控 Zoning control (SPEC section 6)
    ("elementzones", "ElementZones"),
    ("controlunits", "ControlUnits"),
    ("accesslist", "AccessList"),
    ("sitecheck", "SiteCheck"),
    ("comparezonings", "CompareZonings"),
    ("waterunits", "WaterUnits"),
    ("airzones", "AirZones"),
    ("carbonzones", "CarbonZones"),
    ("controlmaps", "ControlMaps"),
]
