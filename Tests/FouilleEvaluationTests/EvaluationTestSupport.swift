import Foundation
import FouilleFormats
import FouilleLexicon
@testable import FouilleEvaluation

/// A document from inline markup: `[text](Type Attribute… NAMESPACE:CODE)`; entities get ids T1, T2… in order.
///
/// ```
/// marked("Un [carcinome](Tumour ICDO3M:8010/3) du [sein gauche](Site).")
/// ```
/// Offsets are counted in Unicode scalars over the text without the markup.
func marked(_ markup: String, name: String = "doc", relations: [(String, Int, Int)] = []) -> EvaluationDocument {
    let scalars = Array(markup.unicodeScalars)
    var text = [Unicode.Scalar]()
    var entities = [EvaluationEntity]()
    var i = 0
    while i < scalars.count {
        guard scalars[i] == "[" else { text.append(scalars[i]); i += 1; continue }
        let close = scalars[i...].firstIndex(of: "]")!
        precondition(scalars[close + 1] == "(", "markup: ']' must be followed by '('")
        let end = scalars[close...].firstIndex(of: ")")!
        let phrase = Array(scalars[(i + 1)..<close])
        let labels = String(String.UnicodeScalarView(scalars[(close + 2)..<end])).split(separator: " ").map(String.init)
        let start = text.count
        text.append(contentsOf: phrase)
        entities.append(EvaluationEntity(
            id: "T\(entities.count + 1)", type: EntityType(rawValue: labels[0])!, start: start, end: text.count,
            text: String(String.UnicodeScalarView(phrase)),
            attributes: Set(labels.dropFirst().compactMap(GuidelineAttribute.init(rawValue:))),
            codes: labels.dropFirst().filter { $0.contains(":") }))
        i = end + 1
    }
    let relations = relations.map { EvaluationRelation(label: $0.0, arg1: "T\($0.1)", arg2: "T\($0.2)") }
    return EvaluationDocument(name: name, text: BratText(String(String.UnicodeScalarView(text))), entities: entities, relations: relations)
}

/// Scores one gold/prediction pair.
func score(_ gold: EvaluationDocument, _ prediction: EvaluationDocument?) -> EvaluationReport {
    if let prediction { precondition(gold.text.text == prediction.text.text, "the markup of both sides must give the same text") }
    return CorpusEvaluator.evaluate([DocumentPair(gold: gold, prediction: prediction)])
}

/// An entity for alignment tests.
func entity(_ type: EntityType, _ start: Int, _ end: Int, id: String = "") -> EvaluationEntity {
    EvaluationEntity(id: id, type: type, start: start, end: end, text: "")
}

/// Approximate equality for rates.
func close(_ a: Double?, _ b: Double) -> Bool {
    guard let a else { return false }
    return abs(a - b) < 1e-9
}

/// A fresh temporary folder.
func evaluationTemporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fouille-eval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
