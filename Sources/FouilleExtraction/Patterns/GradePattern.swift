import FouilleLexicon
import FouilleText

/// Grade: `grade SBR II`, `grade 3 de Elston et Ellis`, `score de Gleason 7 (4+3)`, `ISUP 3`, `bien différencié`.
///
/// A grade after a toxicity word (`neutropénie grade 2`) is not a tumour grade (guideline).
///
/// Measured on Corpora/gold-dev (strict; `Evaluation/baseline.json`, tuned on it: optimistic):
///   | | precision | recall | F1 |
///   | --- | ---: | ---: | ---: |
///   | Grade | 1.00 | 0.98 | 0.99 |
enum GradePattern {
    private static let differentiation: Set<String> = ["differencie", "differenciee", "differencies", "differenciees"]
    private static let differentiationDegree: Set<String> = ["bien", "moyennement", "peu"]
    /// The words the cases below start with.
    private static let openers = WordSet(["grade", "sbr", "isup", "fuhrman", "groupe", "score", "gleason", "bien", "moyennement",
                                               "peu", "indifferencie", "indifferenciee", "haut", "bas"])

    static func mentions(_ c: inout PatternContext) -> [Mention] {
        var out = [Mention]()
        var i = 0
        let initials = c.words.initials
        while i < c.count {
            // Only words starting like the cases below can open a grade (cheap test before comparing strings).
            guard Self.openers.initials.contains(initials[i]), c.covered[i] == nil else { i += 1; continue }
            // Bytes compared before any string is built, for the many words that open nothing.
            guard c.words.isOneOf(i, Self.openers) else { i += 1; continue }
            let word = c.folded(i)
            var found: Mention?
            switch word {
            case "grade": found = grade(at: i, &c)
            case "sbr", "isup", "fuhrman": found = systemFirst(at: i, &c)
            case "groupe": if c.folded(i + 1) == "isup" || c.folded(i + 2) == "isup" { found = systemFirst(at: i, &c) }
            case "score", "gleason": found = gleason(at: i, &c)
            case "bien", "moyennement", "peu":
                if differentiation.contains(c.folded(i + 1)), c.covered[i + 1] == nil {
                    found = c.mention(.grade, i..<(i + 2), origin: "differentiation")
                }
            case "indifferencie", "indifferenciee": found = c.mention(.grade, i..<(i + 1), origin: "differentiation")
            case "haut", "bas":
                // `de haut grade` (urothelial, sarcoma); the lexicon keeps it inside a morphology that it defines.
                if c.folded(i + 1) == "grade", c.covered[i + 1] == nil { found = c.mention(.grade, i..<(i + 2), origin: "grade-level") }
            default: break
            }
            if let found {
                out.append(found)
                i = found.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    private static func isToxicity(before i: Int, _ c: inout PatternContext) -> Bool {
        let sentence = c.sentenceRange(of: i)
        for k in max(sentence.lowerBound, i - 4)..<i where c.marks.starts(.toxicity, at: k) { return true }
        // Inflammations graded as adverse events: thyroïdite, colite, pneumopathie, hépatite...
        for k in max(sentence.lowerBound, i - 3)..<i {
            let word = c.folded(k)
            if word.hasSuffix("ite") || word.hasSuffix("ites") || word.hasSuffix("pathie") || word.hasSuffix("penie") { return true }
        }
        return false
    }

    static func gradeValue(_ token: String) -> Bool {
        ["1", "2", "3", "4", "I", "II", "III", "IV", "1a", "1b", "2a", "2b"].contains(token)
    }

    /// `grade SBR II`, `grade II de SBR`, `grade histopronostique 2 (Elston et Ellis)`, `grade ISUP 3`.
    private static func grade(at i: Int, _ c: inout PatternContext) -> Mention? {
        guard !isToxicity(before: i, &c) else { return nil }
        var j = i + 1
        var steps = 0
        while j < c.count, steps < 5, c.text.sameSentence(i, j), !gradeValue(c.original(j)) {
            let f = c.folded(j)
            guard c.marks.starts(.gradeSystem, at: j) || ["de", "d'", "selon", "histologique", "histopronostique", "pronostique", "nucleaire", "final", "global", ":", "("].contains(f) else { return nil }
            j += 1; steps += 1
        }
        guard j < c.count, gradeValue(c.original(j)), c.text.sameSentence(i, j) else { return nil }
        let end = trailingSystem(after: j, &c)
        // A bare `grade 2` grades a tumour only when one is named just before, or a grading system is
        // named: otherwise it is most often an adverse event (`hyporexie de grade 1`).
        let namesSystem = (i + 1...end).contains { c.marks.starts(.gradeSystem, at: $0) }
        let sentence = c.sentenceRange(of: i)
        let tumourBefore = (max(sentence.lowerBound, i - 10)..<i).contains { c.covered[$0] == .tumour }
        guard namesSystem || tumourBefore else { return nil }
        return c.mention(.grade, i..<(end + 1), origin: "grade")
    }

    /// `SBR II`, `ISUP 3`, `groupe ISUP 3`, `Fuhrman 2`.
    private static func systemFirst(at i: Int, _ c: inout PatternContext) -> Mention? {
        var j = i + 1
        while j < i + 4, j < c.count, !gradeValue(c.original(j)) {
            guard ["isup", "pronostique", "grade", ":", "de"].contains(c.folded(j)) else { return nil }
            j += 1
        }
        guard j < c.count, gradeValue(c.original(j)), c.text.sameSentence(i, j), !isToxicity(before: i, &c) else { return nil }
        return c.mention(.grade, i..<(j + 1), origin: "grade")
    }

    /// `de Elston et Ellis`, `(SBR)`, `selon Elston-Ellis` after a grade value.
    private static func trailingSystem(after j: Int, _ c: inout PatternContext) -> Int {
        var k = j + 1
        if ["de", "d'", "selon"].contains(c.folded(k)) { k += 1 }
        if ["la", "l'"].contains(c.folded(k)) { k += 1 }
        guard k < c.count, c.text.sameSentence(j, k), let system = c.cues.match(at: k),
              system.entries.contains(where: { c.cues.code(of: $0) == "grade-system" }) else { return j }
        var end = system.end - 1
        // "Elston et Ellis" may be cut by the matcher at "Elston": take "et Ellis" too.
        if c.folded(end + 1) == "et", c.folded(end + 2) == "ellis" { end += 2 }
        return end
    }

    /// `score de Gleason 7 (4+3)`, `Gleason 4 + 3 = 7`, `Gleason 7`.
    private static func gleason(at i: Int, _ c: inout PatternContext) -> Mention? {
        var j = i
        if c.folded(i) == "score" {
            guard c.folded(i + 1) == "de", c.folded(i + 2) == "gleason" else { return nil }
            j = i + 3
        } else {
            j = i + 1
        }
        var end = j - 1
        var depth = 0
        var k = j
        while k < c.count, k < j + 9, c.text.sameSentence(i, k), c.text.tokens[k].lineBreaksBefore == 0 {
            let f = c.folded(k)
            if c.isNumber(k) || f == "+" || f == "=" || (c.kind(k) == .signed && f.first?.isNumber == true) {
                if c.isNumber(k) || c.kind(k) == .signed { end = depth == 0 ? k : end }
            } else if f == "(" {
                depth += 1
            } else if f == ")" {
                guard depth > 0 else { break }
                depth -= 1
                if depth == 0 { end = k }
            } else {
                break
            }
            k += 1
        }
        guard end >= j else { return nil }
        return c.mention(.grade, i..<(end + 1), origin: "gleason")
    }
}
