#!/usr/bin/python3
"""Checks `hocvu export case` against the CASE 1.1 CFPackage binding, independently of hocvu's code.

For the bundled framework (framework/qh-kns.yaml) and the small fixture (tests/export/kns-nho.yaml):
- every object has the fields CASE 1.1 requires, with the right JSON types, and no field the binding
  does not define (its objects allow no other properties);
- identifiers match the binding's UUID pattern, are version 5, and are what Python's uuid.uuid5
  computes from hocvu's namespace and "<framework id>/<kind>/<id>"; every uri is the prefix and the
  identifier; every lastChangeDateTime is an RFC 3339 date-time;
- every association's origin and destination is an item of the package or its document, with that
  object's identifier, uri and title; every item has exactly one parent and reaches the document;
- the items, their parents, statements and codes are those of the YAML file (read with PyYAML), and
  the rubric has a criterion per competency with a level per framework level;
- exporting again gives the same bytes, on standard output and with --out alike;
- and the checks notice each of a list of damages done to a good package (MUTATIONS).
"""
import argparse
import copy
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import uuid

import yaml

# hocvu's namespace: a v5 UUID of the DNS namespace and "hocvu.quochoi.vn" (src/credential/uuid.hpp).
HOCVU_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "hocvu.quochoi.vn")

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[!#$%&'()*+,\-./0-9:;=?@A-Z\[\]_a-z~]+$")

# The CASE 1.1 package binding, object by object: required fields, and every field it defines,
# each with its kind: str, int, number, uuid, uri, datetime, list (of strings), or another object.
STRING, INT, NUMBER, ID, URI_KIND, DATETIME, LIST = "str", "int", "number", "uuid", "uri", "datetime", "list"
SPEC = {
    "CFPackage": {
        "required": ["CFDocument"],
        "fields": {"CFDocument": "CFDocument", "CFItems": ["CFItem"], "CFAssociations": ["CFAssociation"],
                   "CFDefinitions": "CFDefinitions", "CFRubrics": ["CFRubric"], "extensions": dict},
    },
    "CFDocument": {
        "required": ["identifier", "uri", "creator", "title", "lastChangeDateTime"],
        "fields": {"identifier": ID, "uri": URI_KIND, "frameworkType": STRING, "caseVersion": STRING,
                   "creator": STRING, "title": STRING, "lastChangeDateTime": DATETIME, "officialSourceURL": URI_KIND,
                   "publisher": STRING, "description": STRING, "subject": LIST, "subjectURI": ["LinkURI"],
                   "language": STRING, "version": STRING, "adoptionStatus": STRING, "statusStartDate": STRING,
                   "statusEndDate": STRING, "licenseURI": "LinkURI", "notes": STRING, "extensions": dict},
    },
    "CFItem": {
        "required": ["identifier", "fullStatement", "uri", "lastChangeDateTime"],
        "fields": {"identifier": ID, "fullStatement": STRING, "alternativeLabel": STRING, "CFItemType": STRING,
                   "uri": URI_KIND, "humanCodingScheme": STRING, "listEnumeration": STRING,
                   "abbreviatedStatement": STRING, "conceptKeywords": LIST, "conceptKeywordsURI": "LinkURI",
                   "notes": STRING, "subject": LIST, "subjectURI": ["LinkURI"], "language": STRING,
                   "educationLevel": LIST, "CFItemTypeURI": "LinkURI", "licenseURI": "LinkURI",
                   "statusStartDate": STRING, "statusEndDate": STRING, "lastChangeDateTime": DATETIME,
                   "extensions": dict},
    },
    "CFAssociation": {
        "required": ["identifier", "associationType", "uri", "originNodeURI", "destinationNodeURI",
                     "lastChangeDateTime"],
        "fields": {"identifier": ID, "associationType": STRING, "sequenceNumber": INT, "uri": URI_KIND,
                   "originNodeURI": "LinkGenURI", "destinationNodeURI": "LinkGenURI",
                   "CFAssociationGroupingURI": "LinkURI", "lastChangeDateTime": DATETIME, "notes": STRING,
                   "extensions": dict},
    },
    "CFDefinitions": {
        "required": [],
        "fields": {"CFConcepts": list, "CFSubjects": list, "CFLicenses": list, "CFItemTypes": ["CFItemType"],
                   "CFAssociationGroupings": list, "extensions": dict},
    },
    "CFItemType": {
        "required": ["identifier", "uri", "title", "description", "hierarchyCode", "lastChangeDateTime"],
        "fields": {"identifier": ID, "uri": URI_KIND, "title": STRING, "description": STRING,
                   "hierarchyCode": STRING, "typeCode": STRING, "lastChangeDateTime": DATETIME, "extensions": dict},
    },
    "CFRubric": {
        "required": ["identifier", "uri", "lastChangeDateTime"],
        "fields": {"identifier": ID, "uri": URI_KIND, "title": STRING, "description": STRING,
                   "lastChangeDateTime": DATETIME, "CFRubricCriteria": ["CFRubricCriterion"], "extensions": dict},
    },
    "CFRubricCriterion": {
        "required": ["identifier", "uri", "lastChangeDateTime"],
        "fields": {"identifier": ID, "uri": URI_KIND, "category": STRING, "description": STRING,
                   "CFItemURI": "LinkURI", "weight": NUMBER, "position": INT, "rubricId": ID,
                   "lastChangeDateTime": DATETIME, "CFRubricCriterionLevels": ["CFRubricCriterionLevel"],
                   "extensions": dict},
    },
    "CFRubricCriterionLevel": {
        "required": ["identifier", "uri", "lastChangeDateTime"],
        "fields": {"identifier": ID, "uri": URI_KIND, "description": STRING, "quality": STRING, "score": NUMBER,
                   "feedback": STRING, "position": INT, "rubricCriterionId": ID, "lastChangeDateTime": DATETIME,
                   "extensions": list},
    },
    "LinkURI": {"required": ["title", "identifier", "uri"],
                "fields": {"title": STRING, "identifier": ID, "uri": URI_KIND}},
    "LinkGenURI": {"required": ["title", "identifier", "uri"],
                   "fields": {"title": STRING, "identifier": STRING, "uri": URI_KIND, "targetType": STRING}},
}
ASSOCIATION_TYPES = {"isChildOf", "isPeerOf", "isPartOf", "exactMatchOf", "precedes", "isRelatedTo", "replacedBy",
                     "exemplar", "hasSkillLevel", "isTranslationOf"}


class Problems:
    def __init__(self):
        self.lines = []

    def add(self, where, message):
        self.lines.append(f"{where}: {message}")


def check_value(value, kind, where, problems):
    if isinstance(kind, list):
        if not isinstance(value, list):
            problems.add(where, "is not an array")
            return
        for i, element in enumerate(value):
            check_value(element, kind[0], f"{where}[{i}]", problems)
    elif kind in SPEC:
        check_object(value, kind, where, problems)
    elif kind in (dict, list):
        if not isinstance(value, kind):
            problems.add(where, f"is not {'an object' if kind is dict else 'an array'}")
    elif kind == INT:
        if not isinstance(value, int) or isinstance(value, bool):
            problems.add(where, f"{value!r} is not an integer")
    elif kind == NUMBER:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            problems.add(where, f"{value!r} is not a number")
    elif kind == LIST:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.add(where, "is not an array of strings")
    elif not isinstance(value, str):
        problems.add(where, f"{value!r} is not a string")
    elif kind == ID and not UUID.match(value):
        problems.add(where, f"'{value}' does not match the UUID pattern")
    elif kind == URI_KIND and not URI.match(value):
        problems.add(where, f"'{value}' is not an absolute URI")
    elif kind == DATETIME:
        if not DATE_TIME.match(value):
            problems.add(where, f"'{value}' is not an RFC 3339 date-time")
        else:
            datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))  # a real date and time


