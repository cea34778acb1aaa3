import CZlib

/// Report texts are stored deflate-compressed (zlib format) with a preset dictionary.
///
/// Reports of one hospital share their headers, section titles and phrasing;
/// a 2–4 KB report compresses about 1.9× alone, but 3–5× with a dictionary of
/// earlier reports. The dictionary (``StoreDictionary``) is kept in the
/// store's `meta` table, so any zlib can read the texts back, e.g. Python:
/// `zlib.decompressobj(zdict=dictionary).decompress(body)`.
///
/// Priming a deflate stream with a 32 KB dictionary costs as much as
/// compressing 32 KB, so the primed stream is made once and copied for each
/// document (`deflateCopy`). Not thread-safe: one compressor per worker.
final class TextCompressor {
    private var primed = z_stream()
    private let level: Int32

    init(dictionary: [UInt8], level: Int32 = 6) throws {
        self.level = level
        guard deflateInit_(&primed, level, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw StoreError(.failed, "zlib: cannot start a compressor")
        }
        if !dictionary.isEmpty {
            let status = dictionary.withUnsafeBufferPointer { deflateSetDictionary(&primed, $0.baseAddress, UInt32($0.count)) }
            guard status == Z_OK else { throw StoreError(.failed, "zlib: cannot load the compression dictionary") }
        }
    }

    deinit { deflateEnd(&primed) }

    /// The compressed form of `text`.
    func compress(_ text: UnsafeBufferPointer<UInt8>) throws -> [UInt8] {
        var stream = z_stream()
        guard deflateCopy(&stream, &primed) == Z_OK else { throw StoreError(.failed, "zlib: out of memory") }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, UInt(text.count)))
        var status: Int32 = Z_OK
        let out = [UInt8](unsafeUninitializedCapacity: bound) { buffer, count in
            stream.next_in = UnsafeMutablePointer(mutating: text.baseAddress)
            stream.avail_in = UInt32(text.count)
            stream.next_out = buffer.baseAddress
            stream.avail_out = UInt32(bound)
            status = deflate(&stream, Z_FINISH)
            count = Int(stream.total_out)
        }
        guard status == Z_STREAM_END else { throw StoreError(.failed, "zlib: compression failed (\(status))") }
        return out
    }
}

/// Reads texts compressed by ``TextCompressor`` back (the `fouille_text` SQL function).
final class TextDecompressor {
    private var stream = z_stream()
    private let dictionary: [UInt8]
    private var buffer = [UInt8](repeating: 0, count: 16 * 1024)

    init(dictionary: [UInt8]) throws {
        self.dictionary = dictionary
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw StoreError(.failed, "zlib: cannot start a decompressor")
        }
    }

    deinit { inflateEnd(&stream) }

    /// The original bytes of a compressed body, passed to `body` (valid during the call); nil when the body is damaged.
    func withDecompressed<T>(_ compressed: UnsafeRawBufferPointer, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        guard inflateReset(&stream) == Z_OK else { return nil }
        stream.next_in = UnsafeMutablePointer(mutating: compressed.baseAddress?.assumingMemoryBound(to: UInt8.self))
        stream.avail_in = UInt32(compressed.count)
        var produced = 0
        while true {
            if produced == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            var status = buffer.withUnsafeMutableBufferPointer { out -> Int32 in
                stream.next_out = out.baseAddress! + produced
                stream.avail_out = UInt32(out.count - produced)
                return inflate(&stream, Z_NO_FLUSH)
            }
            if status == Z_NEED_DICT {
                status = dictionary.withUnsafeBufferPointer { inflateSetDictionary(&stream, $0.baseAddress, UInt32($0.count)) }
                guard status == Z_OK else { return nil }
                produced = Int(stream.total_out)
                continue
            }
            produced = Int(stream.total_out)
            if status == Z_STREAM_END { break }
            // Out of room: grow and go on; anything else is a damaged body.
            guard status == Z_OK || (status == Z_BUF_ERROR && produced == buffer.count) else { return nil }
        }
        return buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<produced])) }
    }

    /// The original bytes of a compressed body, or nil when it is damaged.
    func decompress(_ compressed: [UInt8]) -> [UInt8]? {
        compressed.withUnsafeBytes { raw in withDecompressed(raw) { Array($0) } }
    }
}
