/// The annotations of one brat `.ann` file, in file order.
///
/// A plain model: it holds what was written, valid or not. Reading it with
/// ``BratParser`` reports syntax problems; ``BratValidator`` checks it against
/// its `.txt` and the annotation guideline; ``BratWriter`` writes it back in
/// canonical order.
public struct BratDocument: Sendable, Equatable {
    public var entities: [BratEntity]
    public var attributes: [BratAttribute]
    public var relations: [BratRelation]
    public var normalizations: [BratNormalization]
    /// `#` lines, kept so that rewriting a file loses no annotator remark.
    public var notes: [BratNote]

    public init(entities: [BratEntity] = [], attributes: [BratAttribute] = [], relations: [BratRelation] = [],
                normalizations: [BratNormalization] = [], notes: [BratNote] = []) {
        self.entities = entities
        self.attributes = attributes
        self.relations = relations
        self.normalizations = normalizations
        self.notes = notes
    }

    /// Entities by id; with duplicate ids (a validation error) the first one wins.
    public var entitiesByID: [String: BratEntity] {
        var byID = [String: BratEntity](minimumCapacity: entities.count)
        for entity in entities where byID[entity.id] == nil { byID[entity.id] = entity }
        return byID
    }

    /// True when the file holds no annotation at all (notes included).
    public var isEmpty: Bool {
        entities.isEmpty && attributes.isEmpty && relations.isEmpty && normalizations.isEmpty && notes.isEmpty
    }
}
