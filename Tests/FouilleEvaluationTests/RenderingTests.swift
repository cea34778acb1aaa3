import Foundation
import Testing
import FouilleFormats
import FouilleLexicon
@testable import FouilleEvaluation

@Suite("report rendering")
struct RenderingTests {
    static let report = score(ScoringTests.gold, ScoringTests.prediction)

    @Test(arguments: [
        ("PSA < 4 ng/mL", "PSA &lt; 4 ng/mL"),
        ("RE+ & RP+", "RE+ &amp; RP+"),
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        ("nom=\"a\"", "nom=&quot;a&quot;"),
        ("œstrogènes 😀", "œstrogènes 😀"),
    ])
    func escapesHTML(raw: String, escaped: String) {
        #expect(HTMLEscaping.escape(raw) == escaped)
    }

    @Test func htmlIsSelfContainedAndEscapesEveryText() {
        let hostile = "<script>alert(1)</script> & PSA < 4"
        let gold = marked("Dosage : [PSA](Biomarker) < 4 ng/mL.", name: "doc \"<b>\"")
        let prediction = marked("Dosage : [PSA](Biomarker) < 4 ng/mL. [\(hostile)](Tumour)", name: "doc \"<b>\"")
        let goldWithTail = marked("Dosage : [PSA](Biomarker) < 4 ng/mL. \(hostile)", name: "doc \"<b>\"")
        _ = gold
        let report = score(goldWithTail, prediction)
        let html = ReportHTML.render(report, gold: "gold<dir>", prediction: "pred&dir")
        #expect(!html.contains("<script"), "no script, and the hostile text is escaped")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; PSA &lt; 4"))
        #expect(html.contains("doc &quot;&lt;b&gt;&quot;"))
        #expect(html.contains("gold&lt;dir&gt;") && html.contains("pred&amp;dir"))
        #expect(!html.contains("src=") && !html.contains("href=\"http") && !html.contains("<link"), "no external resource")
        #expect(html.contains("<mark class=\"prediction\">&lt;script&gt;"))
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
    }

    @Test func htmlShowsErrorsInContextGroupedByType() {
        let html = ReportHTML.render(Self.report)
        #expect(html.contains("<section id=\"type-Tumour\">") && html.contains("<section id=\"type-Metastasis\">"))
        #expect(html.contains("<mark class=\"gold\">métastases hépatiques</mark>"))
        #expect(html.contains("class=\"boundary\""), "the boundary error is shown as such")
        #expect(html.contains("<mark class=\"gold\">carcinome canalaire infiltrant</mark>") && html.contains("<mark class=\"prediction\">carcinome canalaire</mark>"))
        #expect(html.contains("pred has Metastasis here") || html.contains("gold has Metastasis here"))
        // Tables come before the error lists.
        #expect(html.range(of: "id=\"scores\"")!.lowerBound < html.range(of: "id=\"entity-errors\"")!.lowerBound)
    }

    @Test func jsonHasStableKeysAndTheNumbers() throws {
        let json = ReportJSON.render(Self.report)
        #expect(json.hasPrefix("{\n  \"mode\": \"evaluation\",\n  \"note\": null,\n  \"documents_scored\": 1,"))
        #expect(json == ReportJSON.render(Self.report), "the same report renders to the same bytes")
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entities = try #require(object["entities"] as? [String: Any])
        let strict = try #require(entities["strict"] as? [String: Any])
        let micro = try #require(strict["micro"] as? [String: Any])
        #expect(micro["tp"] as? Int == 1 && micro["fp"] as? Int == 2 && micro["fn"] as? Int == 2)
        #expect(abs((micro["f1"] as? Double ?? 0) - 0.3333) < 1e-9)
        let perType = try #require(strict["per_type"] as? [String: Any])
        #expect(Set(perType.keys) == ["Tumour", "Site", "Metastasis"])
        let overlap = try #require((entities["overlap"] as? [String: Any])?["micro"] as? [String: Any])
        #expect(overlap["tp"] as? Int == 2)
        let errors = try #require((object["errors"] as? [String: Any])?["entities"] as? [[String: Any]])
        #expect(errors.map { $0["kind"] as? String } == ["boundary", "missed", "spurious"])
        let attributes = try #require((object["attributes"] as? [String: Any])?["per_attribute"] as? [String: Any])
        #expect(Set(attributes.keys) == ["Negated", "Hypothetical", "Family", "History"])
        let relations = try #require(object["relations"] as? [String: Any])
        #expect(relations["micro"] is [String: Any])
        #expect(((relations["micro"] as? [String: Any])?["f1"]) is NSNull, "nothing to count: null, not 0")
    }

    @Test func agreementModeLabelsTheOutput() throws {
        let table = ReportTable.render(Self.report, mode: .agreement)
        #expect(table.hasPrefix("INTER-ANNOTATOR AGREEMENT"))
        #expect(table.contains("pairwise agreement"))
        let json = ReportJSON.render(Self.report, mode: .agreement)
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["mode"] as? String == "agreement")
        #expect((object["note"] as? String)?.contains("Cohen") == true)
        #expect(ReportHTML.render(Self.report, mode: .agreement).contains("Inter-annotator agreement"))
    }

    @Test func tableColumnsAlign() {
        let table = ReportTable.render(Self.report)
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = lines.firstIndex { $0.hasPrefix("ENTITIES") }! + 1
        let rows = lines[start...].prefix { !$0.isEmpty }
        #expect(rows.count == 6, "header, 3 types, micro, macro")
        #expect(Set(rows.map(\.count)).count == 1, "every row has the same width:\n\(rows.joined(separator: "\n"))")
        #expect(rows.contains { $0.hasPrefix("Metastasis ") })
        #expect(table.contains("ERRORS: 1 missed, 1 spurious, 1 boundary"))
    }

    @Test func bothSidesOfABoundaryErrorShowTheSameText() throws {
        let long = String(repeating: "mot ", count: 60)
        let gold = marked(long + "métastase d'un [carcinome lobulaire](Tumour) mammaire. " + long)
        let prediction = marked(long + "métastase d'[un carcinome lobulaire ](Tumour)mammaire. " + long)
        let error = try #require(score(gold, prediction).errors(of: .boundary).first)
        let goldShown = error.gold!.context.segments.map(\.text).joined(), predictionShown = error.prediction!.context.segments.map(\.text).joined()
        #expect(goldShown == predictionShown)
        #expect(error.gold!.context.clippedBefore && error.gold!.context.clippedAfter)
    }

    @Test func contextClipsLongLinesAndCountsLines() {
        let long = String(repeating: "mot ", count: 100)
        let text = BratText("Titre\n\n\(long)[carcinome]\(long)\nfin")
        let start = 7 + long.unicodeScalars.count + 1
        let context = TextContext(text: text, marks: [(start..<(start + 9), .gold)], window: 20)
        #expect(context.line == 3)
        #expect(context.clippedBefore && context.clippedAfter)
        #expect(context.segments.map(\.text) == [String(long.suffix(19)) + "[", "carcinome", "]" + String(long.prefix(19))])
        let short = TextContext(text: BratText("Sœur 🎗️ : cancer de l'ovaire"), marks: [(10..<16, .prediction)])
        #expect(short.segments.map(\.text) == ["Sœur 🎗️ : ", "cancer", " de l'ovaire"])
        #expect(!short.clippedBefore && !short.clippedAfter && short.line == 1)
    }
}