def check_object(value, name, where, problems):
    if not isinstance(value, dict):
        problems.add(where, f"is not an object ({name})")
        return
    spec = SPEC[name]
    for field in spec["required"]:
        if field not in value:
            problems.add(where, f"{name} lacks the required field '{field}'")
    for field, field_value in value.items():
        if field not in spec["fields"]:
            problems.add(where, f"{name} has '{field}', which CASE 1.1 does not define")
        else:
            check_value(field_value, spec["fields"][field], f"{where}.{field}", problems)


def expected_id(framework_id, kind, local):
    return str(uuid.uuid5(HOCVU_NAMESPACE, f"{framework_id}/{kind}/{local}"))


def walk_objects(package):
    """(where, object) for every object that has an identifier and a uri of its own."""
    yield "CFDocument", package["CFDocument"]
    for key in ("CFItems", "CFAssociations"):
        for i, obj in enumerate(package.get(key, [])):
            yield f"{key}[{i}]", obj
    for i, obj in enumerate(package.get("CFDefinitions", {}).get("CFItemTypes", [])):
        yield f"CFItemTypes[{i}]", obj
    for r, rubric in enumerate(package.get("CFRubrics", [])):
        yield f"CFRubrics[{r}]", rubric
        for c, criterion in enumerate(rubric.get("CFRubricCriteria", [])):
            yield f"CFRubrics[{r}].CFRubricCriteria[{c}]", criterion
            for l, level in enumerate(criterion.get("CFRubricCriterionLevels", [])):
                yield f"CFRubrics[{r}].CFRubricCriteria[{c}].CFRubricCriterionLevels[{l}]", level


