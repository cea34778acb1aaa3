/// What each UTF-8 byte can do at a token's start or end, as bit flags in one
/// 256-entry table: the tokeniser's common tokens (plain words, blanks,
/// punctuation) cost one look-up per byte instead of a call per clinical rule.
enum TokenByteClass {
    /// An ASCII letter: a plain word goes on.
    static let letter: UInt8 = 1
    /// Upper-case T, N or M: may open a TNM component (`pT2N0`, `Tis`), so the word takes the rules' path.
    static let tnmLetter: UInt8 = 2
    /// One-byte white space other than a line feed (space, tab, CR, VT, FF).
    static let blank: UInt8 = 4
    static let lineFeed: UInt8 = 8
    /// ASCII punctuation or symbol: always a one-byte token of its own.
    static let single: UInt8 = 16
    /// Of ``single``, the punctuation (the rest are symbols).
    static let punctuation: UInt8 = 32
    /// May follow a plain word with no rule extending the word: ASCII blanks and
    /// `, ; : ( ) [ ] " ! ?` and `.` (`.` only after two letters: `c.` may open a variant).
    /// Not `-` `/` `+` `'` nor any non-ASCII byte (hyphens, signs, units, elisions, `²`).
    static let closesWord: UInt8 = 64

    static let table: [UInt8] = (0..<256).map { value in
        let b = UInt8(value)
        var flags: UInt8 = 0
        let isLetter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        let isDigit = b >= 0x30 && b <= 0x39
        if isLetter { flags |= letter }
        if b == 0x54 || b == 0x4E || b == 0x4D { flags |= tnmLetter }
        if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C { flags |= blank }
        if b == 0x0A { flags |= lineFeed }
        let isSpace = flags & (blank | lineFeed) != 0
        if b < 0x80, !isLetter, !isDigit, !isSpace { flags |= single }
        if Array(".,;:!?()[]{}\"'-/".utf8).contains(b) { flags |= punctuation }
        if isSpace || Array(",;:()[]\"!?.".utf8).contains(b) { flags |= closesWord }
        return flags
    }
}
