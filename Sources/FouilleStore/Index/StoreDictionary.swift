/// The compression dictionary of a store, made once from the first reports it indexes.
///
/// zlib looks for repeats within the last 32 KB, nearest first, so the
/// dictionary is the end of the concatenated first reports, up to 32 KB: the
/// headers, section titles and phrasing later reports repeat. It is report
/// text: it lives in the store's `meta` table, under the store's owner-only
/// permissions, and stays there when those reports are replaced.
enum StoreDictionary {
    static let maximumSize = 32 * 1024
    /// How many leading reports are sampled.
    static let sampleCount = 64

    static func make(from texts: [String]) -> [UInt8] {
        var bytes = [UInt8]()
        for text in texts.prefix(sampleCount) { bytes.append(contentsOf: text.utf8) }
        return bytes.count > maximumSize ? Array(bytes.suffix(maximumSize)) : bytes
    }
}
