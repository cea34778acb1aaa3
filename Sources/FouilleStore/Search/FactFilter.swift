import FouilleExtraction
import FouilleLexicon

/// A condition on what a report states: `--has TYPE[:CODE[=VALUE]]` or `--type TYPE`.
///
/// ```
/// --has Biomarker:ERBB2=positive   a HER2 marker whose linked value is positive
/// --has Drug:L01FD01               trastuzumab (ATC); Drug:ATC:L01FD01 names the namespace
/// --has Drug:L01F*                 any monoclonal antibody (a code prefix)
/// --has Tumour:8500/3              an invasive ductal carcinoma (ICD-O-3 morphology)
/// --type Metastasis                any metastasis
/// ```
/// The codes are the guideline's (`../shared/ANNOTATION.md`); without a
/// namespace, the type's namespaces are tried (`HGNC` then `LOINC` for a
/// Biomarker). One entity must satisfy the whole condition, including the
/// context flags (``AttributeExclusions``): `--has Drug:L01FD01 --not-negated`
/// wants a trastuzumab mention that is not negated, not just any.
public struct FactFilter: Equatable, Sendable, CustomStringConvertible {
    public var type: EntityType
    /// Lower-case `namespace:value` alternatives; empty for a type-only filter.
    public var codes: [String]
    /// The code is a prefix (`L01F*`).
    public var prefix: Bool
    /// A Biomarker's linked value (`positive`, `amplified`, `90`).
    public var value: String?
    /// As typed, for messages and the audit.
    public var description: String

    /// Parses `TYPE[:CODE[=VALUE]]`.
    public init(parsing spec: String) throws {
        description = spec
        let trimmed = spec.trimmingCharacters(in: .whitespaces)
        let typeName = trimmed.prefix { $0 != ":" }
        guard let type = EntityType.allCases.first(where: { $0.rawValue.lowercased() == typeName.lowercased() }) else {
            throw StoreError(.filter, "unknown entity type '\(typeName)' in '\(spec)'; the types are \(EntityType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.type = type
        var rest = trimmed.dropFirst(typeName.count)
        guard rest.first == ":" else {
            guard rest.isEmpty else { throw StoreError(.filter, "'\(spec)' should read TYPE, TYPE:CODE or Biomarker:CODE=VALUE") }
            codes = []; prefix = false; value = nil
            return
        }
        rest = rest.dropFirst()
        if let equals = rest.lastIndex(of: "=") {
            guard type == .biomarker else {
                throw StoreError(.filter, "'=VALUE' applies to Biomarker codes (Biomarker:ERBB2=positive); for \(type.rawValue), give TYPE:CODE")
            }
            let v = rest[rest.index(after: equals)...]
            guard !v.isEmpty else { throw StoreError(.filter, "'\(spec)' has nothing after '='; e.g. Biomarker:ERBB2=positive") }
            value = FactKeys.sanitized(String(v))
            rest = rest[..<equals]
        } else {
            value = nil
        }
        prefix = rest.hasSuffix("*")
        if prefix { rest = rest.dropLast() }
        guard !(prefix && value != nil) else {
            throw StoreError(.filter, "'\(spec)': a code prefix (*) and a value (=) cannot be combined; give the whole code")
        }
        guard !rest.isEmpty else { throw StoreError(.filter, "'\(spec)' has an empty code; e.g. \(type.rawValue):\(Self.example(type))") }
        let code = String(rest)
        if let colon = code.firstIndex(of: ":") {
            codes = [FactKeys.sanitized(String(code[..<colon])) + ":" + FactKeys.sanitized(String(code[code.index(after: colon)...]))]
        } else {
            guard !type.codeNamespaces.isEmpty else {
                throw StoreError(.filter, "\(type.rawValue) entities have no codes; use --type \(type.rawValue)")
            }
            codes = type.codeNamespaces.map { FactKeys.sanitized($0) + ":" + FactKeys.sanitized(code) }
        }
    }

    /// A type-only filter (`--type Metastasis`).
    public init(type: EntityType) {
        self.type = type
        codes = []
        prefix = false
        value = nil
        description = type.rawValue
    }

    /// The FTS5 query over the `facts` index: this fact in any allowed context.
    func matchText(_ exclusions: AttributeExclusions) -> String {
        var alternatives = [String]()
        for mask in exclusions.allowedMasks(for: type) {
            let head = FactKeys.key(type: type, attributes: mask)
            if codes.isEmpty { alternatives.append("\"\(head)\""); continue }
            for code in codes {
                let key = head + ":" + code + (value.map { "=" + $0 } ?? "")
                alternatives.append("\"\(key)\"" + (prefix ? "*" : ""))
            }
        }
        return "(" + alternatives.joined(separator: " OR ") + ")"
    }

    /// Whether one stored entity satisfies the filter (to show it as evidence).
    func matches(_ entity: StoredEntity, values: [String], _ exclusions: AttributeExclusions) -> Bool {
        guard entity.type == type, exclusions.allows(entity.attributes, for: type) else { return false }
        guard !codes.isEmpty else { return true }
        guard let code = entity.code.map(FactKeys.sanitized) else { return false }
        let codeMatches = codes.contains { prefix ? code.hasPrefix($0) : code == $0 }
        guard codeMatches else { return false }
        guard let value else { return true }
        return values.contains(value)
    }

    private static func example(_ type: EntityType) -> String {
        switch type {
        case .tumour: return "8500/3"
        case .biomarker: return "ERBB2=positive"
        case .drug: return "L01FD01"
        case .regimen: return "FOLFOX"
        case .site, .metastasis: return "C50.9"
        case .stage: return "pT2N1aM0"
        case .biomarkerValue: return "positive"
        default: return "CODE"
        }
    }
}

/// Contexts a search leaves out: `--not-negated`, `--no-hypothetical`, `--no-family`, `--no-history`.
public struct AttributeExclusions: Equatable, Sendable {
    public var excluded: EntityAttributes

    public init(_ excluded: EntityAttributes = []) { self.excluded = excluded }

    /// The attribute masks an entity of `type` may have and still count.
    func allowedMasks(for type: EntityType) -> [UInt8] {
        // Types without attributes are always stored with mask 0.
        guard type.takesAttributes else { return [0] }
        return (0...15).map(UInt8.init).filter { $0 & excluded.rawValue == 0 }
    }

    func allows(_ attributes: EntityAttributes, for type: EntityType) -> Bool {
        attributes.rawValue & excluded.rawValue == 0
    }
}
