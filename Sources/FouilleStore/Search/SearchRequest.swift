import FouilleExtraction
import Foundation

/// One search: words (FTS5 syntax), fact filters, metadata filters, and how many hits.
///
/// Every part is optional, but a search needs at least one: words alone,
/// facts alone (a cohort query) or both. All filters combine with AND.
public struct SearchRequest: Sendable {
    /// FTS5 syntax (``QueryParser``); empty for a facts-only search.
    public var query: String
    /// Each must hold (`--has`, `--type`).
    public var facts: [FactFilter] = []
    /// Contexts the fact filters leave out (`--not-negated`, ...).
    public var exclusions = AttributeExclusions()
    public var patient: String?
    public var kind: String?
    /// ISO 8601 bounds on the report date, inclusive; partial dates allowed (`2021`, `2021-03`).
    public var from: String?
    public var to: String?
    /// Hits to return, and hits to skip before them (paging).
    public var limit = 20
    public var offset = 0
    /// Record the search in the `audit` table (`--no-audit` turns it off).
    public var audit = true

    public init(query: String = "") { self.query = query }

    /// Reads a date bound as ISO 8601 (`2021-03-12`, `12/03/2021`, `mars 2021`, `2021`), or explains why not.
    public static func dateBound(_ text: String, option: String) throws -> String {
        if let iso = DateValue.iso(text) { return iso }
        throw StoreError(.filter, "\(option) '\(text)' is not a date; write 2021-03-12, 12/03/2021, 2021-03 or 2021")
    }

    /// The filters as JSON, sorted keys: what the audit records besides the words.
    var filtersJSON: String {
        var object = [String: Any]()
        if !facts.isEmpty { object["facts"] = facts.map(\.description) }
        var flags = [String]()
        for (name, attribute) in [("negated", EntityAttributes.negated), ("hypothetical", .hypothetical), ("family", .family), ("history", .history)]
        where exclusions.excluded.contains(attribute) { flags.append("no-" + name) }
        if !flags.isEmpty { object["exclude"] = flags }
        if let patient { object["patient"] = patient }
        if let kind { object["kind"] = kind }
        if let from { object["from"] = from }
        if let to { object["to"] = to }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
