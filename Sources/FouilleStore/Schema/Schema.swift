/// The store's SQLite schema, version 2.
///
/// A store is one SQLite file (plus `-wal` and `-shm` while in use), marked
/// with `PRAGMA application_id = 0x464F5549` ("FOUI") and
/// `PRAGMA user_version = 2`, so another database is recognised as foreign
/// (a version 1 store, one row per entity, is refused with a request to re-index).
/// Offsets are UTF-8 byte offsets into a report's text, like everywhere in
/// Fouille. Tables (`Sources/FouilleStore/README.md` shows queries):
///
/// | table | one row per | columns |
/// | --- | --- | --- |
/// | `meta` | setting | `key`, `value`: `format`, `schema_version`, `created_at`, `term_rules`, `text_codec` (`zstd`), `dictionary` (the compression dictionary, a blob), `dictionary_hash` (its FNV-1a, for the integrity check) |
/// | `documents` | report | `id` (rowid of every per-report table and of the FTS index), `external_id` (file name or JSONL id, unique), `patient_id`, `date` (ISO 8601, French dates converted), `kind` (lower case), `source`, `content_hash` (64-bit hash of text and metadata, ``ContentHash``), `byte_count`, `entity_count`, `run_id` |
/// | `texts` | report | `id`, `body`: the text, one zstd frame compressed with `meta.dictionary` as raw-content dictionary |
/// | `fts` | report | FTS5 index of the text, external content (`document_text` view: no second copy), tokenizer `fouille` (the clinical tokenizer), `detail=full` for phrases and `NEAR`; `automerge` 16 (FTS5's default is 4: merging segments less eagerly cut the indexing writer's CPU by a quarter on 100k reports, queries stay far under their targets) |
/// | `facts` | report | FTS5 contentless `detail=none` index of fact keys (``FactKeys``), for the `--has`/`--type` filters |
/// | `entity_types` | entity type | `id`, `name` (`Tumour`, ... as in the annotation guideline) |
/// | `codes` | distinct code | `id`, `code` (`NAMESPACE:VALUE`, e.g. `HGNC:ERBB2`) |
/// | `sections` | section name | `id`, `name` (`CONCLUSION`, ...) |
/// | `annotations` | report | `id` (= `documents.id`), `entities`: JSON array, one `[type, start, end, code, attributes, section, sentence, value, laterality]` per entity in text order (ordinal = index; ids into `entity_types`, `codes`, `sections`, `null` when none; value and laterality left out from the end when null), `relations`: JSON `[[source, target, label],...]` (entity ordinals; label 1 HasValue, 2 HasDose) |
/// | `index_runs` | `fouille index` run | `id`, `started_at`, `finished_at` (NULL while running or when killed), `user`, `inputs` (JSON array of paths), `force`, counts (`read`, `added`, `replaced`, `unchanged`, `failed`) |
/// | `index_failures` | unreadable input | `run_id`, `source`, `reason` |
/// | `audit` | search | `id`, `at`, `user`, `query`, `filters` (JSON), `results` |
///
/// Views for reading with the `sqlite3` shell, over `json_each` of the annotation rows:
/// `entities(id, type, start, end, code, value, attributes, laterality, section, sentence)` with
/// `id` = document id × 65536 + ordinal, `value` normalised (`positive`, `90`, `2021-03-12`, `24 x 20 mm`...),
/// `attributes` bits 1 Negated, 2 Hypothetical, 4 Family, 8 History; `relations(document_id, source, target, label)`;
/// `entity_list` and `relation_list` (names instead of ids). `document_text` and the two FTS
/// tables need Fouille's SQL function and tokenizer, so they work only through Fouille.
///
/// Size is a design constraint (at most 1.5× the text): texts are stored
/// once, compressed (the FTS table reads them through `document_text`); an
/// entity's text is not stored but cut from its report by its offsets. A report's
/// entities are one row (~1.4 KB of JSON), written by the extraction worker: one
/// insert per report instead of ~46 kept the single writer thread off the critical path.
enum Schema {
    static let applicationID: Int32 = 0x464F_5549
    static let version = 2
    /// Bumped when ``IndexTerms`` changes what a text indexes as: the FTS index must then be rebuilt.
    static let termRulesVersion = 1
    /// How `texts.body` is compressed (`meta.text_codec`); stores of the first Fouille versions, without it, used zlib.
    static let textCodec = "zstd"
    /// Larger pages hold whole compressed reports and long FTS doclists with less slack.
    static let pageSize = 16384

