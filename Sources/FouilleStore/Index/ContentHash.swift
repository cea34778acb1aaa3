import FouilleText

/// A 64-bit hash of a report's text and metadata: what "unchanged" means.
///
/// Re-indexing a report whose id and hash are already stored is a no-op; a
/// different hash (text or patient, date, kind corrected) replaces the old
/// rows. The source path is left out: a moved file is the same report.
///
/// The text is mixed eight bytes per step (multiply and shift), the tail and
/// the fields byte by byte as FNV-1a does: hashing byte by byte cost about 1 %
/// of indexing, as each step waits for the previous multiplication.
enum ContentHash {
    static func of(_ document: Document) -> Int64 {
        var state = WordHash()
        var text = document.text
        text.withUTF8 { state.mix($0) }
        for field in [document.metadata.patientID, document.metadata.date, document.metadata.kind] {
            // A separator that never occurs in UTF-8 keeps ("ab", nil) apart from ("a", "b").
            state.mix(byte: 0xFF)
            if var field { field.withUTF8 { state.mix($0) } } else { state.mix(byte: 0xFE) }
        }
        return Int64(bitPattern: state.hash)
    }

    /// The FNV-1a hash of raw bytes (the compression dictionary's `meta.dictionary_hash`).
    static func of(bytes: [UInt8]) -> Int64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int64(bitPattern: hash)
    }
}

/// The running state of ``ContentHash``.
private struct WordHash {
    private(set) var hash: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func mix(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { mix(byte: 0xFD); return }
        var i = 0
        while i + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            i += 8
        }
        while i < bytes.count { mix(byte: bytes[i]); i += 1 }
        // The length ends the run: "ab" + "c" and "a" + "bc" differ.
        hash = (hash ^ UInt64(bytes.count)) &* 0x9E37_79B9_7F4A_7C15
    }

    mutating func mix(byte: UInt8) {
        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
}
