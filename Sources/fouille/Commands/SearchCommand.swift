import ArgumentParser
import Foundation
import FouilleExtraction
import FouilleLexicon
import FouilleStore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find reports in a store by their words and by the facts extracted from them.",
        discussion: """
        Words use SQLite FTS5 syntax, folded like the index (accents, case, elisions): phrases "...", \
        prefixes carcin*, AND (implied), OR, NOT (a NOT b), parentheses, NEAR(a b, 10). Fact filters \
        combine with AND; the context flags apply to each fact (one entity must satisfy both). A search \
        may be facts only. Hits are ranked by bm25 (newest first without words). Every search is recorded \
        in the store's audit table unless --no-audit.
        Examples:
          fouille search "métastases hépatiques" --db cohort.db
          fouille search '"carcinome lobulaire" OR "carcinome canalaire"' --db cohort.db --format json
          fouille search --db cohort.db --has Biomarker:ERBB2=positive --has Drug:L01FD01 --not-negated --no-family
          fouille search --db cohort.db --type Metastasis --not-negated --group-by patient
          fouille search carcinome --db cohort.db --kind anapath --from 2021 --to 2022-06 --count
        """
    )

    @Argument(help: "Words to find (FTS5 syntax); leave out for a facts-only search.") var query: String = ""
    @Option(help: "The store to search.") var db: String
    @Option(name: .customLong("has"), help: ArgumentHelp("A fact the report must state: TYPE:CODE or Biomarker:CODE=VALUE; repeatable.", valueName: "fact"))
    var has: [String] = []
    @Option(name: .customLong("type"), help: ArgumentHelp("An entity type the report must have (Metastasis, Drug...); repeatable.", valueName: "type"))
    var types: [String] = []
    @Flag(help: "Facts must not be negated.") var notNegated = false
    @Flag(help: "Facts must not be hypothetical (suspected, planned).") var noHypothetical = false
    @Flag(help: "Facts must not be about a relative.") var noFamily = false
    @Flag(help: "Facts must not be past history.") var noHistory = false
    @Option(help: "Only this patient's reports.") var patient: String?
    @Option(help: "Only reports of this kind (anapath, consult, rcp...).") var kind: String?
    @Option(help: "Reports dated on or after (2021-03-12, 12/03/2021, 2021-03, 2021).") var from: String?
    @Option(help: "Reports dated on or before.") var to: String?
    @Option(help: "Hits to show.") var limit = 20
    @Option(help: "Hits to skip (for paging).") var offset = 0
    @Option(help: "table, json or csv.") var format: String = "table"
    @Flag(help: "Print only the number of matching reports.") var count = false
    @Option(help: ArgumentHelp("Count matching reports per patient (or kind).", valueName: "patient|kind")) var groupBy: String?
    @Flag(help: "Do not record this search in the audit table.") var noAudit = false

    func validate() throws {
        guard SearchOutput.Format(rawValue: format) != nil else { throw ValidationError("--format must be table, json or csv, not '\(format)'") }
        if let groupBy, SearchGrouping(rawValue: groupBy) == nil { throw ValidationError("--group-by must be patient or kind, not '\(groupBy)'") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if offset < 0 { throw ValidationError("--offset cannot be negative") }
        if count && groupBy != nil { throw ValidationError("give --count or --group-by, not both") }
    }

    func run() throws {
        let request = try makeRequest()
        let store = try Store(path: db, access: .readWrite)
        let outputFormat = SearchOutput.Format(rawValue: format)!
        if let groupBy {
            print(SearchOutput.groups(try store.groups(request, by: SearchGrouping(rawValue: groupBy)!), by: SearchGrouping(rawValue: groupBy)!, format: outputFormat))
            return
        }
        if count {
            let total = try store.count(request)
            print(outputFormat == .json ? "{\"count\":\(total)}" : outputFormat == .csv ? "count\n\(total)" : String(total))
            return
        }
        let results = try store.search(request)
        if !results.ignoredWords.isEmpty {
            Console.error("note: left out of the query, nothing searchable in: \(results.ignoredWords.map { "'\($0)'" }.joined(separator: ", "))")
        }
        switch outputFormat {
        case .table: print(SearchOutput.table(results, width: Terminal.width, colour: Terminal.isInteractive))
        case .json: print(SearchOutput.json(results, query: query))
        case .csv: print(SearchOutput.csv(results))
        }
    }

    private func makeRequest() throws -> SearchRequest {
        var request = SearchRequest(query: query)
        request.facts = try has.map { try FactFilter(parsing: $0) } + types.map { name in
            guard let type = EntityType.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else {
                throw ValidationError("unknown entity type '\(name)'; the types are \(EntityType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return FactFilter(type: type)
        }
        var excluded = EntityAttributes()
        if notNegated { excluded.insert(.negated) }
        if noHypothetical { excluded.insert(.hypothetical) }
        if noFamily { excluded.insert(.family) }
        if noHistory { excluded.insert(.history) }
        request.exclusions = AttributeExclusions(excluded)
        request.patient = patient
        request.kind = kind
        request.from = try from.map { try SearchRequest.dateBound($0, option: "--from") }
        request.to = try to.map { try SearchRequest.dateBound($0, option: "--to") }
        request.limit = limit
        request.offset = offset
        request.audit = !noAudit
        return request
    }
}
