import Foundation
@testable import FouilleExtraction
import FouilleLexicon
import FouilleText

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The project's lexicons, compiled once for all tests.
let projectLexicon: Lexicon = try! LexiconLoader.load(directories: [repositoryRoot.appendingPathComponent("Lexicons").path])

func extract(_ text: String) throws -> ExtractionResult {
    try ExtractionPipeline(lexicon: projectLexicon).extract(Document(id: "test", text: text))
}

/// The text with each entity written inline as `[[Type+Attribute:text]]`, for readable expectations.
func markup(_ text: String) throws -> String {
    let result = try extract(text)
    var out = ""
    var position = 0
    let bytes = result.text.bytes
    for entity in result.entities {
        out += String(decoding: bytes[position..<entity.span.start], as: UTF8.self)
        let tags = [entity.type.rawValue] + entity.attributes.names
        out += "[[\(tags.joined(separator: "+")):\(result.text(of: entity))]]"
        position = entity.span.end
    }
    return out + String(decoding: bytes[position...], as: UTF8.self)
}

/// `Type:text → code` for every entity that has a code.
func codes(_ text: String) throws -> [String] {
    let result = try extract(text)
    return result.entities.compactMap { e in e.code.map { "\(e.type.rawValue):\(result.text(of: e)) → \($0)" } }
}

/// `Label(from text → to text)` for every relation.
func relations(_ text: String) throws -> [String] {
    let result = try extract(text)
    return result.relations.map { "\($0.label.rawValue)(\(result.text(of: result.entities[$0.from])) → \(result.text(of: result.entities[$0.to])))" }
}
