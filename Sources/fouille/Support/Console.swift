import Foundation
import FouilleFormats

/// Writing to the terminal: standard output for results, standard error for messages.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Rewrites one status line on standard error (a terminal); nil clears it.
    static func progress(_ message: String?) {
        let line = message.map { "\r\u{1B}[K" + $0 } ?? "\r\u{1B}[K"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Pads or cuts a cell to a width, counting characters.
    static func cell(_ text: String, _ width: Int, right: Bool = false) -> String {
        let clean = text.replacingOccurrences(of: "\n", with: "⏎").replacingOccurrences(of: "\t", with: " ")
        if clean.count > width { return String(clean.prefix(max(0, width - 1))) + "…" }
        let padding = String(repeating: " ", count: width - clean.count)
        return right ? padding + clean : clean + padding
    }

    /// A JSON string literal.
    static func json(_ text: String) -> String { JSONText.literal(text) }
}
