#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Fills ra_workstation_ja.ts from ja.py after translations/update.sh. Lists what is missing.
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(__file__))
from ja import JA  # noqa: E402

path = os.path.join(os.path.dirname(__file__), "ra_workstation_ja.ts")
tree = ET.parse(path)
missing = []
for message in tree.getroot().iter("message"):
    source = message.find("source").text or ""
    translation = message.find("translation")
    if source not in JA:
        missing.append(source)
        continue
    text = JA[source]
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    if message.get("numerus") == "yes":
        form = ET.SubElement(translation, "numerusform")
        form.text = text
    else:
        translation.text = text
    translation.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r", encoding="utf-8") as handle:
    content = handle.read()
# Keep the DOCTYPE line lupdate writes, so a later lupdate run leaves the file unchanged.
if "<!DOCTYPE TS>" not in content:
    content = content.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
with open(path, "w", encoding="utf-8") as handle:
    handle.write(content)
if missing:
    print("missing Japanese for:", *missing, sep="\n  ")
    sys.exit(1)
