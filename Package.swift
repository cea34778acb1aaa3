// swift-tools-version:6.0
import PackageDescription

/// Fouille: French clinical text mining.
///
/// Modules, bottom to top (imports point down this list):
/// - `CICU`, `CSQLite`, `CLibXML2`, `CZstd`: system libraries (ICU behind a C shim whose
///   public header includes no ICU header, see `../shared/SWIFT-NOTES.md`).
/// - `FouilleText`: documents, spans, normalisation, tokens, sentences, sections.
/// - `FouilleLexicon`: lexicon files, diagnostics, the compiled matcher.
/// - `FouilleExtraction`: entity rules, linking, qualifiers, the pipeline.
/// - `FouilleStore`: the SQLite store (documents, entities, relations, FTS5 full text with
///   the clinical tokenizer), search and statistics. The only module that touches SQLite.
/// - `FouilleFormats`: readers and writers of documents and annotations (brat, JSONL, ...).
/// - `FouilleEvaluation`: scoring annotations against gold corpora, error reports.
/// - `fouille`: the command-line tool, thin.
let package = Package(
    name: "Fouille",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "fouille", targets: ["fouille"]),
        .library(name: "FouilleText", targets: ["FouilleText"]),
        .library(name: "FouilleLexicon", targets: ["FouilleLexicon"]),
        .library(name: "FouilleExtraction", targets: ["FouilleExtraction"]),
        .library(name: "FouilleFormats", targets: ["FouilleFormats"]),
        .library(name: "FouilleStore", targets: ["FouilleStore"]),
        .library(name: "FouilleEvaluation", targets: ["FouilleEvaluation"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata"),
            ]
        ),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
        .target(name: "FouilleText", dependencies: ["CICU"]),
        .target(name: "FouilleLexicon", dependencies: ["FouilleText"]),
        .target(name: "FouilleExtraction", dependencies: ["FouilleText", "FouilleLexicon"]),
        .target(name: "FouilleFormats", dependencies: ["FouilleText", "FouilleLexicon", "FouilleExtraction", "CLibXML2"]),
        .target(name: "FouilleStore", dependencies: ["FouilleText", "FouilleLexicon", "FouilleExtraction", "CSQLite", "CZstd"],
                exclude: ["README.md"]),
        .target(name: "FouilleEvaluation", dependencies: ["FouilleText", "FouilleLexicon", "FouilleExtraction", "FouilleFormats"]),
        .executableTarget(
            name: "fouille",
            dependencies: [
                "FouilleText", "FouilleLexicon", "FouilleExtraction", "FouilleFormats", "FouilleEvaluation", "FouilleStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "FouilleTextTests", dependencies: ["FouilleText"]),
        .testTarget(name: "FouilleLexiconTests", dependencies: ["FouilleLexicon"]),
        .testTarget(name: "FouilleExtractionTests", dependencies: ["FouilleExtraction", "FouilleLexicon", "FouilleText"]),
        .testTarget(name: "FouilleFormatsTests", dependencies: ["FouilleFormats"]),
        .testTarget(name: "FouilleEvaluationTests", dependencies: ["FouilleEvaluation", "FouilleFormats"]),
        .testTarget(name: "RegressionTests", dependencies: ["FouilleEvaluation", "FouilleExtraction", "FouilleLexicon"]),
        // Depends on the `fouille` executable so it is built: the kill-and-resume test runs it.
        .testTarget(name: "FouilleStoreTests", dependencies: ["FouilleStore", "FouilleExtraction", "FouilleLexicon", "FouilleText", "fouille"]),
        .testTarget(name: "fouilleCLITests", dependencies: ["fouille"]),
    ],
    swiftLanguageModes: [.v5]
)