def check_identity(package, prefix, timestamp, problems):
    seen = set()
    for where, obj in walk_objects(package):
        identifier = obj.get("identifier", "")
        if identifier in seen:
            problems.add(where, f"identifier {identifier} is used twice")
        seen.add(identifier)
        if UUID.match(identifier) and uuid.UUID(identifier).version != 5:
            problems.add(where, f"{identifier} is not a version 5 UUID")
        if obj.get("uri") != prefix + identifier:
            problems.add(where, f"uri {obj.get('uri')} is not {prefix}{identifier}")
        if obj.get("lastChangeDateTime") != timestamp:
            problems.add(where, f"lastChangeDateTime {obj.get('lastChangeDateTime')} is not {timestamp}")


def nfc(text):
    return unicodedata.normalize("NFC", text)


def one_line(text):
    return " ".join(nfc(text).replace("\t", " ").replace("\r", " ").replace("\n", " ").split(" ")).strip()


def framework_nodes(source):
    """From the YAML: (kind, id) -> (statement, parent (kind, id) or None for the document, sequence)."""
    nodes = {}
    for a, area in enumerate(source["areas"]):
        nodes[("area", str(area["id"]))] = (area["title"], None, a + 1)
        for c, competency in enumerate(area["competencies"]):
            nodes[("competency", str(competency["id"]))] = (competency["title"], ("area", str(area["id"])), c + 1)
            for o, outcome in enumerate(competency.get("outcomes", [])):
                nodes[("outcome", str(outcome["id"]))] = (outcome["text"], ("competency", str(competency["id"])), o + 1)
    return nodes


def check_against_yaml(package, source, problems):
    fid = str(source["framework"]["id"])
    document = package["CFDocument"]
    if document.get("identifier") != expected_id(fid, "document", fid):
        problems.add("CFDocument", "identifier is not the UUIDv5 of the framework id")
    if document.get("title") != one_line(source["framework"]["title"]):
        problems.add("CFDocument", "title is not the framework's")
    kinds = {"Miền năng lực": "area", "Năng lực thành phần": "competency", "Yêu cầu cần đạt": "outcome"}
    nodes = framework_nodes(source)
    items = {}
    for i, item in enumerate(package.get("CFItems", [])):
        key = (kinds.get(item.get("CFItemType")), item.get("humanCodingScheme"))
        if key not in nodes:
            problems.add(f"CFItems[{i}]", f"{key} is not in the framework")
            continue
        items[item.get("identifier")] = key
        if item.get("identifier") != expected_id(fid, key[0], key[1]):
            problems.add(f"CFItems[{i}]", f"identifier is not the UUIDv5 of {fid}/{key[0]}/{key[1]}")
        if item.get("fullStatement") != nfc(nodes[key][0]):
            problems.add(f"CFItems[{i}]", "fullStatement is not the framework's text")
    if len(items) != len(nodes):
        problems.add("CFItems", f"{len(items)} items for {len(nodes)} areas, competencies and outcomes")
    titles = {document.get("identifier"): (document.get("title"), document.get("uri"))}
    for item in package.get("CFItems", []):
        titles[item.get("identifier")] = (one_line(item.get("fullStatement", "")), item.get("uri"))
    check_tree(package, fid, nodes, items, titles, problems)
    check_rubric(package, source, fid, problems)


def check_link(link, titles, where, problems):
    if link.get("identifier") not in titles:
        problems.add(where, f"{link.get('identifier')} is neither an item of the package nor its document")
        return False
    title, uri = titles[link["identifier"]]
    if link.get("title") != title or link.get("uri") != uri:
        problems.add(where, f"title or uri differ from those of {link['identifier']}")
    return True


