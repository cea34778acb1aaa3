import FouilleText

/// The 64-bit FNV-1a hash of a report's text and metadata: what "unchanged" means.
///
/// Re-indexing a report whose id and hash are already stored is a no-op; a
/// different hash (text or patient, date, kind corrected) replaces the old
/// rows. The source path is left out: a moved file is the same report.
enum ContentHash {
    static func of(_ document: Document) -> Int64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for b in bytes { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        }
        var text = document.text
        text.withUTF8 { mix($0) }
        for field in [document.metadata.patientID, document.metadata.date, document.metadata.kind] {
            // A separator that never occurs in UTF-8 keeps ("ab", nil) apart from ("a", "b").
            mix(CollectionOfOne(0xFF))
            if let field { mix(field.utf8) } else { mix(CollectionOfOne(0xFE)) }
        }
        return Int64(bitPattern: hash)
    }

    /// The same hash over raw bytes (the compression dictionary's `meta.dictionary_hash`).
    static func of(bytes: [UInt8]) -> Int64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int64(bitPattern: hash)
    }
}
