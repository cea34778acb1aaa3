@testable import FouilleStore
import Testing

private func match(_ query: String) throws -> String? {
    try QueryParser(tokenizer: ClinicalTermTokenizer()).parse(query).expression?.matchText
}

private func syntaxError(_ query: String) -> QuerySyntaxError? {
    do {
        _ = try QueryParser(tokenizer: ClinicalTermTokenizer()).parse(query)
        return nil
    } catch let error as QuerySyntaxError {
        return error
    } catch {
        return nil
    }
}

@Test func wordsPhrasesAndOperatorsBecomeQuotedFTS5() throws {
    #expect(try match("métastases hépatiques") == "(\"métastases\" AND \"hépatiques\")")
    #expect(try match("\"carcinome lobulaire\" OR \"carcinome canalaire\"") == "(\"carcinome lobulaire\" OR \"carcinome canalaire\")")
    #expect(try match("carcin* NOT \"in situ\"") == "(\"carcin\"* NOT \"in situ\")")
    #expect(try match("a OR b c") == "(\"a\" OR (\"b\" AND \"c\"))")
    #expect(try match("(a OR b) AND c") == "((\"a\" OR \"b\") AND \"c\")")
    #expect(try match("NEAR(carcinome lobulaire, 5)") == "NEAR(\"carcinome\" \"lobulaire\", 5)")
    #expect(try match("RE+ Ki-67 2,5") == "((\"RE+\" AND \"Ki-67\") AND \"2,5\")")
    #expect(try match("   ") == nil)
    // Lower-case operators are words, as in FTS5 (and `et`/`ou` are French words).
    #expect(try match("cancer or carcinome") == "((\"cancer\" AND \"or\") AND \"carcinome\")")
}

@Test func userTextStaysInsideQuotes() throws {
    #expect(try match("\"tumeur \"\"maligne\"\"\"") == "\"tumeur \"\"maligne\"\"\"")
    let parsed = try QueryParser(tokenizer: ClinicalTermTokenizer()).parse("'; DROP TABLE documents; --")
    #expect(parsed.expression?.matchText == "((\"DROP\" AND \"TABLE\") AND \"documents;\")")
    #expect(parsed.ignored == ["';", "--"])
}

@Test func wordsWithNothingSearchableAreLeftOutAndReported() throws {
    let parsed = try QueryParser(tokenizer: ClinicalTermTokenizer()).parse("l' adénocarcinome -")
    #expect(parsed.expression?.matchText == "\"adénocarcinome\"")
    #expect(parsed.ignored == ["l'", "-"])
    #expect(syntaxError("l' -")?.reason.contains("nothing searchable") == true)
}

struct SyntaxCase: CustomTestStringConvertible, Sendable {
    let query: String
    let position: Int
    let says: String
    var testDescription: String { query }
}

let syntaxCases: [SyntaxCase] = [
    .init(query: "\"carcinome lobulaire", position: 0, says: "never closed"),
    .init(query: "carcinome AND (canalaire OR lobulaire", position: 14, says: "never closed"),
    .init(query: "carcinome)", position: 9, says: "no matching '('"),
    .init(query: "NOT carcinome", position: 0, says: "NOT needs a term before it"),
    .init(query: "carcinome OR", position: 10, says: "OR needs a term after it"),
    .init(query: "carcinome AND OR sein", position: 14, says: "AND needs a term after it"),
    .init(query: "carcinome *", position: 10, says: "'*' must follow a word"),
    .init(query: "car*cinome", position: 3, says: "'*' can only end a word"),
    .init(query: "()", position: 1, says: "empty parentheses"),
    .init(query: "NEAR(carcinome)", position: 0, says: "at least two"),
    .init(query: "NEAR(carcinome sein, loin)", position: 21, says: "whole number"),
    .init(query: "NEAR(carcinome sein", position: 0, says: "never closed"),
]

@Test(arguments: syntaxCases)
func syntaxErrorsSayWhereAndWhy(_ example: SyntaxCase) throws {
    let error = try #require(syntaxError(example.query))
    #expect(error.position == example.position)
    #expect(error.reason.contains(example.says), "\(error.reason)")
    #expect(!error.description.lowercased().contains("sqlite"))
    #expect(!error.description.contains("fts5"))
}
