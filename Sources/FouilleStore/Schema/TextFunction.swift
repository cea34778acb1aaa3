import CSQLite

/// The `fouille_text(body)` SQL function: a stored text, decompressed.
///
/// The `document_text` view calls it, and FTS5 reads that view (external
/// content) for snippets and highlights, so the text is stored once, compressed.
enum TextFunction {
    final class Box {
        var decompressor: TextDecompressor
        init(_ decompressor: TextDecompressor) { self.decompressor = decompressor }
    }

    static func register(on database: Database, box: Box) throws {
        let userData = Unmanaged.passRetained(box).toOpaque()
        let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS
        let status = sqlite3_create_function_v2(database.handle, "fouille_text", 1, flags, userData, call, nil, nil, destroy)
        guard status == SQLITE_OK else {
            throw database.error(status, "cannot register fouille_text", context: "registering the text function")
        }
    }

    private static let call: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void = { context, _, arguments in
        guard let context, let argument = arguments?[0] else { return }
        if sqlite3_value_type(argument) == SQLITE_NULL { sqlite3_result_null(context); return }
        let box = Unmanaged<Box>.fromOpaque(sqlite3_user_data(context)).takeUnretainedValue()
        let count = Int(sqlite3_value_bytes(argument))
        let raw = UnsafeRawBufferPointer(start: sqlite3_value_blob(argument), count: count)
        let done: Bool? = box.decompressor.withDecompressed(raw) { text in
            let base = UnsafeRawPointer(text.baseAddress ?? UnsafePointer(bitPattern: 1)!).assumingMemoryBound(to: CChar.self)
            sqlite3_result_text(context, base, Int32(text.count), sqliteTransient)
            return true
        }
        if done == nil { sqlite3_result_error(context, "a stored text is damaged (zstd cannot read it)", -1) }
    }

    private static let destroy: @convention(c) (UnsafeMutableRawPointer?) -> Void = { userData in
        guard let userData else { return }
        Unmanaged<Box>.fromOpaque(userData).release()
    }
}
