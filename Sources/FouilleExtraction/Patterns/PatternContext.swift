import FouilleLexicon
import FouilleText

/// What the pattern extractors share for one document: the text, the lexicon
/// mentions found so far, and the auxiliary vocabularies.
struct PatternContext {
    let text: AnalyzedText
    var values: Vocabulary
    var months: Vocabulary
    var cues: Vocabulary
    /// The cue roles starting at each token (the same cues, found once).
    let marks: CueMarks
    /// For each token, the type of the lexicon mention covering it (nil when none).
    var covered: [EntityType?]

    let words: TokenWords
    /// The text's token ids under the lexicon's shared vocabulary (-1: in no lexicon).
    let keys: [Int32]

    init(text: AnalyzedText, lexicon: Lexicon, mentions: [Mention], keys: [Int32], words: TokenWords, marks: CueMarks) {
        self.text = text
        self.words = words
        self.marks = marks
        self.keys = keys
        values = Vocabulary(lexicon.auxiliary["Value"], text: text, keys: keys)
        months = Vocabulary(lexicon.auxiliary["Month"], text: text, keys: keys)
        cues = Vocabulary(lexicon.auxiliary["Cue"], text: text, keys: keys)
        covered = [EntityType?](repeating: nil, count: text.tokens.count)
        for index in mentions.indices { for t in mentions[index].tokens { covered[t] = mentions[index].entity.type } }
    }

    var count: Int { text.tokens.count }
    func kind(_ i: Int) -> TokenKind? { i >= 0 && i < count ? text.tokens[i].kind : nil }
    func folded(_ i: Int) -> String { words.folded(i) }
    func original(_ i: Int) -> String { text.tokenText(i) }

    /// False when token `i` cannot be a protein change (`V600E`): 3 to 7 bytes, an ASCII capital first.
    /// A cheap test on bytes before building the token's string.
    func mayBeProteinChange(_ i: Int) -> Bool {
        guard i >= 0, i < count else { return false }
        let span = text.tokens[i].span
        guard span.length >= 3, span.length <= 7 else { return false }
        let head = text.bytes[span.start]
        return head >= 0x41 && head <= 0x5A
    }

    /// True when token `i` is exactly `0`.
    func isZero(_ i: Int) -> Bool {
        guard i >= 0, i < count else { return false }
        let span = text.tokens[i].span
        return span.length == 1 && text.bytes[span.start] == 0x30
    }

    /// True when token `i` is a number (`12`, `2,5`).
    func isNumber(_ i: Int) -> Bool { kind(i) == .number }


    /// A mention built from tokens `range` (inclusive of both ends' tokens).
    func mention(_ type: EntityType, _ range: Range<Int>, code: String? = nil, origin: String) -> Mention {
        let span = TextSpan(start: text.tokens[range.lowerBound].span.start, end: text.tokens[range.upperBound - 1].span.end)
        return Mention(entity: Entity(type: type, span: span, code: code, origin: "pattern:\(origin)"), tokens: range)
    }

    /// True when any lexicon mention of these types lies in the sentence of token `i`.
    func sentenceHas(_ types: [EntityType], around i: Int) -> Bool {
        let sentence = text.tokens[i].sentence
        var j = i
        while j >= 0, text.tokens[j].sentence == sentence { if let t = covered[j], types.contains(t) { return true }; j -= 1 }
        j = i + 1
        while j < count, text.tokens[j].sentence == sentence { if let t = covered[j], types.contains(t) { return true }; j += 1 }
        return false
    }

    /// The token range of the sentence holding token `i`.
    func sentenceRange(of i: Int) -> Range<Int> {
        let sentence = text.tokens[i].sentence
        var start = i, end = i + 1
        while start > 0, text.tokens[start - 1].sentence == sentence { start -= 1 }
        while end < count, text.tokens[end].sentence == sentence { end += 1 }
        return start..<end
    }
}
