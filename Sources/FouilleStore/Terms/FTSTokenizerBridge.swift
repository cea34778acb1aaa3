import CSQLite
import Foundation

/// The state behind the `fouille` FTS5 tokenizer of one connection.
///
/// FTS5 calls the tokenizer to index a document, to parse a query and to
/// find highlights. Indexing hands over the terms the extraction workers
/// already computed (``pending``): the writer thread then never re-tokenises
/// a text; anything else is tokenised live by ``ClinicalTermTokenizer``.
final class FTSTokenizerContext {
    /// Terms computed in advance for the next document FTS5 indexes, with its text to check they belong to it.
    var pending: (text: [UInt8], terms: TermStream)?
    private var live: ClinicalTermTokenizer?
    /// The last error from a callback, for the message of the statement that failed.
    var lastError: String?

    func liveTokenizer() throws -> ClinicalTermTokenizer {
        if let live { return live }
        let made = try ClinicalTermTokenizer()
        live = made
        return made
    }

    /// The terms of a text FTS5 passed, from ``pending`` when it is that text.
    func terms(of text: UnsafeBufferPointer<UInt8>, forDocument: Bool) throws -> TermStream {
        if forDocument, let pending, pending.text.count == text.count,
           pending.text.withUnsafeBufferPointer({ mine in
               // memcmp: a generic elementsEqual went byte by byte; SQLite hands over its own copy of the text.
               mine.isEmpty || memcmp(mine.baseAddress!, text.baseAddress!, mine.count) == 0
           }) {
            self.pending = nil
            return pending.terms
        }
        return try liveTokenizer().terms(of: text)
    }
}

/// Registers the engine's clinical tokenizer with FTS5 under the name `fouille`.
///
/// FTS5's C interface: fetch the `fts5_api` pointer with `SELECT fts5(?1)`
/// and `sqlite3_bind_pointer`, then `xCreateTokenizer` with three
/// `@convention(c)` callbacks. The context travels as an opaque pointer:
/// retained here, released by FTS5's destroy callback when the connection closes.
enum FTSTokenizerBridge {
    static let name = "fouille"

    static func register(on database: Database, context: FTSTokenizerContext) throws {
        var api: UnsafeMutablePointer<fts5_api>?
        let statement = try database.prepare("SELECT fts5(?1)")
        withUnsafeMutablePointer(to: &api) { pointer in
            _ = sqlite3_bind_pointer(statement.handle, 1, pointer, "fts5_api_ptr", nil)
        }
        try statement.step()
        guard let api, api.pointee.iVersion >= 2, let create = api.pointee.xCreateTokenizer else {
            throw StoreError(.failed, "this SQLite library has no FTS5 full-text search; install a libsqlite3 built with FTS5 (Debian's is)")
        }
        var tokenizer = fts5_tokenizer(xCreate: xCreate, xDelete: xDelete, xTokenize: xTokenize)
        let userData = Unmanaged.passRetained(context).toOpaque()
        let status = create(api, name, userData, &tokenizer, xDestroy)
        guard status == SQLITE_OK else {
            Unmanaged<FTSTokenizerContext>.fromOpaque(userData).release()
            throw database.error(status, "cannot register the FTS5 tokenizer", context: "registering the tokenizer")
        }
    }

    /// One tokenizer instance per FTS table: the instance is the connection's context itself.
    private static let xCreate: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutablePointer<UnsafePointer<CChar>?>?, Int32,
                                                UnsafeMutablePointer<OpaquePointer?>?) -> Int32 = { userData, _, _, out in
        out?.pointee = OpaquePointer(userData)
        return SQLITE_OK
    }

    /// Nothing to free per table: the context lives as long as the connection.
    private static let xDelete: @convention(c) (OpaquePointer?) -> Void = { _ in }

    private static let xDestroy: @convention(c) (UnsafeMutableRawPointer?) -> Void = { userData in
        guard let userData else { return }
        Unmanaged<FTSTokenizerContext>.fromOpaque(userData).release()
    }

    private static let xTokenize: @convention(c) (
        OpaquePointer?, UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, Int32,
        (@convention(c) (UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, Int32, Int32, Int32) -> Int32)?
    ) -> Int32 = { instance, callbackContext, flags, text, count, emit in
        guard let instance, let emit else { return SQLITE_ERROR }
        let context = Unmanaged<FTSTokenizerContext>.fromOpaque(UnsafeRawPointer(instance)).takeUnretainedValue()
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(text)?.assumingMemoryBound(to: UInt8.self), count: Int(max(0, count)))
        let query = flags & FTS5_TOKENIZE_QUERY != 0
        let stream: TermStream
        do {
            stream = try context.terms(of: bytes, forDocument: flags & FTS5_TOKENIZE_DOCUMENT != 0)
        } catch {
            context.lastError = "\(error)"
            return SQLITE_ERROR
        }
        return stream.bytes.withUnsafeBufferPointer { termBytes -> Int32 in
            let base = UnsafeRawPointer(termBytes.baseAddress)?.assumingMemoryBound(to: CChar.self)
            for term in stream.terms {
                // A query keeps one term per token: `RE+` must not also search `re`.
                if query && term.colocated { continue }
                let status = emit(callbackContext, term.colocated ? FTS5_TOKEN_COLOCATED : 0,
                                  base.map { $0 + Int(term.bytes.lowerBound) }, Int32(term.bytes.count),
                                  term.textStart, term.textEnd)
                if status != SQLITE_OK { return status }
            }
            return SQLITE_OK
        }
    }
}
