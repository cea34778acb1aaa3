import FouilleLexicon

/// The error lists of the HTML report: each error inside its line, grouped by type then document.
extension ReportHTML {
    static func writeErrors(_ report: EvaluationReport, mode: ReportMode, into page: inout HTMLPage) {
        let g = mode == .evaluation ? "gold" : "A", p = mode == .evaluation ? "pred" : "B"
        page.raw("<h2 id=\"entity-errors\">Entity errors</h2>\n")
        page.raw("<p><mark class=\"gold\">\(g) span</mark> <mark class=\"prediction\">\(p) span</mark> — "
                 + "<b>missed</b>: in \(g), no same-type \(p) entity overlaps it; <b>spurious</b>: in \(p), no same-type \(g) entity overlaps it; "
                 + "<b>boundary</b>: same type, overlapping, not the same span (right under overlap, wrong under strict).</p>\n")
        if report.entityErrors.isEmpty { page.raw("<p>None.</p>\n") }
        for type in EntityType.allCases {
            let errors = report.entityErrors.filter { $0.type == type }
            guard !errors.isEmpty else { continue }
            let counts = EntityError.Kind.allCases.compactMap { kind -> String? in
                let n = errors.filter { $0.kind == kind }.count
                return n == 0 ? nil : "\(n) \(kind.rawValue)"
            }
            page.raw("<section id=\"type-\(type.rawValue)\">\n<h3>\(type.rawValue) <span class=\"where\">\(counts.joined(separator: ", "))</span></h3>\n")
            for (document, items) in grouped(errors, by: \.document) {
                page.raw("<details open><summary>\(HTMLEscaping.escape(document)) <span class=\"where\">\(items.count)</span></summary>\n<ul class=\"errors\">\n")
                for error in items.sorted(by: { $0.mention.start < $1.mention.start }) { page.raw(entityItem(error, g: g, p: p)) }
                page.raw("</ul>\n</details>\n")
            }
            page.raw("</section>\n")
        }

        page.raw("<h2 id=\"relation-errors\">Relation errors</h2>\n")
        if report.relationErrors.isEmpty { page.raw("<p>None.</p>\n") }
        for (document, items) in grouped(report.relationErrors, by: \.document) {
            page.raw("<details open><summary>\(HTMLEscaping.escape(document)) <span class=\"where\">\(items.count)</span></summary>\n<ul class=\"errors\">\n")
            for error in items {
                let kind = error.kind == .missed ? "missed" : "spurious"
                page.raw("<li class=\"\(kind)\"><span class=\"badge\">\(kind)</span> <b>\(HTMLEscaping.escape(error.label))</b> "
                         + "\(HTMLEscaping.escape(error.arg1.text)) → \(HTMLEscaping.escape(error.arg2.text))"
                         + "<span class=\"where\">\(error.arg1.id) → \(error.arg2.id), line \(error.context.line)</span>"
                         + HTMLPage.context(error.context) + "</li>\n")
            }
            page.raw("</ul>\n</details>\n")
        }

        page.raw("<h2 id=\"code-errors\">Code errors</h2>\n")
        if report.codeErrors.isEmpty { page.raw("<p>None.</p>\n") }
        for (document, items) in grouped(report.codeErrors, by: \.document) {
            page.raw("<details open><summary>\(HTMLEscaping.escape(document)) <span class=\"where\">\(items.count)</span></summary>\n<ul class=\"errors\">\n")
            for error in items {
                let predicted = error.predictedCodes.isEmpty ? "no code" : error.predictedCodes.joined(separator: ", ")
                page.raw("<li><span class=\"badge\">\(error.mention.type.rawValue)</span> \(g) <code>\(HTMLEscaping.escape(error.goldCodes.joined(separator: ", ")))</code>, "
                         + "\(p) <code>\(HTMLEscaping.escape(predicted))</code>"
                         + "<span class=\"where\">\(error.mention.id), line \(error.mention.context.line)</span>"
                         + HTMLPage.context(error.mention.context) + "</li>\n")
            }
            page.raw("</ul>\n</details>\n")
        }

        page.raw("<h2 id=\"attribute-errors\">Attribute errors</h2>\n")
        if report.attributeErrors.isEmpty { page.raw("<p>None.</p>\n") }
        for (document, items) in grouped(report.attributeErrors, by: \.document) {
            page.raw("<details open><summary>\(HTMLEscaping.escape(document)) <span class=\"where\">\(items.count)</span></summary>\n<ul class=\"errors\">\n")
            for error in items {
                let kind = error.inGold ? "missed" : "spurious"
                let says = error.inGold ? "in \(g), not in \(p)" : "in \(p), not in \(g)"
                page.raw("<li class=\"\(kind)\"><span class=\"badge\">\(error.attribute.rawValue)</span> \(says) "
                         + "<span class=\"where\">\(error.mention.type.rawValue) \(error.mention.id), line \(error.mention.context.line)</span>"
                         + HTMLPage.context(error.mention.context) + "</li>\n")
            }
            page.raw("</ul>\n</details>\n")
        }
    }

    private static func entityItem(_ error: EntityError, g: String, p: String) -> String {
        var item = "<li class=\"\(error.kind.rawValue)\"><span class=\"badge\">\(error.kind.rawValue)</span>"
        switch error.kind {
        case .boundary:
            let gold = error.gold!, prediction = error.prediction!
            item += "<span class=\"where\">line \(gold.context.line): \(g) \(gold.start)–\(gold.end), \(p) \(prediction.start)–\(prediction.end)</span>"
            item += "<span class=\"ctx\"><span class=\"side\">\(g)</span>\(inner(gold.context))</span>"
            item += "<span class=\"ctx\"><span class=\"side\">\(p)</span>\(inner(prediction.context))</span>"
        case .missed, .spurious:
            let mention = error.mention
            item += "<span class=\"where\">line \(mention.context.line), \(mention.start)–\(mention.end)</span>"
            if let other = error.otherSideType {
                item += "<span class=\"hint\">\(error.kind == .missed ? p : g) has \(other.rawValue) here</span>"
            }
            item += HTMLPage.context(mention.context)
        }
        return item + "</li>\n"
    }

    /// A context without its outer block span, to follow a side label.
    private static func inner(_ context: TextContext) -> String {
        let full = HTMLPage.context(context)
        return String(full.dropFirst("<span class=\"ctx\">".count).dropLast("</span>".count))
    }

    /// Items grouped by a key, groups in key order, items in their original order.
    private static func grouped<Item>(_ items: [Item], by key: (Item) -> String) -> [(String, [Item])] {
        var groups = [String: [Item]]()
        for item in items { groups[key(item), default: []].append(item) }
        return groups.keys.sorted().map { ($0, groups[$0]!) }
    }
}
