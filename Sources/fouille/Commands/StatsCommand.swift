import ArgumentParser
import Foundation
import FouilleStore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "What a store holds: reports, patients, entities per type and context, the most frequent codes.",
        discussion: "Example: fouille stats --db /tmp/fouille-samples.db"
    )

    @Option(help: "The store.") var db: String
    @Option(help: "How many of the most frequent codes to list.") var top = 20
    @Flag(help: "Also check the whole store (SQLite pages, both full-text indexes against their content); reads everything.") var check = false

    func run() throws {
        let store = try Store(path: db, access: .readWrite)
        if check {
            try store.checkIntegrity()
            print("integrity      ok (SQLite quick_check, FTS5 integrity-check of fts and facts, dictionary hash, annotation rows)")
        }
        let stats = try store.statistics(top: top)
        let size = StatsCommand.fileSize(db)
        print("store          \(db) (\(String(format: "%.1f", Double(size) / 1e6)) MB, \(String(format: "%.2f", stats.textBytes > 0 ? Double(size) / Double(stats.textBytes) : 0))× the text)")
        print("reports        \(stats.documents) (\(String(format: "%.1f", Double(stats.textBytes) / 1e6)) MB of text)")
        print("patients       \(stats.patients)" + (stats.documentsWithoutPatient > 0 ? " (\(stats.documentsWithoutPatient) reports without a patient id)" : ""))
        if let dates = stats.dates { print("dates          \(dates.first) to \(dates.last)") }
        print("kinds          " + stats.kinds.map { "\($0.kind ?? "(none)") \($0.documents)" }.joined(separator: ", "))
        print("entities       \(stats.entities), relations \(stats.relations)")
        print("index runs     \(stats.runs), searches audited \(stats.searchesAudited)")
        print("")
        let names = ["Negated", "Hypothetical", "Family", "History"]
        print("\(Console.cell("type", 15))  \(Console.cell("mentions", 9, right: true))  \(Console.cell("reports", 8, right: true))  " +
              names.map { Console.cell($0, 12, right: true) }.joined(separator: "  "))
        for type in stats.types {
            print("\(Console.cell(type.type.rawValue, 15))  \(Console.cell(String(type.mentions), 9, right: true))  \(Console.cell(String(type.documents), 8, right: true))  " +
                  names.map { Console.cell(type.attributes[$0].map(String.init) ?? "", 12, right: true) }.joined(separator: "  "))
        }
        guard !stats.topCodes.isEmpty else { return }
        print("\nmost frequent codes")
        for code in stats.topCodes {
            print("  \(Console.cell(String(code.mentions), 7, right: true))  \(Console.cell(code.code, 20))  \(Console.cell(code.type.rawValue, 14))  \(code.example)")
        }
    }

    static func fileSize(_ path: String) -> Int {
        StoreFiles.paths(of: path).reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        }
    }
}
