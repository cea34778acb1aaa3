import FouilleLexicon
import FouilleText

/// Size: `2,3 cm`, `23 mm`, `3 x 2 cm`, `2 cm x 1,5 cm` when it measures a tumour, node or lesion.
///
/// Kept when its sentence speaks of a lesion (a Tumour or Metastasis mention,
/// or a lesion word: `nodule`, `masse`, `ganglion`, `Breslow`) and the words
/// just before do not make it a specimen, margin or core (`pièce`, `marge`,
/// `carotte`), nor a distance (`à 5 mm de la berge`).
///
/// Measured on Corpora/gold-dev (strict; `Evaluation/baseline.json`, tuned on it: optimistic):
///   | | precision | recall | F1 |
///   | --- | ---: | ---: | ---: |
///   | Size | 0.98 | 1.00 | 0.99 |
enum SizePattern {
    private static let units: Set<String> = ["mm", "cm", "millimetres", "millimetre", "centimetres", "centimetre"]
    private static let times: Set<String> = ["x", "×", "sur", "*"]
    /// First bytes of the words above: the sets are hashed only for words that may be in them.
    private static let unitInitials = ByteSet(initialsOf: units)
    private static let timesInitials = ByteSet(initialsOf: times)

    static func mentions(_ c: inout PatternContext) -> [Mention] {
        var out = [Mention]()
        var i = 0
        let tokens = c.text.tokens
        while i < c.count {
            guard tokens[i].kind == .number, c.covered[i] == nil, let end = measureEnd(from: i, &c) else { i += 1; continue }
            if isLesionSize(i, end, &c) { out.append(c.mention(.size, i..<(end + 1), origin: "size")) }
            i = end + 1
        }
        return out
    }

    /// The index of the last token of `N [unit] (x N [unit])* unit`, or nil.
    private static func measureEnd(from i: Int, _ c: inout PatternContext) -> Int? {
        var j = i
        var lastUnit: Int? = nil
        while j < c.count, c.isNumber(j), c.text.sameSentence(i, j) {
            if c.words.firstByte(j + 1).map(unitInitials.contains) == true, units.contains(c.folded(j + 1)) { lastUnit = j + 1; j += 2 } else { j += 1 }
            guard c.words.firstByte(j).map(timesInitials.contains) == true, times.contains(c.folded(j)), c.isNumber(j + 1) else { break }
            j += 1
        }
        return lastUnit.flatMap { $0 >= j - 1 ? $0 : nil }
    }

    private static func isLesionSize(_ start: Int, _ end: Int, _ c: inout PatternContext) -> Bool {
        let sentence = c.sentenceRange(of: start)
        // A distance: "à 5 mm de la marge", "à 2 cm de la limite".
        if c.folded(start - 1) == "a", ["de", "du", "des", "d'"].contains(c.folded(end + 1)) { return false }
        // The nearest cue before the measure decides: `pièce de 6 x 5 cm` vs `pièce ..., tumeur de 2 cm`.
        var k = start - 1
        while k >= sentence.lowerBound {
            if c.marks.starts(.lesion, at: k) || c.covered[k] == .tumour || c.covered[k] == .metastasis { return true }
            if c.marks.starts(.specimen, at: k) { return false }
            k -= 1
        }
        if c.folded(end + 1) == "de", ["long", "longueur", "hauteur"].contains(c.folded(end + 2)) { return false }
        if c.sentenceHas([.tumour, .metastasis], around: start) { return true }
        for k in sentence where c.marks.starts(.lesion, at: k) { return true }
        return false
    }
}
