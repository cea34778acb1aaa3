@testable import FouilleStore
import Testing

private func written(_ write: (inout JSONBytes) -> Void) -> String {
    let bytes = [UInt8](unsafeUninitializedCapacity: 256) { buffer, count in
        var out = JSONBytes(buffer)
        write(&out)
        count = out.count
    }
    return String(decoding: bytes, as: UTF8.self)
}

@Test func integersWrittenAsDecimal() {
    var values = Array(-1000...1000) + [Int.min, Int.max, Int.min + 1, 9, 10, 99, 100, 999_999, 1_000_000, 12_345_678_901]
    for digits in 1...18 { values += [Int(pow10(digits)) - 1, Int(pow10(digits)), Int(pow10(digits)) + 1] }
    for value in values { #expect(written { $0.integer(value) } == String(value)) }
}

private func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { value, _ in value * 10 } }

@Test(arguments: [
    ("", "\"\""), ("plain", "\"plain\""), ("a\"b", "\"a\\\"b\""), ("\\", "\"\\\\\""), ("\"", "\"\\\"\""),
    ("tab\there\n", "\"tab\\u0009here\\u000a\""), ("\u{1F}é\"x\\", "\"\\u001fé\\\"x\\\\\""), ("sein gauche", "\"sein gauche\""),
])
func stringsEscapedAsJSON(_ value: String, _ json: String) {
    #expect(written { $0.string(value) } == json)
}

@Test func absentStringIsNull() {
    #expect(written { $0.string(nil) } == "null")
}
