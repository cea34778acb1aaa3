/// A part of a report under one header (`MACROSCOPIE`, `CONCLUSION`, ...).
public struct Section: Sendable, Equatable {
    /// The canonical section name from the sections lexicon (`ANTECEDENTS_FAMILIAUX`),
    /// or nil for text before the first header.
    public var name: String?
    /// The header as written, when there is one.
    public var heading: TextSpan?
    /// From the header's line start (or the text start) to the next header's line start.
    public var span: TextSpan

    public init(name: String?, heading: TextSpan?, span: TextSpan) {
        self.name = name
        self.heading = heading
        self.span = span
    }
}

/// The section headers to recognise, keyed by their folded form.
///
/// Loaded from `Lexicons/sections/sections.tsv` by the lexicon layer; a header
/// matches upper-case or not, with or without accents and trailing colon.
public struct SectionRules: Sendable {
    private var canonicalByKey: [String: String] = [:]
    /// The first word of every header key, for a quick rejection of ordinary lines.
    private var firstWords = Set<Int>()
    /// Longest header key, in bytes: longer lines are not headers.
    private(set) var longestKey = 0

    public init() {}

    /// Adds a header (`Antécédents familiaux`) and its canonical name (`ANTECEDENTS_FAMILIAUX`).
    public mutating func add(header: String, name: String) {
        let key = Self.key(header)
        guard !key.isEmpty else { return }
        canonicalByKey[key] = name
        longestKey = max(longestKey, key.utf8.count)
        firstWords.insert(Self.wordHash(key.utf8.prefix { $0 != 0x20 }))
    }

    public var count: Int { canonicalByKey.count }

    /// The canonical name of a header text, if it is one.
    public func name(ofHeader text: String) -> String? { canonicalByKey[Self.key(text)] }

    func name(ofKey key: String) -> String? { canonicalByKey[key] }

    /// True when the folded text starts with the first word of a known header.
    func isFirstWord(of folded: ArraySlice<UInt8>) -> Bool {
        var length = 0
        for b in folded {
            if b == 0x20 || b == 0x09 || b == 0x3A || b == 0x2E { break }
            length += 1
            if length > 40 { return false }
        }
        return firstWords.contains(Self.wordHash(folded.prefix(length)))
    }

    /// FNV-1a of a word's bytes: a quick, allocation-free membership key.
    private static func wordHash<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return Int(truncatingIfNeeded: h)
    }

    /// Folded, trimmed of spaces, colons and full stops, inner white space collapsed.
    public static func key(_ text: String) -> String {
        let folded = NormalizedText(text, form: .folded).bytes
        return key(folded[...])
    }

    static func key(_ folded: ArraySlice<UInt8>) -> String {
        var out = [UInt8]()
        out.reserveCapacity(folded.count)
        var pendingSpace = false
        for b in folded {
            if b == 0x20 || b == 0x09 || b == 0x0D { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b)
        }
        while let last = out.last, last == 0x3A || last == 0x2E || last == 0x20 || last == 0x2D { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}
