import ArgumentParser

@main
struct Fouille: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fouille",
        abstract: "French clinical text mining for oncology reports.",
        discussion: """
        Fouille reads French clinical reports (pathology, molecular biology, consultation letters, \
        tumour boards, discharge summaries, imaging) and finds what they say about tumours, biomarkers \
        and treatments.

        Start with:
          fouille tokenize Corpora/samples/01_anapath_sein.txt   see how a report is cut into tokens
          fouille extract Corpora/samples                         extract entities and print a summary
          fouille index Corpora/samples --db /tmp/samples.db      store reports, facts and full text in SQLite
          fouille search "carcinome" --db /tmp/samples.db --has Biomarker:ERBB2=positive   search words and facts
          fouille lexicon check                                   check the lexicons you edited
        """,
        subcommands: [TokenizeCommand.self, ExtractCommand.self, IndexCommand.self, SearchCommand.self, StatsCommand.self,
                      LexiconCommand.self, ValidateCommand.self, EvaluateCommand.self, BenchCommand.self]
    )
}
