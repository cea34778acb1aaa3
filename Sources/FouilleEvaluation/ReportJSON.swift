import FouilleLexicon

/// Renders a report as JSON, for scripts and CI (`fouille evaluate --format json`).
///
/// Keys are stable and always present; rates have 4 decimals and are `null`
/// where there is nothing to count. Offsets are Unicode scalar offsets.
///
/// ```
/// {
///   "mode": "evaluation" | "agreement",
///   "note": string | null,                       // what agreement numbers mean
///   "documents_scored": int, "documents_with_prediction": int,
///   "entities": {
///     "strict":  { "per_type": { TYPE: SCORE, ... }, "micro": SCORE, "macro": MACRO },
///     "overlap": { same shape }
///   },
///   "attributes": { "pairs": int, "per_attribute": { NAME: SCORE + "accuracy": rate } },
///   "relations": { "per_label": { LABEL: SCORE, ... }, "micro": SCORE },
///   "normalisation": { "per_type": { TYPE: ACCURACY }, "overall": ACCURACY },
///   "documents": [ { "name", "has_prediction": bool, "strict": SCORE, "overlap": SCORE } ],
///   "errors": {
///     "entities":   [ { "kind": "missed"|"spurious"|"boundary", "document", "type",
///                       "gold": MENTION|null, "prediction": MENTION|null, "other_side_type": TYPE|null } ],
///     "relations":  [ { "kind": "missed"|"spurious", "document", "label", "arg1": MENTION, "arg2": MENTION, "context": CONTEXT } ],
///     "codes":      [ { "document", "mention": MENTION, "gold_codes": [..], "predicted_codes": [..] } ],
///     "attributes": [ { "document", "attribute", "mention": MENTION, "in_gold": bool, "in_prediction": bool } ]
///   }
/// }
/// SCORE    = { "tp", "fp", "fn", "gold", "predicted": int, "precision", "recall", "f1": rate }
/// MACRO    = { "types": int, "precision", "recall", "f1": rate }   // mean over types present in gold or prediction
/// ACCURACY = { "evaluated", "correct": int, "accuracy": rate }
/// MENTION  = { "id", "type", "start", "end", "text", "context": CONTEXT }
/// CONTEXT  = { "line": int, "clipped_before", "clipped_after": bool,
///              "segments": [ { "text", "mark": "gold"|"prediction"|null } ] }
/// ```
/// `per_type` lists only types present in gold or prediction; `per_attribute` lists all four attributes.
public enum ReportJSON {
    public static func render(_ report: EvaluationReport, mode: ReportMode = .evaluation) -> String {
        let value = JSONValue.object([
            ("mode", .string(mode.rawValue)),
            ("note", .optional(mode.note)),
            ("documents_scored", .int(report.documents.count)),
            ("documents_with_prediction", .int(report.documents.filter(\.hasPrediction).count)),
            ("entities", .object([("strict", table(report.strict)), ("overlap", table(report.overlap))])),
            ("attributes", .object([
                ("pairs", .int(report.attributePairs)),
                ("per_attribute", .object(report.attributes.map { attribute in
                    guard case .object(var members) = score(attribute.score) else { return (attribute.attribute.rawValue, .null) }
                    members.append(("accuracy", .optional(attribute.agreement.value)))
                    return (attribute.attribute.rawValue, .object(members))
                })),
            ])),
            ("relations", .object([
                ("per_label", .object(report.relations.keys.map { ($0, score(report.relations.perKey[$0]!)) })),
                ("micro", score(report.relations.micro)),
            ])),
            ("normalisation", .object([
                ("per_type", .object(report.normalisation.keys.sorted().map { ($0.rawValue, accuracy(report.normalisation[$0]!)) })),
                ("overall", accuracy(report.normalisationOverall)),
            ])),
            ("documents", .array(report.documents.map { document in
                .object([("name", .string(document.name)), ("has_prediction", .bool(document.hasPrediction)),
                         ("strict", score(document.strict)), ("overlap", score(document.overlap))])
            })),
            ("errors", .object([
                ("entities", .array(report.entityErrors.map { error in
                    .object([("kind", .string(error.kind.rawValue)), ("document", .string(error.document)), ("type", .string(error.type.rawValue)),
                             ("gold", error.gold.map(mention) ?? .null), ("prediction", error.prediction.map(mention) ?? .null),
                             ("other_side_type", .optional(error.otherSideType?.rawValue))])
                })),
                ("relations", .array(report.relationErrors.map { error in
                    .object([("kind", .string(error.kind.rawValue)), ("document", .string(error.document)), ("label", .string(error.label)),
                             ("arg1", mention(error.arg1)), ("arg2", mention(error.arg2)), ("context", context(error.context))])
                })),
                ("codes", .array(report.codeErrors.map { error in
                    .object([("document", .string(error.document)), ("mention", mention(error.mention)),
                             ("gold_codes", .array(error.goldCodes.map(JSONValue.string))),
                             ("predicted_codes", .array(error.predictedCodes.map(JSONValue.string)))])
                })),
                ("attributes", .array(report.attributeErrors.map { error in
                    .object([("document", .string(error.document)), ("attribute", .string(error.attribute.rawValue)),
                             ("mention", mention(error.mention)), ("in_gold", .bool(error.inGold)), ("in_prediction", .bool(error.inPrediction))])
                })),
            ])),
        ])
        return value.rendered() + "\n"
    }

    static func score(_ s: Score) -> JSONValue {
        .object([("tp", .int(s.truePositives)), ("fp", .int(s.falsePositives)), ("fn", .int(s.falseNegatives)),
                 ("gold", .int(s.gold)), ("predicted", .int(s.predicted)),
                 ("precision", s.isEmpty ? .null : .number(s.precision)), ("recall", s.isEmpty ? .null : .number(s.recall)),
                 ("f1", s.isEmpty ? .null : .number(s.f1))])
    }

    static func table(_ table: ScoreTable<EntityType>) -> JSONValue {
        let macro = table.macro, empty = macro.categories == 0
        return .object([
            ("per_type", .object(table.keys.map { ($0.rawValue, score(table.perKey[$0]!)) })),
            ("micro", score(table.micro)),
            ("macro", .object([("types", .int(macro.categories)), ("precision", empty ? .null : .number(macro.precision)),
                               ("recall", empty ? .null : .number(macro.recall)), ("f1", empty ? .null : .number(macro.f1))])),
        ])
    }

    static func accuracy(_ a: Accuracy) -> JSONValue {
        .object([("evaluated", .int(a.evaluated)), ("correct", .int(a.correct)), ("accuracy", .optional(a.value))])
    }

    static func mention(_ m: Mention) -> JSONValue {
        .object([("id", .string(m.id)), ("type", .string(m.type.rawValue)), ("start", .int(m.start)), ("end", .int(m.end)),
                 ("text", .string(m.text)), ("context", context(m.context))])
    }

    static func context(_ c: TextContext) -> JSONValue {
        .object([("line", .int(c.line)), ("clipped_before", .bool(c.clippedBefore)), ("clipped_after", .bool(c.clippedAfter)),
                 ("segments", .array(c.segments.map { .object([("text", .string($0.text)), ("mark", .optional($0.mark?.rawValue))]) }))])
    }
}