    /// The statements creating version 2, in order.
    static let version2 = """
    CREATE TABLE meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID;
    CREATE TABLE documents(
        id INTEGER PRIMARY KEY,
        external_id TEXT NOT NULL UNIQUE,
        patient_id TEXT,
        date TEXT,
        kind TEXT,
        source TEXT,
        content_hash INTEGER NOT NULL,
        byte_count INTEGER NOT NULL,
        entity_count INTEGER NOT NULL,
        run_id INTEGER
    );
    CREATE INDEX documents_patient ON documents(patient_id) WHERE patient_id IS NOT NULL;
    CREATE INDEX documents_date ON documents(date) WHERE date IS NOT NULL;
    CREATE INDEX documents_kind ON documents(kind) WHERE kind IS NOT NULL;
    CREATE TABLE texts(id INTEGER PRIMARY KEY, body BLOB NOT NULL);
    CREATE VIEW document_text(id, text) AS SELECT id, fouille_text(body) FROM texts;
    CREATE VIRTUAL TABLE fts USING fts5(text, content='document_text', content_rowid='id', tokenize='fouille', detail=full);
    INSERT INTO fts(fts, rank) VALUES('automerge', 16);
    CREATE VIRTUAL TABLE facts USING fts5(keys, content='', detail=none, columnsize=0,
        tokenize="unicode61 remove_diacritics 0 tokenchars '|:=/.+-_'");
    CREATE TABLE entity_types(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
    CREATE TABLE codes(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE);
    CREATE TABLE sections(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
    CREATE TABLE annotations(id INTEGER PRIMARY KEY, entities TEXT NOT NULL, relations TEXT NOT NULL);
    CREATE TABLE index_runs(
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        user TEXT NOT NULL,
        inputs TEXT NOT NULL,
        force INTEGER NOT NULL DEFAULT 0,
        read INTEGER NOT NULL DEFAULT 0,
        added INTEGER NOT NULL DEFAULT 0,
        replaced INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE index_failures(run_id INTEGER NOT NULL, source TEXT NOT NULL, reason TEXT NOT NULL);
    CREATE TABLE audit(
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        query TEXT NOT NULL,
        filters TEXT NOT NULL,
        results INTEGER NOT NULL
    );
    CREATE VIEW entities(id, type, start, end, code, value, attributes, laterality, section, sentence) AS
        SELECT (a.id << 16) + e.key, e.value ->> 0, e.value ->> 1, e.value ->> 2, e.value ->> 3, e.value ->> 7,
               e.value ->> 4, e.value ->> 8, e.value ->> 5, e.value ->> 6
        FROM annotations a, json_each(a.entities) e;
    CREATE VIEW relations(document_id, source, target, label) AS
        SELECT a.id, r.value ->> 0, r.value ->> 1, r.value ->> 2
        FROM annotations a, json_each(a.relations) r;
    CREATE VIEW entity_list AS
        SELECT d.external_id AS document, a.id AS document_id, e.key AS ordinal, t.name AS type,
               e.value ->> 1 AS start, e.value ->> 2 AS end, c.code, e.value ->> 7 AS value,
               trim(CASE WHEN e.value ->> 4 & 1 THEN 'Negated ' ELSE '' END ||
                    CASE WHEN e.value ->> 4 & 2 THEN 'Hypothetical ' ELSE '' END ||
                    CASE WHEN e.value ->> 4 & 4 THEN 'Family ' ELSE '' END ||
                    CASE WHEN e.value ->> 4 & 8 THEN 'History' ELSE '' END) AS attributes,
               e.value ->> 8 AS laterality, s.name AS section, e.value ->> 6 AS sentence
        FROM annotations a JOIN documents d ON d.id = a.id, json_each(a.entities) e
        JOIN entity_types t ON t.id = e.value ->> 0
        LEFT JOIN codes c ON c.id = e.value ->> 3 LEFT JOIN sections s ON s.id = e.value ->> 5;
    CREATE VIEW relation_list AS
        SELECT d.external_id AS document, CASE r.value ->> 2 WHEN 1 THEN 'HasValue' ELSE 'HasDose' END AS label,
               r.value ->> 0 AS source, ta.name AS source_type, r.value ->> 1 AS target, tb.name AS target_type
        FROM annotations a JOIN documents d ON d.id = a.id, json_each(a.relations) r
        JOIN entity_types ta ON ta.id = a.entities -> (r.value ->> 0) ->> 0
        JOIN entity_types tb ON tb.id = a.entities -> (r.value ->> 1) ->> 0;
    """

    /// Statements taking a store from version N to N+1, by N. None from 1: a version 1 store is refused
    /// with a request to re-index (``SchemaCheck``).
    static let migrations: [Int: String] = [:]

    /// Tables a store of this version must have (a partial copy or a damaged schema is refused).
    static let requiredTables = ["meta", "documents", "texts", "fts", "facts", "annotations", "entities", "relations",
                                 "codes", "sections", "entity_types", "index_runs", "audit"]
}
