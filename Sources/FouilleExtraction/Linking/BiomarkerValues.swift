import FouilleLexicon
import FouilleText

/// BiomarkerValue mentions and their HasValue relations.
///
/// Values are the lexicon's value words (`positif`, `amplifié`, `absence de
/// mutation`), percentages (`90 %`), IHC scores (`score 3+`), variants
/// (`p.G12C`, `V600E`), concentrations (`12 ng/mL`) and the sign of `RE+`. A
/// value links to the markers waiting before it in its sentence
/// (`RE et RP positifs` gives two relations), else to the marker just after
/// it (`absence de mutation KRAS`); a value with no marker is dropped (guideline:
/// `triple négatif` is not annotated).
///
/// Measured on Corpora/gold-dev (strict; `Evaluation/baseline.json`, tuned on it: optimistic):
///   | | precision | recall | F1 |
///   | --- | ---: | ---: | ---: |
///   | BiomarkerValue | 0.95 | 0.98 | 0.97 |
///   | HasValue | 0.94 | 0.97 | 0.95 |
struct BiomarkerValues {
    /// Words that may stand between a marker and its value.
    private static let coordination: Set<String> = ["et", ",", "/", "ou", "-"]
    /// Words before a value that make it a test still to be done or a condition.
    private static let pendingTestWords: Set<String> = ["recherche", "rechercher", "recherchee", "si", "cas", "eventuelle", "demande", "demandee"]
    /// Values that only say "there is a variant": dropped when the same marker has the variant itself.
    private static let genericValues: Set<String> = ["mutation", "mutations", "variant", "variants", "alteration", "variant pathogene", "mutation activatrice"]
    /// How far after a marker its value may stand, in tokens.
    private static let window = 8

    var values = [Mention]()
    var relations = [(marker: Int, value: Int)]()

    /// Finds values in `c` for the biomarker mentions among `mentions` (ids assigned); new ids start at `nextID`.
    mutating func run(_ c: inout PatternContext, mentions: inout [Mention], nextID: inout Int) {
        splitSigns(&c, mentions: &mentions, nextID: &nextID)
        // First token → marker mention id (-1: none); arrays, as they are read for every token.
        var markerAt = [Int](repeating: -1, count: c.count)
        // ... and the end of that marker; its code by id (no Mention copies: they hold strings).
        var markerEnd = [Int](repeating: 0, count: c.count)
        var markerCodes = [Int: String?]()
        for index in mentions.indices where mentions[index].entity.type == .biomarker {
            let m = mentions[index]
            markerAt[m.tokens.lowerBound] = m.id
            markerEnd[m.tokens.lowerBound] = m.tokens.upperBound
            markerCodes[m.id] = m.entity.code
        }
        // The first marker at or after each token (c.count: none), to skip text far from any marker.
        var nextMarker = [Int](repeating: c.count, count: c.count + 1)
        for t in stride(from: c.count - 1, through: 0, by: -1) { nextMarker[t] = markerAt[t] >= 0 ? t : nextMarker[t + 1] }
        var signed = [Bool](repeating: false, count: c.count)
        for value in values { signed[value.tokens.lowerBound] = true }
        var pending = [(id: Int, end: Int)]()
        var valuedBefore = Set<Int>()  // markers that got a value written before them
        var recent: (id: Int, end: Int)? = nil
        var k = 0
        while k < c.count {
            if k > 0, !c.text.sameSentence(k - 1, k) { pending.removeAll(); recent = nil }
            if markerAt[k] >= 0 {
                let id = markerAt[k]
                let end = markerEnd[k]
                if signed[end - 1] || valuedBefore.contains(id) {
                    // `RE+`: valued already.
                    recent = (id, end); pending.removeAll()
                } else if let last = pending.last, (last.end..<k).allSatisfy({ Self.coordination.contains(c.folded($0)) }) {
                    pending.append((id, end))
                } else {
                    pending = [(id, end)]
                }
                k = end
                continue
            }
            // Values only matter near a marker: skip the rest of the text cheaply.
            let markerNear = pending.last.map { k - $0.end <= Self.window * 2 } ?? false
                || recent.map { k - $0.end <= Self.window * 2 } ?? false
                || nextMarker[k + 1] < min(c.count, k + 9)
            if !markerNear {
                // Nothing is near until 8 tokens before the next marker: jump there, dropping
                // what a sentence end in between would have dropped.
                let target = min(c.count, max(k + 1, nextMarker[k + 1] - 8))
                if target < c.count, c.text.tokens[target].sentence != c.text.tokens[k].sentence { pending.removeAll(); recent = nil }
                k = target
                continue
            }
            guard c.covered[k] == nil, !signed[k],
                  let (end, code) = value(at: k, &c, markerCode: (pending.last?.id ?? recent?.id).flatMap { markerCodes[$0] } ?? nil)
            else { k += 1; continue }
            // `recherche de mutation BRCA`, `en cas de mutation`, `si mutation`: a test not yet resulted is no value.
            if (max(0, k - 3)..<k).contains(where: { Self.pendingTestWords.contains(c.folded($0)) }) { k = end; continue }
            var targets = [Int]()
            let following = Self.markersAfter(end, k, &c, markerAt)
            let prefixValue = ["absence", "pas", "sans", "perte"].contains(c.folded(k))
            if !following.isEmpty, pending.isEmpty || prefixValue {
                // `absence de mutation KRAS`, `absence de mutation de NRAS et de KIT`: a value written before its markers.
                targets = following
                valuedBefore.formUnion(following)
            } else if let last = pending.last, Self.distance(from: last.end, to: k, &c) <= Self.window {
                targets = pending.map(\.id)
                recent = last
                pending.removeAll()
            } else if let last = recent, Self.distance(from: last.end, to: k, &c) <= Self.window {
                targets = [last.id]
            } else if let next = (k + 1..<min(c.count, end + 3)).first(where: { markerAt[$0] >= 0 && c.text.sameSentence(k, $0) }) {
                targets = [markerAt[next]]
            }
            if !targets.isEmpty {
                var mention = c.mention(.biomarkerValue, k..<end, code: code, origin: "biomarker-value")
                mention.id = nextID
                nextID += 1
                values.append(mention)
                for target in targets { relations.append((target, mention.id)) }
                for t in k..<end { c.covered[t] = .biomarkerValue }
            }
            k = end
        }
        dropGenericValues(&c)
    }

