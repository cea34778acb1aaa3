/// The words of a quantity's bytes (``ASCIIMeasure/quantity(_:)``), walked in place.
///
/// Separators are spaces and no-break spaces (U+00A0, U+202F); in words, `²` (C2 B2) and other
/// characters outside ASCII (`others`) are counted, for the reader to decide what they make of a word.
struct QuantityWords {
    struct Word {
        var range: Range<Int>
        var others = 0
        var squares = 0
    }

    /// What starts at one position: a separator, `²`, another character outside ASCII, or an ASCII byte.
    struct Step {
        var size = 1
        var separator = false
        var squared = false
        var other = false
    }

    private let text: UnsafeBufferPointer<UInt8>
    private var i = 0

    init(_ text: UnsafeBufferPointer<UInt8>) {
        self.text = text
    }

    @inline(__always)
    static func step(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Step {
        let b = text[i]
        if b == 0x20 { return Step(separator: true) }
        if b < 0x80 { return Step() }
        if b == 0xC2, i + 1 < text.count, text[i + 1] == 0xA0 { return Step(size: 2, separator: true) }
        if b == 0xE2, i + 2 < text.count, text[i + 1] == 0x80, text[i + 2] == 0xAF { return Step(size: 3, separator: true) }
        if b == 0xC2, i + 1 < text.count, text[i + 1] == 0xB2 { return Step(size: 2, squared: true) }
        return Step(size: b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2, other: true)
    }

    mutating func next() -> Word? {
        var word: Word?
        while i < text.count {
            let step = Self.step(text, i)
            if step.separator {
                if word != nil { break }
            } else {
                if word == nil { word = Word(range: i..<i) }
                if step.squared { word!.squares += 1 }
                if step.other { word!.others += 1 }
                word!.range = word!.range.lowerBound..<min(i + step.size, text.count)
            }
            i += step.size
        }
        return word
    }
}
