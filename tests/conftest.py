"""Shared test set-up: the plugin importable as the package ``envzoning`` whatever the
clone's folder is called (build/pluginpath/envzoning -> the repository root)."""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGINPATH = os.path.join(ROOT, "build", "pluginpath")
link = os.path.join(PLUGINPATH, "envzoning")
if not os.path.exists(link):
    os.makedirs(PLUGINPATH, exist_ok=True)
    os.symlink(ROOT, link)
if PLUGINPATH not in sys.path:
    sys.path.insert(0, PLUGINPATH)

SAMPLE = os.path.join(ROOT, "sample_data")
