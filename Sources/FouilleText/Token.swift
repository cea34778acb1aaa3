/// What a token is, as far as the tokeniser can tell from its characters.
public enum TokenKind: UInt8, Sendable, CaseIterable, Codable {
    /// Letters, possibly with digits (`carcinome`, `BRCA2`, `V600E`, `Ki-67`, `5-FU`).
    case word
    /// A number, decimal comma or point included (`2,5`, `12`).
    case number
    /// An elided article or pronoun split from its word (`l'`, `d’`, `qu'`).
    case elision
    /// A TNM expression written as one word (`pT2N1aM0`, `ypT0N0(sn)`).
    case tnm
    /// A marker or score with its sign (`RE+`, `RP-`, `HER2+++`, `3+`).
    case signed
    /// A number with its per-cent sign (`90 %`, `15%`).
    case percentage
    /// A calendar date (`12/03/2021`, `2021-04-15`, `03/2021`).
    case date
    /// A compound unit (`mg/m²`, `U/mL`, `mg/kg`).
    case unit
    /// A sequence variant in HGVS-like notation (`c.5946del`, `p.G12C`).
    case variant
    /// Punctuation (`.`, `,`, `:`, `(`, `-`, `/`).
    case punctuation
    /// Anything else (`+`, `°`, `>`, `•`, `%` alone).
    case symbol
}

/// A token of a document: a span of the original text and where it stands.
///
/// Tokens are ordered and never overlap; the bytes between two tokens are
/// white space only, so tokens plus gaps give back the text exactly.
public struct Token: Sendable, Equatable {
    /// UTF-8 byte offsets into the original text.
    public var span: TextSpan
    public var kind: TokenKind
    /// Index of the sentence holding this token, in ``AnalyzedText/sentences``.
    public var sentence: Int32
    /// Index of the section holding this token, in ``AnalyzedText/sections``.
    public var section: Int32
    /// Number of line breaks in the white space just before this token.
    public var lineBreaksBefore: UInt16
    /// True when white space separates this token from the previous one.
    public var spaceBefore: Bool

    public init(span: TextSpan, kind: TokenKind, sentence: Int32 = 0, section: Int32 = 0,
                lineBreaksBefore: UInt16 = 0, spaceBefore: Bool = false) {
        self.span = span
        self.kind = kind
        self.sentence = sentence
        self.section = section
        self.lineBreaksBefore = lineBreaksBefore
        self.spaceBefore = spaceBefore
    }
}
