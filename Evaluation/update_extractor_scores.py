#!/usr/bin/env python3
"""Writes the measured gold-dev scores into each extractor's documentation.

Reads Evaluation/baseline.json (written by the command in Evaluation/README.md)
and replaces, in each extractor source file, the doc-comment block between
`/// Measured on Corpora/gold-dev` and the next line that is not `///   |`.
Run from the repository root after updating the baseline.
"""
import json, re, sys

EXTRACTORS = {
    "Sources/FouilleExtraction/Lexical/LexicalMentions.swift": (["Tumour", "Site", "Metastasis", "Biomarker", "Drug", "Regimen", "Surgery", "Radiotherapy"], None, None),
    "Sources/FouilleExtraction/Patterns/StagePattern.swift": (["Stage"], None, None),
    "Sources/FouilleExtraction/Patterns/GradePattern.swift": (["Grade"], None, None),
    "Sources/FouilleExtraction/Patterns/SizePattern.swift": (["Size"], None, None),
    "Sources/FouilleExtraction/Patterns/DosePattern.swift": (["Dose"], None, None),
    "Sources/FouilleExtraction/Patterns/DatePattern.swift": (["Date"], None, None),
    "Sources/FouilleExtraction/Linking/BiomarkerValues.swift": (["BiomarkerValue"], "HasValue", None),
    "Sources/FouilleExtraction/Linking/DoseLinks.swift": ([], "HasDose", None),
    "Sources/FouilleExtraction/Context/ContextQualifier.swift": ([], None, ["Negated", "Hypothetical", "Family", "History"]),
}

def row(name, s):
    return f"///   | {name} | {s['precision']:.2f} | {s['recall']:.2f} | {s['f1']:.2f} |"

def main():
    report = json.load(open("Evaluation/baseline.json", encoding="utf-8"))
    strict = report["entities"]["strict"]["per_type"]
    relations = report["relations"]["per_label"]
    attributes = report["attributes"]["per_attribute"]
    for path, (types, relation, attrs) in EXTRACTORS.items():
        lines = ["/// Measured on Corpora/gold-dev (strict; `Evaluation/baseline.json`, tuned on it: optimistic):",
                 "///   | | precision | recall | F1 |", "///   | --- | ---: | ---: | ---: |"]
        lines += [row(t, strict[t]) for t in types if t in strict]
        if relation: lines.append(row(relation, relations[relation]))
        for a in attrs or []: lines.append(row(a, attributes[a]))
        source = open(path, encoding="utf-8").read()
        block = "\n".join(lines) + "\n"
        pattern = re.compile(r"/// Measured on Corpora/gold-dev.*\n(?:///   \|.*\n)*")
        if pattern.search(source):
            source = pattern.sub(lambda _: block, source, count=1)
        else:
            # Insert before the first declaration's doc comment ends: right before `enum|struct`.
            source = re.sub(r"\n((?:public )?(?:enum|struct|final class) )", "\n///\n" + block.replace("\\", "\\\\") + r"\1", source, count=1)
        open(path, "w", encoding="utf-8").write(source)
    print("updated", len(EXTRACTORS), "files")

if __name__ == "__main__":
    sys.exit(main())
