@testable import FouilleStore
import Testing

@Test func nameIDCacheFindsWhatItWasGivenAcrossGrowth() {
    let cache = NameIDCache()
    // Past the first tables (64 slots, 32 entries, 1 KB of names): short, empty, long and non-ASCII names.
    let names = [""] + (0..<500).map { "HGNC:GENE\($0)" } + (0..<40).map { String(repeating: "é\($0)", count: 30) }
    for (id, name) in names.enumerated() {
        #expect(cache.id(name) == nil, "\(name)")
        cache.insert(name, id: id)
    }
    for (id, name) in names.enumerated() { #expect(cache.id(name) == id, "\(name)") }
    #expect(cache.id("HGNC:GENE500") == nil)
    // Keyed by bytes: a canonically equivalent spelling is another name here.
    #expect(cache.id("e\u{301}0" + String(repeating: "é0", count: 29)) == nil)
}
