import FouilleFormats

/// Gold and predicted brat folders, read, validated and paired by document name.
///
/// Reading never stops at a bad file: every problem becomes a diagnostic and
/// the other documents are still scored.
/// - a gold document without a prediction is scored with an empty prediction
///   (all its entities missed), with a warning;
/// - a prediction without a gold document is not scored, with a warning;
/// - a prediction folder may hold `.ann` files only: they are checked against the gold `.txt`;
///   a prediction `.txt` that differs from the gold one makes its `.ann` unusable (error).
public struct EvaluationInput: Sendable {
    public var pairs: [DocumentPair]
    public var diagnostics: [BratDiagnostic]
    /// Gold documents that could not be scored (their `.txt` is missing or unreadable).
    public var skipped: [String]

    public init(pairs: [DocumentPair] = [], diagnostics: [BratDiagnostic] = [], skipped: [String] = []) {
        self.pairs = pairs
        self.diagnostics = diagnostics
        self.skipped = skipped
    }

    public var errorCount: Int { diagnostics.filter(\.isError).count }
    public var warningCount: Int { diagnostics.count - errorCount }

    /// Reads a gold folder only: each pair's prediction is nil, to be filled in by whoever predicts
    /// (e.g. the extraction pipeline run on each gold text).
    public static func loadGold(folder: String) -> EvaluationInput {
        var input = EvaluationInput()
        switch BratCorpus.entries(in: folder) {
        case .failure(let diagnostic):
            input.diagnostics.append(diagnostic)
        case .success(let entries):
            if entries.isEmpty {
                input.diagnostics.append(BratDiagnostic(.error, .annotationFile, file: folder, "no .ann or .txt file in the gold folder"))
            }
            for entry in entries {
                let file = BratDocumentFile.load(name: entry.name, annotationPath: entry.annotationPath, textPath: entry.textPath)
                input.diagnostics += file.diagnostics
                guard let text = file.text else {
                    input.skipped.append(entry.name)
                    input.diagnostics.append(BratDiagnostic(.error, .pairing, file: entry.annotationPath,
                                                            "document \(entry.name) is not scored: its gold text cannot be read"))
                    continue
                }
                input.pairs.append(DocumentPair(gold: EvaluationDocument(name: entry.name, text: text, brat: file.document),
                                                prediction: nil))
            }
        }
        return input
    }

    /// Reads both folders and pairs them by document name.
    public static func load(goldFolder: String, predictionFolder: String) -> EvaluationInput {
        var input = loadGold(folder: goldFolder)
        let predictions: [BratCorpus.Entry]
        switch BratCorpus.entries(in: predictionFolder) {
        case .failure(let diagnostic):
            input.diagnostics.append(diagnostic)
            predictions = []
        case .success(let entries):
            predictions = entries
        }
        let byName = Dictionary(predictions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let goldNames = Set(input.pairs.map(\.name)).union(input.skipped)
        for entry in predictions where !goldNames.contains(entry.name) {
            input.diagnostics.append(BratDiagnostic(.warning, .pairing, file: entry.hasAnnotation ? entry.annotationPath : entry.textPath,
                                                    "prediction without a gold document \(entry.name) in \(goldFolder): not scored"))
        }
        for index in input.pairs.indices {
            let gold = input.pairs[index].gold
            guard let entry = byName[gold.name], entry.hasAnnotation else {
                let count = gold.entities.count
                input.diagnostics.append(BratDiagnostic(.warning, .pairing, file: "\(predictionFolder)/\(gold.name).ann",
                                                        "no prediction for \(gold.name): its \(count) gold entit\(count == 1 ? "y counts" : "ies count") as missed"))
                continue
            }
            if entry.hasText {
                switch BratText.read(path: entry.textPath) {
                case .failure(let diagnostic):
                    input.diagnostics.append(diagnostic)
                    continue
                case .success(let text) where text.bytes != gold.text.bytes:
                    input.diagnostics.append(BratDiagnostic(.error, .pairing, file: entry.textPath,
                                                            "the prediction's text differs from the gold text, so its offsets cannot be compared: its annotations are ignored (all gold entities count as missed)"))
                    continue
                case .success:
                    break
                }
            }
            let file = BratDocumentFile.load(name: gold.name, annotationPath: entry.annotationPath, text: gold.text,
                                             textPath: entry.hasText ? entry.textPath : "\(goldFolder)/\(gold.name).txt")
            input.diagnostics += file.diagnostics
            input.pairs[index].prediction = EvaluationDocument(name: gold.name, text: gold.text, brat: file.document)
        }
        return input
    }
}
