/// A text excerpt with the matching words marked.
public struct Snippet: Sendable, Equatable {
    public struct Part: Sendable, Equatable {
        public var text: String
        public var highlighted: Bool

        public init(text: String, highlighted: Bool) {
            self.text = text
            self.highlighted = highlighted
        }
    }

    public var parts: [Part]

    public init(parts: [Part]) { self.parts = parts }

    /// The excerpt with each highlighted part between `open` and `close` (`**`, or terminal colours).
    public func rendered(open: String, close: String) -> String {
        Self.merged(parts).map { $0.highlighted ? open + $0.text + close : $0.text }.joined()
    }

    /// The excerpt without marks.
    public var plain: String { parts.map(\.text).joined() }

    /// The highlighted words, in order.
    public var highlights: [String] { parts.filter(\.highlighted).map(\.text) }

    /// Splits text marked with U+0002 … U+0003 (what the store asks FTS5 to mark with), white space collapsed.
    init(marked: String) {
        var parts = [Part]()
        var current = ""
        var highlighted = false
        var lastWasSpace = false
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "\u{2}", "\u{3}":
                if !current.isEmpty { parts.append(Part(text: current, highlighted: highlighted)) }
                current = ""
                highlighted = scalar == "\u{2}"
            default:
                let space = scalar.properties.isWhitespace
                if space && lastWasSpace { continue }
                current.unicodeScalars.append(space ? " " : scalar)
                lastWasSpace = space
            }
        }
        if !current.isEmpty { parts.append(Part(text: current, highlighted: highlighted)) }
        self.parts = Self.merged(parts)
    }

    /// FTS5 marks each term of a phrase apart: `**carcinome** **lobulaire**` reads better as one mark.
    static func merged(_ parts: [Part]) -> [Part] {
        var merged = [Part]()
        for part in parts {
            if part.highlighted, merged.count >= 2, merged[merged.count - 1].text == " ", merged[merged.count - 2].highlighted {
                merged.removeLast()
                merged[merged.count - 1].text += " " + part.text
            } else if let last = merged.last, last.highlighted == part.highlighted {
                merged[merged.count - 1].text += part.text
            } else {
                merged.append(part)
            }
        }
        return merged
    }
}

/// A report that matched, with why.
public struct SearchHit: Sendable {
    /// 1 for the best.
    public var rank: Int
    /// The report's id (file name or JSONL id).
    public var documentID: String
    public var patientID: String?
    public var date: String?
    public var kind: String?
    public var source: String?
    /// Relevance from bm25, higher is better; nil for a search without words (sorted by date, newest first).
    public var score: Double?
    /// Where the words match (FTS5 snippet), or around the first fact that matched.
    public var snippet: Snippet
    /// Entities that satisfy the fact filters (at most a few per report).
    public var evidence: [StoredEntity]
}

/// What a search found.
public struct SearchResults: Sendable {
    public var hits: [SearchHit]
    /// Reports matching in all (hits shows `limit` of them).
    public var total: Int
    /// Words of the query left out as having nothing searchable (`l'`).
    public var ignoredWords: [String]
    /// The FTS5 expression run, for `--explain` and tests.
    public var matchText: String?
}

/// Reports per patient (or kind): a cohort count.
public struct SearchGroup: Sendable, Equatable {
    /// nil for reports without this metadata.
    public var key: String?
    public var documents: Int
}

/// What `--group-by` groups on.
public enum SearchGrouping: String, Sendable, CaseIterable {
    case patient, kind

    var column: String { self == .patient ? "d.patient_id" : "d.kind" }
}
