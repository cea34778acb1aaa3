import Foundation

/// JSON string literals, written by hand on the output hot paths (no encoder per value).
public enum JSONText {
    /// `text` as a JSON string literal, quotes included; `null` for nil.
    public static func literal(_ text: String?) -> String {
        guard let text else { return "null" }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