def check_tree(package, fid, nodes, items, titles, problems):
    document_id = package["CFDocument"].get("identifier")
    parents = {}
    for i, association in enumerate(package.get("CFAssociations", [])):
        where = f"CFAssociations[{i}]"
        if association.get("associationType") not in ASSOCIATION_TYPES:
            problems.add(where, f"associationType {association.get('associationType')} is not in CASE 1.1")
        origin, destination = association.get("originNodeURI", {}), association.get("destinationNodeURI", {})
        if not (check_link(origin, titles, where + ".originNodeURI", problems) and
                check_link(destination, titles, where + ".destinationNodeURI", problems)):
            continue
        if association.get("associationType") != "isChildOf" or origin["identifier"] not in items:
            problems.add(where, "is not an item's isChildOf")
            continue
        if origin["identifier"] in parents:
            problems.add(where, f"{items[origin['identifier']]} has a second parent")
        parents[origin["identifier"]] = destination["identifier"]
        key = items[origin["identifier"]]
        _, parent, sequence = nodes[key]
        wanted = document_id if parent is None else expected_id(fid, parent[0], parent[1])
        if destination["identifier"] != wanted:
            problems.add(where, f"{key}'s parent is not the framework's")
        if association.get("sequenceNumber") != sequence:
            problems.add(where, f"sequenceNumber {association.get('sequenceNumber')} is not {sequence}")
        if association.get("identifier") != expected_id(fid, "isChildOf", f"{key[0]}/{key[1]}"):
            problems.add(where, "identifier is not the UUIDv5 of the child")
    for identifier, key in items.items():
        steps, node = 0, identifier
        while node in parents and steps <= len(parents):
            node, steps = parents[node], steps + 1
        if node != document_id:
            problems.add("CFAssociations", f"{key} does not reach the document through isChildOf")


def check_rubric(package, source, fid, problems):
    rubrics = package.get("CFRubrics", [])
    if len(rubrics) != 1:
        problems.add("CFRubrics", f"{len(rubrics)} rubrics, not one for the levels")
        return
    rubric = rubrics[0]
    competencies = [str(c["id"]) for area in source["areas"] for c in area["competencies"]]
    levels = [(str(level["id"]), level["name"]) for level in source["levels"]]
    criteria = rubric.get("CFRubricCriteria", [])
    if [c.get("CFItemURI", {}).get("identifier") for c in criteria] != [expected_id(fid, "competency", c) for c in competencies]:
        problems.add("CFRubricCriteria", "are not one per competency, in the framework's order")
    for c, criterion in enumerate(criteria):
        where = f"CFRubricCriteria[{c}]"
        if criterion.get("rubricId") != rubric.get("identifier") or criterion.get("position") != c + 1:
            problems.add(where, "rubricId or position is wrong")
        got = [(lv.get("quality"), lv.get("position"), lv.get("rubricCriterionId"))
               for lv in criterion.get("CFRubricCriterionLevels", [])]
        want = [(nfc(name), l + 1, criterion.get("identifier")) for l, (_, name) in enumerate(levels)]
        if got != want:
            problems.add(where, f"levels {got} are not {want}")


def run(hocvu, args, cwd, env_extra=None):
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    env.update(env_extra or {})
    proc = subprocess.run([hocvu, "export", "case"] + args, cwd=cwd, env=env, capture_output=True, timeout=120)
    if proc.returncode != 0:
        raise SystemExit(f"hocvu export case {' '.join(args)} exited {proc.returncode}:\n{proc.stderr.decode()}")
    return proc.stdout


def check_package(package, source, prefix, timestamp, problems):
    check_object(package, "CFPackage", "CFPackage", problems)
    check_identity(package, prefix, timestamp, problems)
    check_against_yaml(package, source, problems)


