import YusuanCore

extension ValidationContext {
    /// The unit of a table: its own (a 万元 “三公” table inside a document in 元) or the document's.
    func unit(of header: TableHeader) -> AmountUnit { header.unit ?? disclosure.identity.unit }

    /// An amount of one table expressed in the unit of another, exactly (nil stays nil).
    func amount(_ amount: Amount?, of header: TableHeader, in target: TableHeader) -> Amount? {
        guard let amount else { return nil }
        return amount.converted(from: unit(of: header), to: unit(of: target)) ?? amount
    }
}
