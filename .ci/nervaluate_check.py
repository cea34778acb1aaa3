#!/usr/bin/env python3
"""Cross-check `fouille evaluate` entity counts against an independent scorer, nervaluate.

    python3 .ci/nervaluate_check.py --gold Corpora/gold-dev --binary .build/debug/fouille

What it does
------------
1. Reads the gold brat folder (T lines only: type, start, end in Unicode scalar
   offsets, which is what Python's `str` indexes).
2. Generates, from a seed, a perturbed copy of the gold entities in a temporary
   folder: some entities kept, some dropped, some with shifted boundaries, some
   with another type, some spurious ones added, and one document left without
   a prediction. The copy is deleted afterwards (see --keep).
3. Runs `fouille evaluate --gold GOLD --pred COPY --format json`.
4. Scores the same entities with nervaluate and compares, per entity type and
   overall, only the quantities that are genuinely the same in both scorers.
Exit status: 0 when everything agrees, 1 on any mismatch (each one printed),
2 when the check cannot run (no binary, nervaluate missing and not installable).

Which quantities are compared, and why they are equal
-----------------------------------------------------
nervaluate (version 1.2.1, pinned below) takes entities as {label, start, end}
with an *inclusive* end: brat's exclusive end is passed as `end - 1`, so that
touching spans (`RH` 457-459 and `+` 459-460) do not overlap in either scorer.
Its per-type results (`results["entities"][TYPE]`) evaluate each type on its
own, which is what fouille's per-type scores do.

- gold count    = nervaluate strict `possible`  vs fouille `gold` (TP + FN)
- predicted     = nervaluate strict `actual`    vs fouille `predicted` (TP + FP)
- strict TP     = nervaluate strict `correct`   vs fouille strict `tp`
- overlap TP    = nervaluate ent_type `correct` vs fouille overlap `tp`
- boundary pairs= nervaluate strict `incorrect` vs fouille overlap `tp` - strict `tp`
- overall strict TP (all types at once) = nervaluate overall strict `correct`
  vs fouille strict micro `tp`.

nervaluate matches greedily in prediction order, and in its strict scheme a
prediction that only overlaps a gold entity "uses up" that gold entity; its
ent_type scheme picks the closest boundaries, fouille's overlap scheme the
largest overlap. These rules give the same counts when, within the document,
(a) predictions do not overlap each other and (b) every same-type overlap is
one to one (each prediction overlaps at most one gold entity and each gold
entity at most one prediction), and (c) every overlap covers at least 1 % of
the gold span (nervaluate's default `min_overlap_percentage`). The generator
enforces (a)-(c) and the script re-checks them before comparing. Not compared,
because they are defined differently: nervaluate's `partial` scheme (which
ignores types and counts a partial match as half), its `exact` scheme (type
ignored: fouille has no type-blind score), and its overall `incorrect`/
`ent_type` counts, where a prediction overlapping a gold entity of another
type is "incorrect" and uses that gold entity up.
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

NERVALUATE_VERSION = "1.2.1"
TYPES = ["Tumour", "Site", "Metastasis", "Stage", "Grade", "Size", "Biomarker", "BiomarkerValue",
         "Drug", "Regimen", "Surgery", "Radiotherapy", "Dose", "Date"]


def import_nervaluate():
    try:
        import nervaluate  # noqa: F401
    except ImportError:
        print(f"nervaluate is not installed: installing nervaluate=={NERVALUATE_VERSION} with pip", file=sys.stderr)
        result = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", f"nervaluate=={NERVALUATE_VERSION}"])
        if result.returncode != 0:
            print("cannot install nervaluate (pip failed): the check cannot run", file=sys.stderr)
            sys.exit(2)
    from nervaluate import Evaluator
    return Evaluator


def read_gold(folder):
    """{name: (text, [(type, start, end)])} for every NAME.ann with a readable NAME.txt."""
    documents = {}
    for root, _, files in os.walk(folder):
        for file in sorted(files):
            if not file.endswith(".ann") or file.startswith("."):
                continue
            ann = os.path.join(root, file)
            txt = ann[:-4] + ".txt"
            name = os.path.relpath(ann, folder)[:-4]
            try:
                with open(txt, encoding="utf-8", newline="") as handle:
                    text = handle.read()
            except (OSError, UnicodeDecodeError):
                continue  # fouille skips such documents too, with a diagnostic
            entities = []
            with open(ann, encoding="utf-8", newline="") as handle:
                for line in handle.read().split("\n"):
                    fields = line.rstrip("\r").split("\t")
                    if len(fields) < 3 or not fields[0].startswith("T"):
                        continue
                    head = fields[1].split(" ")
                    if len(head) != 3 or head[0] not in TYPES:
                        continue  # discontinuous spans or unknown types are not scored by fouille either
                    try:
                        start, end = int(head[1]), int(head[2])
                    except ValueError:
                        continue
                    if 0 <= start < end <= len(text):
                        entities.append((head[0], start, end))
            documents[name] = (text, entities)
    return dict(sorted(documents.items()))


def overlaps(a, b):
    return a[1] < b[2] and b[1] < a[2]


def enough_overlap(gold, prediction):
    """nervaluate's default threshold: overlap >= 1 % of the gold span, both ends inclusive."""
    shared = min(gold[2], prediction[2]) - max(gold[1], prediction[1])
    return shared > 0 and shared * 100 >= (gold[2] - gold[1])


