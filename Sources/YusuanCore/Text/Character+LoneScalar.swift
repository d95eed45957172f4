import Foundation

extension Character {
    /// The scalar of the character's canonical composition (NFC) when that is one scalar, nil when it is several:
    /// what a comparison with a one-scalar character answers, since characters compare by canonical equivalence
    /// (`\u{F9D1}` is the character `六`, `\u{37E}` is `;`, `e\u{301}` is `é` and no one-scalar ASCII letter).
    ///
    /// Inlinable, so that the narrative predicates in Import, which ask it of every character they read, compile
    /// its test of a plain scalar alone with their own code; anything else is answered by ``composedLoneScalar``.
    @inlinable
    public var loneScalar: Unicode.Scalar? {
        let scalars = unicodeScalars
        if let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
            ScalarClass.isPlain(scalar)
        {
            return scalar
        }
        return composedLoneScalar
    }

    /// The scalar of the character's NFC when that is one scalar (the part of ``loneScalar`` that is not a plain
    /// scalar alone).
    @usableFromInline
    var composedLoneScalar: Unicode.Scalar? {
        let composed = String(self).precomposedStringWithCanonicalMapping.unicodeScalars
        guard let scalar = composed.first, composed.index(after: composed.startIndex) == composed.endIndex else {
            return nil
        }
        return scalar
    }
}
