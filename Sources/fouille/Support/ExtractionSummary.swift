import FouilleExtraction
import FouilleLexicon

/// What a batch found, for people: counts per type, attributes and the most frequent codes.
struct ExtractionSummary {
    private var documents = 0
    private var perType = [EntityType: Int]()
    private var documentsPerType = [EntityType: Int]()
    private var attributes = [String: Int]()
    /// Per code: how often it was found, and how often each written form was.
    private var codes = [String: (count: Int, forms: [String: Int])]()

    mutating func add(_ result: ExtractionResult) {
        documents += 1
        var seen = Set<EntityType>()
        for entity in result.entities {
            perType[entity.type, default: 0] += 1
            seen.insert(entity.type)
            for name in entity.attributes.names { attributes[name, default: 0] += 1 }
            if let code = entity.code {
                var entry = codes[code] ?? (0, [:])
                entry.count += 1
                entry.forms[result.text(of: entity).lowercased(), default: 0] += 1
                codes[code] = entry
            }
        }
        for type in seen { documentsPerType[type, default: 0] += 1 }
    }

    func render() -> String {
        var lines = ["\(Console.cell("type", 16))  \(Console.cell("mentions", 9, right: true))  \(Console.cell("documents", 10, right: true))"]
        for type in EntityType.allCases where perType[type] != nil {
            lines.append("\(Console.cell(type.rawValue, 16))  \(Console.cell(String(perType[type]!), 9, right: true))  \(Console.cell("\(documentsPerType[type] ?? 0)/\(documents)", 10, right: true))")
        }
        if !attributes.isEmpty {
            lines.append("")
            lines.append("attributes: " + EntityAttributes.named.compactMap { name, _ in attributes[name].map { "\(name) \($0)" } }.joined(separator: ", "))
        }
        let top = codes.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }.prefix(15)
        if !top.isEmpty {
            lines.append("")
            lines.append("most frequent codes")
            for (code, value) in top {
                // The most frequent written forms, most frequent first.
                let forms = value.forms.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3).map(\.key)
                lines.append("  \(Console.cell(String(value.count), 6, right: true))  \(Console.cell(code, 18))  \(forms.joined(separator: ", "))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
