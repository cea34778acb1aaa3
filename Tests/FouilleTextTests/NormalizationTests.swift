import Testing
@testable import FouilleText

@Test(arguments: [
    ("Métastases hépatiques", "metastases hepatiques"),
    ("ŒSTROGÈNES", "oestrogenes"),
    ("cœur et nævus", "coeur et naevus"),
    ("l’adénocarcinome", "l'adenocarcinome"),
    ("«\u{00A0}HER2\u{00A0}»", "\" her2 \""),
    ("Ki\u{2011}67", "ki-67"),
    ("mg/m²", "mg/m2"),
    ("10 µg", "10 ug"),
    ("ﬁbrose", "fibrose"),
    ("T1–T2", "t1-t2"),
    ("15\u{202F}%", "15 %"),
    ("E\u{0301}PITHE\u{0301}LIUM", "epithelium"),
    ("ＨＥＲ２", "her2"),
])
func folds(_ input: String, _ expected: String) {
    #expect(NormalizedText(input, form: .folded).string == expected)
}

@Test func normalisedViewKeepsCaseAndAccentsButComposes() {
    // A decomposed é (e + U+0301) becomes the composed é: NFC.
    let view = NormalizedText("E\u{0301}tude d’HER2\u{00A0}: 3+", form: .normalised)
    #expect(view.string == "\u{00C9}tude d'HER2 : 3+")
}

@Test func foldedOffsetsMapBackToTheOriginal() {
    let original = "Le cœur, l’œsophage et 2\u{00A0}% É\u{0301}"
    let view = NormalizedText(original, form: .folded)
    let bytes = Array(original.utf8)
    // Every view byte points into the original, in order.
    var previous = 0
    for i in 0..<view.bytes.count {
        let origin = view.originalOffset(ofView: i)
        #expect(origin >= previous && origin < bytes.count)
        previous = origin
    }
    // "oesophage" in the view maps back to "œsophage" in the original.
    let folded = view.string
    let range = folded.utf8.firstRange(of: "oesophage".utf8)!
    let lower = folded.utf8.distance(from: folded.utf8.startIndex, to: range.lowerBound)
    let upper = folded.utf8.distance(from: folded.utf8.startIndex, to: range.upperBound)
    let span = view.originalSpan(ofView: lower..<upper)
    #expect(String(decoding: bytes[span.start..<span.end], as: UTF8.self) == "œsophage")
}

@Test func scalarOffsetsCountUnicodeScalars() {
    let text = "Métastase 🎗 œ"
    let map = ScalarOffsetMap(text: text)
    #expect(map.scalarCount == text.unicodeScalars.count)
    let bytes = Array(text.utf8)
    // "œ" is the last scalar; its byte span is the last two bytes.
    let span = TextSpan(start: bytes.count - 2, end: bytes.count)
    #expect(map.scalarRange(of: span) == (text.unicodeScalars.count - 1)..<text.unicodeScalars.count)
    #expect(map.byteSpan(ofScalars: 0..<9) == TextSpan(start: 0, end: 10))
    #expect(map.byteOffset(ofScalar: 100) == nil)
}
