import YusuanCore

/// Writes a ``Disclosure`` in the published text layout of the Chongqing district template: department name,
/// narrative (情况说明) with its contact line, then 表一 … 表十一 as tab-separated lines; a 部门决算 of the national template
/// (profile `national-final-account`) has its nine 决算 tables instead (``FinalAccountTableLayout``).
///
/// The output is clean: no extraction damage (wrapped rows, truncated headers, HTML residue). Layout choices
/// that the source documents vary in (thousand separators, caption colons, where the 合计 label stands) are
/// taken from ``Disclosure/layout``.
public enum PublishedTextRenderer {
    /// The document as published text, every line ended by `\n`.
    public static func render(_ disclosure: Disclosure) -> String {
        let text: String
        if disclosure.identity.profile == .nationalFinalAccount {
            text = RenderContext.finalAccountText(disclosure)
        } else {
            var context = RenderContext(disclosure: disclosure)
            context.writeNarrative()
            context.writeTables()
            text = context.output.text
        }
        // The self-evaluations come after all the tables, of a budget as of a 决算 (docs/IMPORT.md).
        guard let evaluations = disclosure.tables.projectSelfEvaluations, !evaluations.isEmpty else { return text }
        return text + "\n" + SelfEvaluationTextWriter.text(evaluations)
    }
}
