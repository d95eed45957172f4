/// Reads the region a department belongs to from its name.
public enum Region {
    /// The region at the start of a department's name: `重庆市南岸区人民政府办公室` → `重庆市南岸区`,
    /// `重庆市财政局` → `重庆市`; empty when the name starts with no place name.
    ///
    /// The region is the leading run up to the first `区` or `县` after an optional province and city
    /// (`…省`, `…市`), and at most eight characters long.
    public static func name(inDepartmentName name: String) -> String {
        let characters = Array(name)
        var index = 0
        var end = 0
        // An optional province, then an optional city.
        for marker in ["省", "市"] as [Character] {
            if let position = characters[index...].prefix(8).firstIndex(of: marker) {
                index = position + 1
                end = index
            }
        }
        if let position = characters[index...].prefix(8).firstIndex(where: { $0 == "区" || $0 == "县" }),
            position > index
        {
            end = position + 1
        }
        return String(characters[0..<end])
    }
}
