/// The stretches of `low…high` that no word covers, left to right: where a column border may run between two
/// columns' texts. A stretch must be wider than `margin` (points) to count.
func wordGaps(_ words: [PDFWord], from low: Double, to high: Double, margin: Double = 0) -> (
    inside: [PDFWord], gaps: [(start: Double, end: Double)]
) {
    let inside = words.filter { $0.xMax > low && $0.xMin < high }
    let spans = inside.map { (start: max($0.xMin, low), end: min($0.xMax, high)) }.sorted { $0.start < $1.start }
    var gaps: [(start: Double, end: Double)] = []
    var cursor = low
    for span in spans {
        if span.start > cursor + margin { gaps.append((cursor, span.start)) }
        cursor = max(cursor, span.end)
    }
    if high > cursor + margin { gaps.append((cursor, high)) }
    return (inside, gaps)
}
