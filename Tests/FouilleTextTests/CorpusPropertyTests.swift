import Testing
@testable import FouilleText

/// On every report of the corpora: tokens plus gaps give back the text,
/// gaps are white space, tokens and sentences are ordered and disjoint.
@Test func tokensAndGapsRebuildEveryCorpusText() throws {
    let texts = try corpusTexts()
    #expect(texts.count >= 70)
    let analyzer = try TextAnalyzer()
    for (name, text) in texts {
        let analyzed = try analyzer.analyze(Document(id: name, text: text))
        var rebuilt = [UInt8]()
        var position = 0
        for token in analyzed.tokens {
            #expect(token.span.start >= position, "\(name): tokens overlap at \(token.span.start)")
            let gap = analyzed.bytes[position..<token.span.start]
            let gapIsBlank = String(decoding: gap, as: UTF8.self).allSatisfy { $0.isWhitespace }
            #expect(gapIsBlank, "\(name): non-space gap at \(position)")
            rebuilt += gap
            rebuilt += analyzed.bytes[token.span.start..<token.span.end]
            #expect(!token.span.isEmpty)
            position = token.span.end
        }
        rebuilt += analyzed.bytes[position...]
        #expect(rebuilt == analyzed.bytes, "\(name): tokens and gaps do not rebuild the text")
        for (a, b) in zip(analyzed.sentences, analyzed.sentences.dropFirst()) { #expect(a.end <= b.start, "\(name)") }
        #expect(analyzed.tokens.allSatisfy { analyzed.sentences[Int($0.sentence)].contains($0.span) }, "\(name): token outside its sentence")
    }
}

/// The byte-level fast path gives exactly ICU's word boundaries wherever it applies.
@Test func fastPathAgreesWithICU() throws {
    let segmenter = try Segmenter()
    var samples = try corpusTexts().map(\.text)
    samples += ["l’adénocarcinome d'HER2 2,5 3.4 1'000 U.S.A a_b é.é ×2 œ’œ 12;5", "Ki-67: 20 % RE+ c.5946del",
                "38,5°C m² cm³ «texte» – — … 5€ ≤5 ≥3 ±2 ×3 µg ‘cité’ a‑b n° 3 º ª x² T°", "fin.»Suite «début» 2–3"]
    for text in samples {
        var copy = text
        try copy.withUTF8 { buffer in
            var words = [Int32](), candidates = [Int32]()
            try segmenter.boundaries(of: buffer, words: &words, sentences: &candidates)
            let reference = try segmenter.icuWordBoundaries(of: buffer)
            let firstDifference = (0..<min(words.count, reference.count)).first { words[$0] != reference[$0] } ?? min(words.count, reference.count)
            #expect(words.count == reference.count && firstDifference == words.count,
                    "fast path and ICU disagree near byte \(firstDifference < words.count ? Int(words[firstDifference]) : -1) of: \(text.prefix(60))")
        }
    }
}

/// The sentence decisions taken without ICU (`.` then a capital, ...) are ICU's own.
@Test func sentenceShortcutsAgreeWithICU() throws {
    let segmenter = try Segmenter()
    var samples = try corpusTexts().map(\.text)
    samples.append("Vu le Dr. Martin. il va bien ! Et toi ? oui. 2 cm. 25 mg. (fin.) Suite. «Texte.» Autre. é. É.")
    var checked = 0
    for text in samples {
        var copy = text
        try copy.withUTF8 { buffer in
            var words = [Int32](), candidates = [Int32]()
            try segmenter.boundaries(of: buffer, words: &words, sentences: &candidates)
            let kept = Set(candidates.map(Int.init))
            // Every offset after terminal punctuation and blanks, on one line: our decision equals ICU's.
            var i = 0
            while i < buffer.count {
                let b = buffer[i]
                if b == 0x2E || b == 0x21 || b == 0x3F {
                    var j = i + 1
                    while j < buffer.count, buffer[j] == 0x20 || buffer[j] == 0x09 { j += 1 }
                    if j > i + 1, j < buffer.count, buffer[j] != 0x0A, buffer[j] != 0x0D {
                        #expect(kept.contains(j) == segmenter.icuSentenceBoundary(at: j), "at byte \(j) of: \(text.prefix(50))")
                        checked += 1
                    }
                }
                i += 1
            }
        }
    }
    #expect(checked > 300)
}
