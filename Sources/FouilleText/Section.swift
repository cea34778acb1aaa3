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
/// Keys are looked up as bytes (no `String` per line of a report).
public struct SectionRules: Sendable {
    /// Header keys; a key's id indexes `names`.
    private var keys = ByteKeyTable(expectedCount: 256)
    private var names = [String]()
    /// The first word of every header key, for a quick rejection of ordinary lines.
    private var firstWords = ByteKeyTable(expectedCount: 256)
    /// Longest header key, in bytes: longer lines are not headers.
    private(set) var longestKey = 0

    public init() {}

    /// Adds a header (`Antécédents familiaux`) and its canonical name (`ANTECEDENTS_FAMILIAUX`).
    public mutating func add(header: String, name: String) {
        let folded = NormalizedText(header, form: .folded).bytes
        let key = Self.keyBytes(folded[...])
        guard !key.isEmpty else { return }
        let id = Int(keys.insert(key))
        if id == names.count { names.append(name) } else { names[id] = name }
        longestKey = max(longestKey, key.count)
        _ = firstWords.insert(Array(key.prefix { $0 != 0x20 }))
    }

    public var count: Int { names.count }

    /// The canonical name of a header text, if it is one.
    public func name(ofHeader text: String) -> String? { name(ofKey: Self.keyBytes(NormalizedText(text, form: .folded).bytes[...])) }

    /// The canonical name of a header key (see ``key(_:)-(String)``), if known.
    func name(ofKey key: [UInt8]) -> String? { keys.id(of: key).map { names[Int($0)] } }

    /// True when the folded text starts with the first word of a known header.
    func isFirstWord(of folded: ArraySlice<UInt8>) -> Bool {
        folded.withUnsafeBufferPointer { bytes in
            var length = 0
            for b in bytes {
                if b == 0x20 || b == 0x09 || b == 0x3A || b == 0x2E { break }
                length += 1
                if length > 40 { return false }
            }
            return firstWords.id(of: UnsafeBufferPointer(rebasing: bytes[0..<length])) != nil
        }
    }

    /// Folded, trimmed of spaces, colons and full stops, inner white space collapsed.
    public static func key(_ text: String) -> String {
        String(decoding: keyBytes(NormalizedText(text, form: .folded).bytes[...]), as: UTF8.self)
    }

    /// The key of folded bytes, as bytes.
    static func keyBytes(_ folded: ArraySlice<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(folded.count)
        var pendingSpace = false
        for b in folded {
            if b == 0x20 || b == 0x09 || b == 0x0D { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b)
        }
        while let last = out.last, last == 0x3A || last == 0x2E || last == 0x20 || last == 0x2D { out.removeLast() }
        return out
    }
}
