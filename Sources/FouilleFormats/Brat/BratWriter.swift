/// Writes a ``BratDocument`` as canonical brat text.
///
/// Canonical means: `T` lines, then `A`, `R`, `N` and `#` lines, each group
/// sorted by the number in its id (`T2` before `T10`), tab-separated fields,
/// LF line ends, a final LF. Two files with the same annotations are then
/// byte-identical, so a diff of gold files shows only real changes.
/// Tabs and line breaks inside a span's text are written as spaces, since they
/// would break the line structure (brat does the same).
public enum BratWriter {
    /// The `.ann` text of a document, canonical; empty for an empty document.
    public static func write(_ document: BratDocument) -> String {
        var out = ""
        for entity in sortedByID(document.entities, \.id) {
            let offsets = entity.fragments.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";")
            out += "\(entity.id)\t\(entity.type) \(offsets)\t\(oneLine(entity.text))\n"
        }
        for attribute in sortedByID(document.attributes, \.id) {
            out += "\(attribute.id)\t\(attribute.name) \(attribute.target)\(attribute.value.map { " " + $0 } ?? "")\n"
        }
        for relation in sortedByID(document.relations, \.id) {
            out += "\(relation.id)\t\(relation.label) Arg1:\(relation.arg1) Arg2:\(relation.arg2)\n"
        }
        for normalization in sortedByID(document.normalizations, \.id) {
            out += "\(normalization.id)\t\(normalization.kind) \(normalization.target) \(normalization.code)\t\(oneLine(normalization.text))\n"
        }
        for note in sortedByID(document.notes, \.id) {
            out += "\(note.id)\t\(oneLine(note.body, keepTabs: true))\n"
        }
        return out
    }

    /// Sorted by the id's number, then by the id itself; the sort is stable for equal ids.
    static func sortedByID<Item>(_ items: [Item], _ id: (Item) -> String) -> [Item] {
        items.enumerated().sorted { a, b in
            let ka = key(id(a.element)), kb = key(id(b.element))
            return (ka.number, ka.id, a.offset) < (kb.number, kb.id, b.offset)
        }.map(\.element)
    }

    private static func key(_ id: String) -> (number: Int, id: String) {
        let digits = id.utf8.dropFirst()
        let number = !digits.isEmpty && digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) && digits.count < 15
            ? Int(String(Substring(digits)))! : Int.max
        return (number, id)
    }

    private static func oneLine(_ text: String, keepTabs: Bool = false) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || (!keepTabs && $0 == 0x09) }) else { return text }
        return String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" || (!keepTabs && $0 == "\t") ? " " : Character($0) })
    }
}
