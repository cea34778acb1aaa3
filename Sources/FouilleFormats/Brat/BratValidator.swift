import FouilleLexicon

/// Checks a ``BratDocument`` against its `.txt` and the annotation guideline (`ANNOTATION.md`).
///
/// Severity: everything the guideline forbids is an error, overlapping
/// entities included (one character belongs to at most one entity, and
/// scoring's one-to-one matching relies on it). The one overlap the guideline
/// allows — the same span as both `Regimen` and `Drug` (`FOLFIRI-bévacizumab`)
/// — is accepted. Warnings are for what is odd but harmless to scoring:
/// a repeated attribute, relation or code, an `N` text that is not its
/// entity's text, several codes on one entity.
public enum BratValidator {
    /// The problems of a document; `text` nil skips the checks that need the `.txt`.
    public static func validate(_ document: BratDocument, text: BratText?, file: String) -> [BratDiagnostic] {
        var diagnostics = [BratDiagnostic]()
        func report(_ kind: BratDiagnostic.Kind, _ line: Int, _ message: String) {
            diagnostics.append(BratDiagnostic(.error, kind, file: file, line: line, message))
        }
        func warn(_ kind: BratDiagnostic.Kind, _ line: Int, _ message: String) {
            diagnostics.append(BratDiagnostic(.warning, kind, file: file, line: line, message))
        }
        func add(_ severity: BratDiagnostic.Severity, _ kind: BratDiagnostic.Kind, _ line: Int, _ message: String) {
            diagnostics.append(BratDiagnostic(severity, kind, file: file, line: line, message))
        }

        var placed = [BratEntity]()  // entities whose offsets fit the text, for the overlap check
        for entity in document.entities {
            if EntityType(rawValue: entity.type) == nil {
                report(.unknownEntityType, entity.line, "unknown entity type '\(entity.type)' (expected one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            if entity.isDiscontinuous {
                report(.discontinuousSpan, entity.line, "discontinuous span (\(entity.fragments.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";"))): the guideline annotates one continuous span")
            }
            guard let text else { continue }
            guard entity.end <= text.scalarCount else {
                report(.spanOutOfRange, entity.line, "span \(entity.start)-\(entity.end) of \(entity.id) is past the end of the text (\(text.scalarCount) characters)")
                continue
            }
            placed.append(entity)
            checkText(of: entity, in: text, report: { add($0, $1, entity.line, $2) })
        }
        if text != nil { checkOverlaps(placed, report: { add($0, $1, $2, $3) }) }

        let byID = document.entitiesByID
        var seenAttributes = [String: Int]()
        for attribute in document.attributes {
            let known = GuidelineAttribute(rawValue: attribute.name)
            if known == nil {
                report(.unknownAttribute, attribute.line, "unknown attribute '\(attribute.name)' (expected \(GuidelineAttribute.allCases.map(\.rawValue).joined(separator: ", ")))")
            } else if let value = attribute.value {
                report(.unknownAttribute, attribute.line, "\(attribute.name) is binary: write '\(attribute.name) \(attribute.target)' without the value '\(value)'")
            }
            guard let target = byID[attribute.target] else {
                report(.missingTarget, attribute.line, "attribute \(attribute.id) points to \(attribute.target), which is not an entity of this file")
                continue
            }
            if known != nil, let type = EntityType(rawValue: target.type), !type.takesAttributes {
                report(.attributeNotAllowed, attribute.line, "\(attribute.name) on \(target.id), a \(type.rawValue): attributes go only on \(EntityType.allCases.filter(\.takesAttributes).map(\.rawValue).joined(separator: ", "))")
            }
            let key = attribute.name + " " + attribute.target
            if let first = seenAttributes[key] {
                warn(.duplicateAnnotation, attribute.line, "\(attribute.name) on \(attribute.target) is already given on line \(first)")
            } else {
                seenAttributes[key] = attribute.line
            }
        }

        var seenRelations = [String: Int]()
        for relation in document.relations {
            let label = GuidelineRelation(rawValue: relation.label)
            if label == nil {
                report(.unknownRelation, relation.line, "unknown relation '\(relation.label)' (expected \(GuidelineRelation.allCases.map(\.rawValue).joined(separator: " or ")))")
            }
            let first = byID[relation.arg1], second = byID[relation.arg2]
            for (role, id, entity) in [("Arg1", relation.arg1, first), ("Arg2", relation.arg2, second)] where entity == nil {
                report(.missingTarget, relation.line, "relation \(relation.id) \(role) points to \(id), which is not an entity of this file")
            }
            if let label, let first, let second {
                let firstType = EntityType(rawValue: first.type), secondType = EntityType(rawValue: second.type)
                // Unknown types are already reported on their T line.
                if let firstType, !label.firstArgumentTypes.contains(firstType) {
                    report(.relationArgumentType, relation.line, "\(label.rawValue) Arg1 must be \(names(label.firstArgumentTypes)), not \(firstType.rawValue) (\(first.id))")
                }
                if let secondType, !label.secondArgumentTypes.contains(secondType) {
                    report(.relationArgumentType, relation.line, "\(label.rawValue) Arg2 must be \(names(label.secondArgumentTypes)), not \(secondType.rawValue) (\(second.id))")
                }
            }
            let key = "\(relation.label) \(relation.arg1) \(relation.arg2)"
            if let firstLine = seenRelations[key] {
                warn(.duplicateAnnotation, relation.line, "relation \(key) is already given on line \(firstLine)")
            } else {
                seenRelations[key] = relation.line
            }
        }

        var codesOf = [String: [BratNormalization]]()
        for normalization in document.normalizations {
            guard let target = byID[normalization.target] else {
                report(.missingTarget, normalization.line, "normalisation \(normalization.id) points to \(normalization.target), which is not an entity of this file")
                continue
            }
            if let previous = codesOf[target.id]?.first(where: { $0.code == normalization.code }) {
                warn(.duplicateAnnotation, normalization.line, "code \(normalization.code) on \(target.id) is already given on line \(previous.line)")
            } else if let previous = codesOf[target.id]?.first {
                warn(.multipleCodes, normalization.line, "\(target.id) already has the code \(previous.code) (line \(previous.line)): the guideline gives one code per entity")
            }
            codesOf[target.id, default: []].append(normalization)
            if let type = EntityType(rawValue: target.type), let problem = CodeShape.problem(with: normalization.code, for: type) {
                let namespaceAllowed = normalization.namespace.map(type.codeNamespaces.contains) ?? true
                report(namespaceAllowed ? .codeShape : .codeNamespace, normalization.line, "\(target.id) (\(type.rawValue)): \(problem)")
            }
            if !normalization.text.isEmpty, normalization.text != target.text {
                warn(.normalizationText, normalization.line, "the text \(quoted(normalization.text)) differs from \(target.id)'s text \(quoted(target.text))")
            }
        }
        return diagnostics
    }

    /// The `.ann` text must be the `.txt` text at those offsets, with no white space at either end.
    private static func checkText(of entity: BratEntity, in text: BratText,
                                  report: (BratDiagnostic.Severity, BratDiagnostic.Kind, String) -> Void) {
        var pieces = [String]()
        for fragment in entity.fragments {
            pieces.append(text.text(ofScalars: fragment) ?? "")
            let first = text.scalar(at: fragment.lowerBound), last = text.scalar(at: fragment.upperBound - 1)
            if let first, first.properties.isWhitespace {
                report(.error, .spanWhitespace, "span \(fragment.lowerBound)-\(fragment.upperBound) of \(entity.id) starts with white space (\(describe(first))): move the start right")
            }
            if let last, last.properties.isWhitespace {
                report(.error, .spanWhitespace, "span \(fragment.lowerBound)-\(fragment.upperBound) of \(entity.id) ends with white space (\(describe(last))): move the end left")
            }
        }
        // brat joins the fragments of a discontinuous span with a space, and a
        // line of the .ann cannot hold a line feed, so compare with those as spaces.
        let expected = flattened(pieces.joined(separator: " "))
        if flattened(entity.text) != expected {
            report(.error, .spanTextMismatch, "\(entity.id) text \(quoted(entity.text)) differs from the .txt at \(entity.start)-\(entity.end): \(quoted(expected)) (offsets count Unicode scalars)")
        }
    }

    /// Entities sorted by start; each is compared with the one reaching furthest so far.
    private static func checkOverlaps(_ entities: [BratEntity],
                                      report: (BratDiagnostic.Severity, BratDiagnostic.Kind, Int, String) -> Void) {
        let sorted = entities.enumerated().sorted { a, b in
            (a.element.start, a.element.end, a.offset) < (b.element.start, b.element.end, b.offset)
        }.map(\.element)
        var reach: BratEntity?
        for entity in sorted {
            if let reached = reach, entity.start < reached.end {
                // Report on the line read last, naming the earlier entity.
                let (entity, other) = entity.line >= reached.line ? (entity, reached) : (reached, entity)
                let sameSpan = entity.fragments == other.fragments
                if sameSpan && entity.type == other.type {
                    report(.error, .overlap, entity.line, "\(entity.id) repeats \(other.id) (same type \(entity.type), same span \(entity.start)-\(entity.end))")
                } else if sameSpan && Set([entity.type, other.type]) == [EntityType.drug.rawValue, EntityType.regimen.rawValue] {
                    // FOLFIRI-bévacizumab is a Regimen and a Drug: the guideline's one allowed overlap.
                } else {
                    report(.error, .overlap, entity.line, "\(entity.id) (\(entity.type) \(entity.start)-\(entity.end)) overlaps \(other.id) (\(other.type) \(other.start)-\(other.end)): one character belongs to at most one entity")
                }
            }
            if reach == nil || entity.end > reach!.end { reach = entity }
        }
    }

    private static func names(_ types: Set<EntityType>) -> String {
        types.sorted().map(\.rawValue).joined(separator: " or ")
    }

    private static func flattened(_ text: String) -> String {
        String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : Character($0) })
    }

    private static func describe(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case " ": return "a space"
        case "\n": return "a line feed"
        case "\t": return "a tab"
        case "\u{00A0}": return "a no-break space"
        default: return "U+" + String(scalar.value, radix: 16, uppercase: true)
        }
    }
}
