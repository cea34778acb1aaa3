import CZstd

/// Report texts are stored as zstd frames compressed with a raw-content dictionary.
///
/// Reports of one hospital share their headers, section titles and phrasing;
/// a 2–4 KB report compresses about 2× alone, but 3–5× with a dictionary of
/// earlier reports. The dictionary (``StoreDictionary``) is kept in the
/// store's `meta` table, so any zstd can read the texts back, e.g. Python:
/// `zstandard.ZstdDecompressor(dict_data=zstandard.ZstdCompressionDict(dictionary)).decompress(body)`.
///
/// The dictionary is digested once per compressor (`ZSTD_CDict`), not per
/// text: zlib had to re-prime a 32 KB window for every report, which cost
/// as much as compressing it. Level -1 (zstd's fast mode), not the default 3:
/// on 100k reports it saves ~0.5 s of indexing CPU for 12 % more compressed
/// text (the whole store goes from 1.29× to 1.32× the text).
/// Not thread-safe: one compressor per worker.
final class TextCompressor {
    private let context: OpaquePointer
    private let prepared: OpaquePointer?
    private let level: Int32

    init(dictionary: [UInt8], level: Int32 = -1) throws {
        guard let context = ZSTD_createCCtx() else { throw StoreError(.failed, "zstd: cannot start a compressor") }
        self.context = context
        self.level = level
        if dictionary.isEmpty {
            prepared = nil
        } else {
            prepared = dictionary.withUnsafeBytes { ZSTD_createCDict($0.baseAddress, $0.count, level) }
            guard prepared != nil else {
                ZSTD_freeCCtx(context)
                throw StoreError(.failed, "zstd: cannot load the compression dictionary")
            }
        }
    }

    deinit {
        ZSTD_freeCDict(prepared)
        ZSTD_freeCCtx(context)
    }

    /// The compressed form of `text`: one zstd frame, with its content size.
    func compress(_ text: UnsafeBufferPointer<UInt8>) throws -> [UInt8] {
        let bound = ZSTD_compressBound(text.count)
        var written = 0
        let out = [UInt8](unsafeUninitializedCapacity: bound) { buffer, count in
            let source = UnsafeRawPointer(text.baseAddress)
            if let prepared {
                written = ZSTD_compress_usingCDict(context, buffer.baseAddress, bound, source, text.count, prepared)
            } else {
                written = ZSTD_compressCCtx(context, buffer.baseAddress, bound, source, text.count, level)
            }
            count = ZSTD_isError(written) != 0 ? 0 : written
        }
        guard ZSTD_isError(written) == 0 else {
            throw StoreError(.failed, "zstd: compression failed (\(String(cString: ZSTD_getErrorName(written))))")
        }
        return out
    }
}

/// Reads texts compressed by ``TextCompressor`` back (the `fouille_text` SQL function).
final class TextDecompressor {
    private let context: OpaquePointer
    private let prepared: OpaquePointer?
    private var buffer = [UInt8](repeating: 0, count: 16 * 1024)

    init(dictionary: [UInt8]) throws {
        guard let context = ZSTD_createDCtx() else { throw StoreError(.failed, "zstd: cannot start a decompressor") }
        self.context = context
        if dictionary.isEmpty {
            prepared = nil
        } else {
            prepared = dictionary.withUnsafeBytes { ZSTD_createDDict($0.baseAddress, $0.count) }
            guard prepared != nil else {
                ZSTD_freeDCtx(context)
                throw StoreError(.failed, "zstd: cannot load the compression dictionary")
            }
        }
    }

    deinit {
        ZSTD_freeDDict(prepared)
        ZSTD_freeDCtx(context)
    }

    /// The original bytes of a compressed body, passed to `body` (valid during the call); nil when the body is damaged.
    func withDecompressed<T>(_ compressed: UnsafeRawBufferPointer, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        guard let source = compressed.baseAddress else { return nil }
        // Every frame we write records its size; a body without one (or not zstd at all) is damaged.
        let size = ZSTD_getFrameContentSize(source, compressed.count)
        guard size <= UInt64(Int32.max) else { return nil }
        let expected = Int(size)
        if buffer.count < expected { buffer = [UInt8](repeating: 0, count: expected) }
        let produced = buffer.withUnsafeMutableBytes { out -> Int in
            if let prepared {
                return ZSTD_decompress_usingDDict(context, out.baseAddress, out.count, source, compressed.count, prepared)
            }
            return ZSTD_decompressDCtx(context, out.baseAddress, out.count, source, compressed.count)
        }
        guard ZSTD_isError(produced) == 0, produced == expected else { return nil }
        return buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<produced])) }
    }

    /// The original bytes of a compressed body, or nil when it is damaged.
    func decompress(_ compressed: [UInt8]) -> [UInt8]? {
        compressed.withUnsafeBytes { raw in withDecompressed(raw) { Array($0) } }
    }
}