def perturb(documents, seed):
    """Predicted entities per document; None for the one document left without a prediction."""
    rng = random.Random(seed)
    names = list(documents)
    without = rng.choice(names) if len(names) > 1 else None
    predictions = {}
    for name in names:
        if name == without:
            predictions[name] = None
            continue
        text, gold = documents[name]
        accepted = []       # predicted entities
        gold_taken = set()  # gold indices already overlapped by a prediction

        def acceptable(candidate, allowed_gold):
            if candidate[1] < 0 or candidate[2] > len(text) or candidate[1] >= candidate[2]:
                return False
            if any(overlaps(candidate, other) for other in accepted):
                return False
            touched = [i for i, g in enumerate(gold) if overlaps(candidate, g)]
            if touched and (touched != [allowed_gold] or allowed_gold in gold_taken):
                return False
            return all(enough_overlap(gold[i], candidate) for i in touched)

        for index, (kind, start, end) in sorted(enumerate(gold), key=lambda item: (item[1][1], item[1][2])):
            roll = rng.random()
            if roll < 0.12:
                continue  # dropped
            candidate = (kind, start, end)
            if roll < 0.30:  # shifted boundaries
                candidate = (kind, start + rng.choice([-3, -2, -1, 0, 1, 2]), end + rng.choice([-2, -1, 0, 1, 2, 3]))
            elif roll < 0.40:  # another type
                candidate = (rng.choice([t for t in TYPES if t != kind]), start, end)
            elif roll < 0.44:  # both
                candidate = (rng.choice([t for t in TYPES if t != kind]), start + 1, end + 1)
            if not acceptable(candidate, index):
                candidate = (kind, start, end)
                if not acceptable(candidate, index):
                    continue  # a neighbour's shifted span took this place: drop it
            accepted.append(candidate)
            gold_taken.add(index)
        # Spurious entities on words no one annotated.
        words, position = [], 0
        for word in text.split(" "):
            if word.isalpha() and len(word) > 3:
                words.append((position, position + len(word)))
            position += len(word) + 1
        for _ in range(max(1, len(gold) // 15)):
            if not words:
                break
            start, end = rng.choice(words)
            candidate = (rng.choice(TYPES), start, end)
            if not any(overlaps(candidate, g) for g in gold) and not any(overlaps(candidate, p) for p in accepted):
                accepted.append(candidate)
        predictions[name] = sorted(accepted, key=lambda e: (e[1], e[2]))
    return predictions


def check_conditions(documents, predictions):
    """Re-checks (a)-(c) of the module documentation; returns the violations."""
    problems = []
    for name, predicted in predictions.items():
        if predicted is None:
            continue
        gold = documents[name][1]
        for i, p in enumerate(predicted):
            if any(overlaps(p, q) for q in predicted[i + 1:]):
                problems.append(f"{name}: predictions overlap each other at {p}")
            touched = [g for g in gold if overlaps(p, g)]
            if len(touched) > 1:
                problems.append(f"{name}: prediction {p} overlaps several gold entities")
            if any(not enough_overlap(g, p) for g in touched):
                problems.append(f"{name}: prediction {p} overlaps a gold entity by less than 1 %")
        for g in gold:
            if sum(1 for p in predicted if overlaps(p, g)) > 1:
                problems.append(f"{name}: gold {g} overlapped by several predictions")
    return problems


def write_predictions(documents, predictions, folder):
    for name, predicted in predictions.items():
        if predicted is None:
            continue
        text = documents[name][0]
        path = os.path.join(folder, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path + ".txt", "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        with open(path + ".ann", "w", encoding="utf-8", newline="\n") as handle:
            for number, (kind, start, end) in enumerate(predicted, 1):
                span = text[start:end].replace("\n", " ").replace("\t", " ")
                handle.write(f"T{number}\t{kind} {start} {end}\t{span}\n")


def nervaluate_counts(Evaluator, documents, predictions):
    names = list(documents)
    true = [[{"label": k, "start": s, "end": e - 1} for k, s, e in documents[n][1]] for n in names]
    pred = [[{"label": k, "start": s, "end": e - 1} for k, s, e in (predictions[n] or [])] for n in names]
    results = Evaluator(true, pred, tags=TYPES, loader="dict").evaluate()
    per_type = {}
    for kind, schemes in results["entities"].items():
        strict, ent_type = schemes["strict"], schemes["ent_type"]
        per_type[kind] = {"gold": strict.possible, "predicted": strict.actual, "strict_tp": strict.correct,
                          "overlap_tp": ent_type.correct, "boundary": strict.incorrect}
    return per_type, results["overall"]["strict"].correct


def fouille_counts(binary, gold, pred):
    command = [binary, "evaluate", "--gold", gold, "--pred", pred, "--format", "json"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        print(f"fouille failed ({result.returncode}): {' '.join(command)}\n{result.stderr}", file=sys.stderr)
        sys.exit(1)
    report = json.loads(result.stdout)
    strict, overlap = report["entities"]["strict"]["per_type"], report["entities"]["overlap"]["per_type"]
    per_type = {}
    for kind in set(strict) | set(overlap):
        s, o = strict.get(kind, {}), overlap.get(kind, {})
        per_type[kind] = {"gold": s.get("gold", 0), "predicted": s.get("predicted", 0), "strict_tp": s.get("tp", 0),
                          "overlap_tp": o.get("tp", 0), "boundary": o.get("tp", 0) - s.get("tp", 0)}
    return per_type, report["entities"]["strict"]["micro"]["tp"], result.stderr


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", required=True, help="gold brat folder (NAME.txt + NAME.ann)")
    parser.add_argument("--binary", required=True, help="the built fouille executable")
    parser.add_argument("--seed", type=int, default=20240229, help="seed of the perturbation (default: %(default)s)")
    parser.add_argument("--keep", metavar="DIR", help="write the perturbed predictions to DIR and keep them")
    args = parser.parse_args()

    if not os.access(args.binary, os.X_OK):
        print(f"{args.binary}: not an executable (build first: swift build)", file=sys.stderr)
        sys.exit(2)
    Evaluator = import_nervaluate()
    documents = read_gold(args.gold)
    if not documents:
        print(f"{args.gold}: no gold document", file=sys.stderr)
        sys.exit(2)
    predictions = perturb(documents, args.seed)
    problems = check_conditions(documents, predictions)
    if problems:
        print("the perturbation broke the conditions under which both scorers count alike:", *problems, sep="\n  ")
        sys.exit(1)

    folder = args.keep or tempfile.mkdtemp(prefix="fouille-nervaluate-")
    try:
        if args.keep:
            os.makedirs(folder, exist_ok=True)
        write_predictions(documents, predictions, folder)
        ours, ours_micro, diagnostics = fouille_counts(args.binary, args.gold, folder)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    theirs, theirs_micro = nervaluate_counts(Evaluator, documents, predictions)

    quantities = ["gold", "predicted", "strict_tp", "overlap_tp", "boundary"]
    mismatches = []
    print(f"{len(documents)} documents, seed {args.seed}; fouille vs nervaluate {NERVALUATE_VERSION}")
    print(f"{'type':16} " + " ".join(f"{q:>16}" for q in quantities))
    for kind in TYPES:
        if kind not in ours and kind not in theirs:
            continue
        a, b = ours.get(kind, {}), theirs.get(kind, {})
        cells = []
        for q in quantities:
            x, y = a.get(q, 0), b.get(q, 0)
            cells.append(f"{x:>7} {'=' if x == y else '≠'} {y:<6}")
            if x != y:
                mismatches.append(f"{kind} {q}: fouille {x}, nervaluate {y}")
        print(f"{kind:16} " + " ".join(cells))
    print(f"{'all types':16} strict TP: fouille {ours_micro}, nervaluate {theirs_micro}")
    if ours_micro != theirs_micro:
        mismatches.append(f"overall strict TP: fouille {ours_micro}, nervaluate {theirs_micro}")
    totals = {q: sum(v.get(q, 0) for v in ours.values()) for q in quantities}
    print("perturbation: " + ", ".join(f"{q} {totals[q]}" for q in quantities)
          + f"; {sum(1 for p in predictions.values() if p is None)} document(s) without prediction")
    if mismatches:
        print("\nMISMATCH between fouille and nervaluate:", *mismatches, sep="\n  ")
        if diagnostics.strip():
            print("\nfouille's diagnostics:\n" + diagnostics, file=sys.stderr)
        sys.exit(1)
    print("OK: fouille and nervaluate agree on every compared quantity")


if __name__ == "__main__":
    main()
