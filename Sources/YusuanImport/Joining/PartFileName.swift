/// Whether two file names are the names of the narrative and the tables of one disclosure: the same name in the
/// same directory but for a marker (`…-narrative.pdf` / `…-tables.pdf`, `…情况说明.pdf` / `…报表.pdf`,
/// `…公开文件.pdf` / `…公开表.pdf`, `…部门预算.pdf` / `…部门预算公开表格.pdf`, `…部门预算.pdf` / `附件：…部门预算表.pdf`).
///
/// Markers are removed from the end of the name (without its extension), longest first and repeatedly, with the
/// separators around them; words both files may end with (`公开`, `部门预算`, `budget`) are removed from both.
enum PartFileName {
    /// The markers of a narrative file.
    static let narrativeMarkers = ["narrative", "情况说明", "公开文件", "说明", "文件", "正文"]
    /// The markers of a tables file.
    static let tablesMarkers = ["tables", "table", "公开表格", "公开报表", "公开表", "报表", "表格", "附表", "附件", "表"]
    /// Words either file may end with once its marker is removed.
    static let sharedWords = ["公开", "部门预算", "部门决算", "单位预算", "单位决算", "预算", "决算", "budget", "final"]
    /// Characters around markers.
    static let separators: Set<Character> = [
        "-", "_", " ", ".", "—", "·", "、", "：", ":", "(", ")", "（", "）", "【", "】", "[", "]",
    ]

    /// Whether `narrative` and `tables` name the two files of one disclosure.
    static func namesOneDisclosure(narrative: String, tables: String) -> Bool {
        let (narrativeDirectory, narrativeName) = split(narrative)
        let (tablesDirectory, tablesName) = split(tables)
        guard narrativeDirectory == tablesDirectory else { return false }
        let one = stem(narrativeName, markers: narrativeMarkers, attachmentIsMarker: false)
        let other = stem(tablesName, markers: tablesMarkers, attachmentIsMarker: true)
        return !one.stem.isEmpty && one.stem == other.stem && (one.hadMarker || other.hadMarker)
    }

    /// The directory and the lower-cased name without its extension.
    static func split(_ path: String) -> (directory: Substring, name: String) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { path[..<$0] } ?? ""
        var name = slash.map { path[path.index(after: $0)...] } ?? path[...]
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        return (directory, name.lowercased())
    }

    /// The name with its markers, the shared words and a leading `附件1：` removed, and whether a marker was (the
    /// leading `附件` counts as one when `attachmentIsMarker`: the tables published as an attachment).
    static func stem(_ name: String, markers: [String], attachmentIsMarker: Bool) -> (stem: String, hadMarker: Bool) {
        var text = Substring(name)
        var hadMarker = false
        let candidates = (markers.map { ($0, true) } + sharedWords.map { ($0, false) }).sorted {
            $0.0.count > $1.0.count
        }
        if text.hasPrefix("附件") {
            text = text.dropFirst(2).drop { $0.isNumber || separators.contains($0) }
            hadMarker = attachmentIsMarker
        }
        while true {
            while let last = text.last, separators.contains(last) { text.removeLast() }
            guard let (marker, isMarker) = candidates.first(where: { text.hasSuffix($0.0) && text.count > $0.0.count })
            else { break }
            text.removeLast(marker.count)
            hadMarker = hadMarker || isMarker
        }
        return (String(text), hadMarker)
    }
}
