import YusuanCore

/// The figures a printed figure would be without one typing slip: one digit too many (`43269.3` for `3269.3`), one
/// digit wrong (`3269.8` for `3269.3`), two neighbouring digits swapped (`3296.3` for `3269.3`). The decimal point
/// stays where it was printed; a figure never gains a leading zero.
enum PriorFigureTypos {
    static func candidates(of figure: Amount) -> [Amount] {
        let written = Array(figure.magnitude.plainText)
        var result: [Amount] = []
        func add(_ characters: [Character]) {
            var text = characters
            if text.last == "." { text.removeLast() }
            guard let first = text.first, first != ".",
                !(first == "0" && text.count > 1 && text[1] != "."),
                let amount = Amount(String(text)), !amount.isNumericallyEqual(to: figure.magnitude)
            else { return }
            result.append(amount)
        }
        for index in written.indices where written[index].isASCII && written[index].isNumber {
            var deleted = written
            deleted.remove(at: index)
            add(deleted)
            for digit in "0123456789" where digit != written[index] {
                var replaced = written
                replaced[index] = digit
                add(replaced)
            }
            let next = index + 1
            if next < written.count, written[next].isNumber, written[next] != written[index] {
                var swapped = written
                swapped.swapAt(index, next)
                add(swapped)
            }
        }
        return result
    }
}