    /// Tokens between a marker and a value, not counting a parenthesis (`NRAS (exons 2, 3, 4) : absence de mutation`).
    private static func distance(from start: Int, to end: Int, _ c: inout PatternContext) -> Int {
        var count = 0, depth = 0
        for t in start..<max(start, end) {
            let word = c.folded(t)
            if word == "(" { depth += 1; continue }
            if word == ")" { depth = max(0, depth - 1); continue }
            // `NRAS (exons 2, 3, 4) :`, `KIT 9, 11, 13` : exon lists do not separate a marker from its value.
            if depth == 0, !c.isNumber(t), word != "," { count += 1 }
        }
        return count
    }

    /// The markers right after a value: `KRAS`, `de l'EGFR`, `de NRAS et de KIT`.
    private static func markersAfter(_ end: Int, _ k: Int, _ c: inout PatternContext, _ markerAt: [Int]) -> [Int] {
        var found = [Int]()
        var t = end
        while t < c.count, c.text.sameSentence(k, t) {
            while ["de", "d'", "l'", "du", "des", "la"].contains(c.folded(t)) { t += 1 }
            guard t < c.count, markerAt[t] >= 0 else { break }
            found.append(markerAt[t])
            t += 1
            while t < c.count, !(markerAt[t] >= 0), t < end + 12, c.covered[t] == .biomarker { t += 1 }
            guard ["et", ",", "ou", "ni"].contains(c.folded(t)) else { break }
            t += 1
        }
        return found
    }

    /// `mutation BRAF V600E`, `p.R273H (variant pathogène)`: the variant is the value, the generic word is not.
    private mutating func dropGenericValues(_ c: inout PatternContext) {
        // Value index by id (indices, not Mention copies).
        var valueIndex = [Int: Int]()
        for (index, v) in values.enumerated() { valueIndex[v.id] = index }
        func isGeneric(_ index: Int) -> Bool { Self.genericValues.contains(c.text.foldedText(of: values[index].entity.span)) }
        var specific = Set<Int>()  // markers that have a variant itself as value
        for r in relations {
            if let v = valueIndex[r.value], values[v].entity.code == "STATUS:mutated", !isGeneric(v) { specific.insert(r.marker) }
        }
        guard !specific.isEmpty else { return }
        var dropped = Set<Int>()
        for r in relations where specific.contains(r.marker) {
            if let v = valueIndex[r.value], isGeneric(v) { dropped.insert(values[v].id) }
        }
        guard !dropped.isEmpty else { return }
        values.removeAll { dropped.contains($0.id) }
        relations.removeAll { dropped.contains($0.value) }
    }

    /// `RE+`, `HER2-`, `HER2+++`: the marker keeps its name, the sign becomes the value.
    private mutating func splitSigns(_ c: inout PatternContext, mentions: inout [Mention], nextID: inout Int) {
        for index in mentions.indices where mentions[index].entity.type == .biomarker {
            let last = mentions[index].tokens.upperBound - 1
            guard c.kind(last) == .signed else { continue }
            let token = c.text.tokens[last].span
            var signStart = token.end
            while signStart > token.start, [0x2B, 0x2D].contains(c.text.bytes[signStart - 1]) { signStart -= 1 }
            guard signStart > token.start, signStart < token.end else { continue }
            let sign = String(decoding: c.text.bytes[signStart..<token.end], as: UTF8.self)
            mentions[index].entity.span.end = signStart
            var value = Mention(entity: Entity(type: .biomarkerValue, span: TextSpan(start: signStart, end: token.end),
                                               code: sign.hasPrefix("+") ? "STATUS:positive" : "STATUS:negative",
                                               origin: "pattern:sign"), tokens: last..<(last + 1))
            value.id = nextID
            nextID += 1
            values.append(value)
            relations.append((mentions[index].id, value.id))
        }
    }
}
