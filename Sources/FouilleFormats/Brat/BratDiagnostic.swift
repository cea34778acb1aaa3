/// A problem found in a brat file pair, with where it is.
///
/// Recoverable problems are collected, never thrown: a file with a bad line
/// still yields its other annotations, and a folder with a bad file still
/// yields its other files.
public struct BratDiagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    /// What went wrong, stable enough for tests and filters.
    public enum Kind: String, Sendable, CaseIterable {
        /// A line whose fields cannot be read (missing tab, wrong field count, bad id).
        case malformedLine
        /// A line starting with something other than `T`, `A`, `R`, `N`, `#`.
        case unknownLineKind
        /// Offsets that are not numbers, negative, reversed or empty.
        case badOffsets
        /// `10 15;20 25`: not used by the guideline.
        case discontinuousSpan
        /// A span past the end of the `.txt`.
        case spanOutOfRange
        /// The `.ann` text differs from the `.txt` at those offsets.
        case spanTextMismatch
        /// A span starting or ending with white space.
        case spanWhitespace
        /// An entity type the guideline does not name.
        case unknownEntityType
        /// An attribute the guideline does not name, or with a value.
        case unknownAttribute
        /// An attribute on a type that takes none (e.g. `Negated` on a `Site`).
        case attributeNotAllowed
        /// A relation label the guideline does not name.
        case unknownRelation
        /// A relation whose argument types the label does not allow.
        case relationArgumentType
        /// An `A`, `R` or `N` line pointing to a `T` id that does not exist.
        case missingTarget
        /// An id used twice in one file.
        case duplicateID
        /// The same attribute, relation or code given twice.
        case duplicateAnnotation
        /// A code namespace the type does not allow (`HGNC` on a Tumour).
        case codeNamespace
        /// A code that does not have its namespace's shape (`ICDO3M:85003`).
        case codeShape
        /// Several codes on one entity (the guideline gives one).
        case multipleCodes
        /// An `N` line whose text differs from its entity's text.
        case normalizationText
        /// Two entities sharing characters (the guideline forbids it).
        case overlap
        /// A `.txt` missing, unreadable or not UTF-8.
        case textFile
        /// A `.txt` not in the guideline's form (CR line ends, not NFC).
        case textFormat
        /// An `.ann` missing or unreadable.
        case annotationFile
        /// Two folders that do not pair up (a prediction without gold, texts that differ).
        case pairing
    }

    public var severity: Severity
    public var kind: Kind
    /// The file's path as given.
    public var file: String
    /// 1-based line number, 0 when the problem is the whole file.
    public var line: Int
    public var message: String

    public init(_ severity: Severity, _ kind: Kind, file: String, line: Int = 0, _ message: String) {
        self.severity = severity
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    public var isError: Bool { severity == .error }

    /// `FILE:LINE: error: MESSAGE`, the form editors and terminals link to.
    public var description: String {
        line > 0 ? "\(file):\(line): \(severity.rawValue): \(message)" : "\(file): \(severity.rawValue): \(message)"
    }
}