def check_export(hocvu, source, yaml_path, extra, prefix, problems):
    """Exports `yaml_path` four ways, checks them; returns the package and the YAML read."""
    cwd = source
    first = run(hocvu, extra + ["--data", yaml_path, "--as-of", "2026-01-15"], cwd)
    again = run(hocvu, extra + ["--data", yaml_path, "--as-of", "2026-01-15", "--out", "-"], cwd)
    with tempfile.TemporaryDirectory() as scratch:
        out = os.path.join(scratch, "case.json")
        run(hocvu, extra + ["--data", yaml_path, "--as-of", "2026-01-15", "--out", out], cwd)
        with open(out, "rb") as f:
            written = f.read()
    if not (first == again == written):
        problems.add(yaml_path, "exporting again did not give the same bytes")
    package = json.loads(first)
    with open(os.path.join(source, yaml_path), encoding="utf-8") as f:
        framework = yaml.safe_load(f)
    check_package(package, framework, prefix, "2026-01-15T00:00:00+00:00", problems)
    epoch = json.loads(run(hocvu, extra + ["--data", yaml_path], cwd, {"SOURCE_DATE_EPOCH": "1767225600"}))
    check_identity(epoch, prefix, "2026-01-01T00:00:00+00:00", problems)
    return package, framework


# Damage that the checks above must each notice: without it they could pass anything.
MUTATIONS = {
    "no creator": lambda p: p["CFDocument"].pop("creator"),
    "creator not a string": lambda p: p["CFDocument"].update(creator=["hocvu"]),
    "no fullStatement": lambda p: p["CFItems"][0].pop("fullStatement"),
    "field CASE does not define": lambda p: p["CFItems"][0].update(description="x"),
    "identifier in capitals": lambda p: p["CFItems"][1].update(identifier=p["CFItems"][1]["identifier"].upper()),
    "identifier of version 4": lambda p: p["CFItems"][1].update(identifier="6f1c2b1e-3c1a-4d2e-9f00-0123456789ab"),
    "uri not the identifier's": lambda p: p["CFItems"][2].update(uri=p["CFItems"][3]["uri"]),
    "date-time with a space": lambda p: p["CFAssociations"][0].update(lastChangeDateTime="2026-01-15 00:00:00Z"),
    "sequenceNumber a string": lambda p: p["CFAssociations"][0].update(sequenceNumber="1"),
    "destination not in the package": lambda p: p["CFAssociations"][1]["destinationNodeURI"].update(
        identifier="00000000-0000-5000-8000-000000000000"),
    "association type unknown": lambda p: p["CFAssociations"][2].update(associationType="isChildof"),
    "an item without a parent": lambda p: p["CFAssociations"].pop(),
    "a second parent": lambda p: p["CFAssociations"].append(dict(p["CFAssociations"][-1])),
    "statement changed": lambda p: p["CFItems"][0].update(fullStatement="Khai thac thong tin"),
    "an item left out": lambda p: p["CFItems"].pop(),
    "a criterion left out": lambda p: p["CFRubrics"][0]["CFRubricCriteria"].pop(),
    "levels reordered": lambda p: p["CFRubrics"][0]["CFRubricCriteria"][0]["CFRubricCriterionLevels"].reverse(),
    "item type title missing": lambda p: p["CFDefinitions"]["CFItemTypes"][0].pop("title"),
    "link without a title": lambda p: p["CFItems"][0]["CFItemTypeURI"].pop("title"),
}


def check_mutations(package, framework, prefix, problems):
    for name, mutate in MUTATIONS.items():
        damaged = copy.deepcopy(package)
        mutate(damaged)
        found = Problems()
        check_package(damaged, framework, prefix, "2026-01-15T00:00:00+00:00", found)
        if not found.lines:
            problems.add("self-test", f"the checks did not notice: {name}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hocvu", required=True)
    parser.add_argument("--source", required=True)
    opts = parser.parse_args()
    problems = Problems()
    bundled, _ = check_export(opts.hocvu, opts.source, "framework/qh-kns.yaml", [], "urn:uuid:", problems)
    prefix = "https://case.example.vn/uri/"
    small, framework = check_export(opts.hocvu, opts.source, "tests/export/kns-nho.yaml",
                                    ["--base-url", "https://case.example.vn/uri"], prefix, problems)
    check_mutations(small, framework, prefix, problems)
    for line in problems.lines[:50]:
        print(line)
    if problems.lines:
        print(f"{len(problems.lines)} problems")
        return 1
    print(f"CASE 1.1 checks passed: bundled framework ({len(bundled['CFItems'])} items), small fixture "
          f"({len(small['CFItems'])} items); the checks noticed each of {len(MUTATIONS)} kinds of damage")
    return 0


if __name__ == "__main__":
    sys.exit(main())
