import FouilleText

/// A 64-bit hash of a report's text and metadata: what "unchanged" means.
///
/// Re-indexing a report whose id and hash are already stored is a no-op; a
/// different hash (text or patient, date, kind corrected) replaces the old
/// rows. The source path is left out: a moved file is the same report.
///
/// Each part is hashed with the lexicon's byte hash (``ByteKeyTable/hash(_:_:)``,
/// eight bytes per step; byte-by-byte FNV-1a cost about 1 % of indexing) and the
/// parts are chained, a missing field as its own marker.
enum ContentHash {
    static func of(_ document: Document) -> Int64 {
        var text = document.text
        var hash = text.withUTF8 { chain(0xCBF2_9CE4_8422_2325, $0) }
        for field in [document.metadata.patientID, document.metadata.date, document.metadata.kind] {
            if var field { hash = field.withUTF8 { chain(hash, $0) } } else { hash = chain(hash, part: 0xFE) }
        }
        return Int64(bitPattern: hash)
    }

    /// `hash` followed by the bytes' hash (their length is part of it: "ab" + "c" and "a" + "bc" differ).
    private static func chain(_ hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        chain(hash, part: bytes.baseAddress.map { ByteKeyTable.hash($0, bytes.count) } ?? 0)
    }

    private static func chain(_ hash: UInt64, part: UInt64) -> UInt64 {
        let mixed = (hash ^ part) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 29)
    }

    /// The FNV-1a hash of raw bytes (the compression dictionary's `meta.dictionary_hash`).
    static func of(bytes: [UInt8]) -> Int64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int64(bitPattern: hash)
    }
}
