import Testing
import FouilleLexicon
@testable import FouilleEvaluation

@Suite("entity alignment")
struct EntityAlignmentTests {
    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var gold: [EvaluationEntity]
        var prediction: [EvaluationEntity]
        var strict: [[Int]]
        var boundary: [[Int]]
        var missed: [Int]
        var spurious: [Int]
    }

    static let cases: [Case] = [
        Case(description: "identical sets", gold: [entity(.tumour, 0, 9), entity(.site, 13, 24)],
             prediction: [entity(.site, 13, 24), entity(.tumour, 0, 9)], strict: [[0, 1], [1, 0]], boundary: [], missed: [], spurious: []),
        Case(description: "same span, other type: no match", gold: [entity(.metastasis, 0, 21)],
             prediction: [entity(.site, 0, 21)], strict: [], boundary: [], missed: [0], spurious: [0]),
        Case(description: "shorter prediction: boundary", gold: [entity(.tumour, 3, 33)],
             prediction: [entity(.tumour, 3, 22)], strict: [], boundary: [[0, 0]], missed: [], spurious: []),
        Case(description: "touching spans do not overlap (end is exclusive)", gold: [entity(.biomarker, 10, 12)],
             prediction: [entity(.biomarker, 12, 13)], strict: [], boundary: [], missed: [0], spurious: [0]),
        Case(description: "one to one: two predictions inside one gold entity", gold: [entity(.tumour, 0, 30)],
             prediction: [entity(.tumour, 0, 9), entity(.tumour, 10, 30)], strict: [], boundary: [[0, 1]], missed: [], spurious: [0]),
        Case(description: "largest overlap first", gold: [entity(.tumour, 0, 10), entity(.tumour, 12, 20)],
             prediction: [entity(.tumour, 8, 11), entity(.tumour, 5, 14)], strict: [], boundary: [[0, 1]], missed: [1], spurious: [0]),
        Case(description: "strict before a larger overlap", gold: [entity(.tumour, 0, 10)],
             prediction: [entity(.tumour, 0, 12), entity(.tumour, 0, 10)], strict: [[0, 1]], boundary: [], missed: [], spurious: [0]),
        Case(description: "ties go to the earlier gold entity", gold: [entity(.date, 0, 4), entity(.date, 6, 10)],
             prediction: [entity(.date, 2, 8)], strict: [], boundary: [[0, 0]], missed: [1], spurious: []),
        Case(description: "duplicated prediction matches once", gold: [entity(.drug, 5, 16)],
             prediction: [entity(.drug, 5, 16), entity(.drug, 5, 16)], strict: [[0, 0]], boundary: [], missed: [], spurious: [1]),
        Case(description: "nothing predicted", gold: [entity(.size, 0, 4), entity(.grade, 6, 10)],
             prediction: [], strict: [], boundary: [], missed: [0, 1], spurious: []),
    ]

    @Test(arguments: cases)
    func aligns(_ c: Case) {
        let alignment = EntityAlignment(gold: c.gold, prediction: c.prediction)
        #expect(alignment.strict.map { [$0.gold, $0.prediction] } == c.strict)
        #expect(alignment.boundary.map { [$0.gold, $0.prediction] } == c.boundary)
        #expect(alignment.missed == c.missed)
        #expect(alignment.spurious == c.spurious)
        // Every entity is used exactly once: matched, missed or spurious.
        #expect(alignment.strict.count + alignment.boundary.count + alignment.missed.count == c.gold.count)
        #expect(alignment.strict.count + alignment.boundary.count + alignment.spurious.count == c.prediction.count)
    }

    @Test func isDeterministicWhateverTheInputOrder() {
        let gold = [entity(.tumour, 0, 10), entity(.tumour, 12, 20), entity(.site, 22, 30), entity(.tumour, 40, 50)]
        let prediction = [entity(.tumour, 5, 14), entity(.tumour, 8, 11), entity(.site, 20, 25), entity(.tumour, 40, 50)]
        let reference = EntityAlignment(gold: gold, prediction: prediction)
        func pairs(_ a: EntityAlignment, _ g: [EvaluationEntity], _ p: [EvaluationEntity]) -> Set<[Int]> {
            Set((a.strict + a.boundary).map { [g[$0.gold].start, g[$0.gold].end, p[$0.prediction].start, p[$0.prediction].end] })
        }
        let shuffled = EntityAlignment(gold: gold.reversed(), prediction: prediction.reversed())
        #expect(pairs(reference, gold, prediction) == pairs(shuffled, gold.reversed(), prediction.reversed()))
    }
}
