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
        if disclosure.identity.profile == .nationalFinalAccount { return RenderContext.finalAccountText(disclosure) }
        var context = RenderContext(disclosure: disclosure)
        context.writeNarrative()
        context.writeTables()
        guard let evaluations = disclosure.tables.projectSelfEvaluations, !evaluations.isEmpty else {
            return context.output.text
        }
        return context.output.text + "\n" + SelfEvaluationTextWriter.text(evaluations)
    }
}
