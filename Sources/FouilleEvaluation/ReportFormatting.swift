import Foundation

/// Number and cell formatting shared by the table and HTML renderers.
enum ReportFormatting {
    /// `84.7`, or `—` when the score has nothing to count.
    static func percent(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%.1f", value * 100)
    }

    static func percent(_ value: Double, empty: Bool) -> String { empty ? "—" : percent(value) }

    /// Pads or cuts to a width in characters (cut text ends with `…`).
    static func cell(_ text: String, _ width: Int, right: Bool = false) -> String {
        let clean = String(text.map { $0 == "\n" || $0 == "\t" ? " " : $0 })
        let count = clean.count
        if count > width { return String(clean.prefix(max(0, width - 1))) + "…" }
        let padding = String(repeating: " ", count: width - count)
        return right ? padding + clean : clean + padding
    }

    /// `3 missed`, `1 entity`, `2 entities`.
    static func plural(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }
}
