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
    /// Bit k set when some first word is k bytes long, and the set of their first bytes:
    /// a line is mostly rejected on these, without hashing its first word.
    private var firstWordLengths: UInt64 = 0
    private var firstWordInitials: [UInt64] = [0, 0, 0, 0]
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
        let firstWord = Array(key.prefix { $0 != 0x20 })
        _ = firstWords.insert(firstWord)
        if firstWord.count <= 40 { firstWordLengths |= 1 << UInt64(firstWord.count) }
        if let initial = firstWord.first { firstWordInitials[Int(initial) >> 6] |= 1 << UInt64(initial & 63) }
    }

    public var count: Int { names.count }

    /// The canonical name of a header text, if it is one.
    public func name(ofHeader text: String) -> String? { name(ofKey: Self.keyBytes(NormalizedText(text, form: .folded).bytes[...])) }

    /// The canonical name of a header key (see ``key(_:)-(String)``), if known.
    func name(ofKey key: [UInt8]) -> String? { keys.id(of: key).map { names[Int($0)] } }

    /// True when the `count` folded bytes at `p` start with the first word of a known header.
    func isFirstWord(at p: UnsafePointer<UInt8>, count: Int) -> Bool {
        var length = 0
        while length < count {
            let b = p[length]
            if b == 0x20 || b == 0x09 || b == 0x3A || b == 0x2E { break }
            length += 1
            if length > 40 { return false }
        }
        // Most lines fail on the word's length or first byte, before any hashing.
        guard firstWordLengths & (1 << UInt64(length)) != 0, length > 0,
              firstWordInitials[Int(p[0]) >> 6] & (1 << UInt64(p[0] & 63)) != 0 else { return false }
        return firstWords.withProbe { $0.id(of: p, count: length) } >= 0
    }

    /// The canonical name of the header key of the `count` folded bytes at `p`
    /// (see ``keyBytes(_:)``), built in raw memory: no array to release per line.
    func name(ofFolded p: UnsafePointer<UInt8>, count: Int) -> String? {
        let key = UnsafeMutablePointer<UInt8>.allocate(capacity: max(count, 1))
        defer { key.deallocate() }
        let length = Self.writeKey(of: p, count: count, to: key)
        let id = keys.withProbe { $0.id(of: key, count: length) }
        return id < 0 ? nil : names[Int(id)]
    }

    /// Folded, trimmed of spaces, colons and full stops, inner white space collapsed.
    public static func key(_ text: String) -> String {
        String(decoding: keyBytes(NormalizedText(text, form: .folded).bytes[...]), as: UTF8.self)
    }

    /// The key of folded bytes, as bytes.
    static func keyBytes(_ folded: ArraySlice<UInt8>) -> [UInt8] {
        folded.withUnsafeBufferPointer { folded in
            [UInt8](unsafeUninitializedCapacity: max(folded.count, 1)) { out, initialized in
                initialized = folded.isEmpty ? 0 : writeKey(of: folded.baseAddress!, count: folded.count, to: out.baseAddress!)
            }
        }
    }

    /// Writes the key of `count` folded bytes (at most `count` bytes) and answers its length.
    static func writeKey(of p: UnsafePointer<UInt8>, count: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var length = 0
        var pendingSpace = false
        for i in 0..<count {
            let b = p[i]
            if b == 0x20 || b == 0x09 || b == 0x0D { pendingSpace = length > 0; continue }
            if pendingSpace { out[length] = 0x20; length += 1; pendingSpace = false }
            out[length] = b
            length += 1
        }
        while length > 0, out[length - 1] == 0x3A || out[length - 1] == 0x2E || out[length - 1] == 0x20 || out[length - 1] == 0x2D { length -= 1 }
        return length
    }
}
