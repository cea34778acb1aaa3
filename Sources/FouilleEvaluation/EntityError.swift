import FouilleLexicon

/// One entity-level disagreement between gold and prediction.
public struct EntityError: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A gold entity no same-type prediction overlaps: a false negative under both schemes.
        case missed
        /// A prediction overlapping no same-type gold entity: a false positive under both schemes.
        case spurious
        /// Same type, overlapping, not the same span: right under overlap, one FN and one FP under strict.
        case boundary
    }

    public var kind: Kind
    public var document: String
    public var type: EntityType
    /// The gold entity (missed, boundary).
    public var gold: Mention?
    /// The predicted entity (spurious, boundary).
    public var prediction: Mention?
    /// For a missed or spurious entity, the type the other side gave to an overlapping span:
    /// a type confusion rather than a pure miss (`Site` predicted where gold has `Metastasis`).
    public var otherSideType: EntityType?

    public init(kind: Kind, document: String, type: EntityType, gold: Mention? = nil, prediction: Mention? = nil,
                otherSideType: EntityType? = nil) {
        self.kind = kind
        self.document = document
        self.type = type
        self.gold = gold
        self.prediction = prediction
        self.otherSideType = otherSideType
    }

    /// The gold mention when there is one, else the predicted one.
    public var mention: Mention { (gold ?? prediction)! }
}
