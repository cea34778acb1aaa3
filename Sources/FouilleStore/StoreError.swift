/// Why the store could not do what was asked, said so a person can act on it.
///
/// Raw SQLite messages never reach the user alone: each case names the file
/// and says what to do (rebuild, use another file, fix the query).
public struct StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    public enum Kind: String, Sendable {
        /// No store at the path (search and stats never create one).
        case missing
        /// The file is not an SQLite database, or is an SQLite database of another application.
        case notAStore
        /// A Fouille store whose schema this one does not read: a newer one, or an earlier one to re-index.
        case newerVersion
        /// SQLite reports damaged pages or an unreadable file.
        case corrupt
        /// Another process holds the store (an index run, usually).
        case busy
        /// The search words do not parse (see ``QuerySyntaxError``).
        case query
        /// A fact filter (`--has`, `--type`, dates) is malformed.
        case filter
        /// Anything else SQLite or the file system refused.
        case failed
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
