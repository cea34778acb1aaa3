import FouilleExtraction
import FouilleText
import Foundation

/// Writes an extraction as one JSON object per document (JSON Lines).
///
/// ```
/// {"id":"01_anapath_sein","metadata":{...},"entities":[{"id":"T1","type":"Tumour","start":0,"end":30,
///  "byte_start":0,"byte_end":30,"text":"Carcinome canalaire infiltrant","code":"ICDO3M:8500/3",
///  "attributes":[],"laterality":null,"section":"CONCLUSION","sentence":3,"origin":"lexicon:..."}],
///  "relations":[{"label":"HasValue","from":"T3","to":"T4"}]}
/// ```
/// `start`/`end` count Unicode scalars (as brat and Python do); `byte_*` count UTF-8 bytes.
public enum JSONLWriter {
    public static func line(for result: ExtractionResult) -> String {
        let offsets = ScalarOffsetMap(utf8: result.text.bytes)
        let metadata = result.document.metadata
        var out = "{\"id\":\(json(result.document.id)),\"metadata\":{"
        out += "\"patient_id\":\(json(metadata.patientID)),\"date\":\(json(metadata.date)),\"kind\":\(json(metadata.kind)),\"source\":\(json(metadata.source))},"
        out += "\"entities\":["
        out += result.entities.enumerated().map { index, entity in
            let range = offsets.scalarRange(of: entity.span)
            return "{\"id\":\"T\(index + 1)\",\"type\":\"\(entity.type.rawValue)\",\"start\":\(range.lowerBound),\"end\":\(range.upperBound),"
                + "\"byte_start\":\(entity.span.start),\"byte_end\":\(entity.span.end),\"text\":\(json(result.text(of: entity))),"
                + "\"code\":\(json(entity.code)),\"attributes\":[\(entity.attributes.names.map { json($0) }.joined(separator: ","))],"
                + "\"laterality\":\(json(entity.laterality)),\"section\":\(json(result.section(of: entity))),"
                + "\"sentence\":\(result.sentenceIndex(of: entity)),\"origin\":\(json(entity.origin))}"
        }.joined(separator: ",")
        out += "],\"relations\":["
        out += result.relations.map { "{\"label\":\"\($0.label.rawValue)\",\"from\":\"T\($0.from + 1)\",\"to\":\"T\($0.to + 1)\"}" }.joined(separator: ",")
        out += "]}"
        return out
    }

    /// A JSON string literal, or `null`.
    public static func json(_ text: String?) -> String { JSONText.literal(text) }
}
