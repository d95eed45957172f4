import YusuanStorage

/// Why an account operation failed: the stores' one error type, whose codes (`notFound`, `duplicate`,
/// `invalidArgument`, `corrupt`, `unavailable`) serve accounts as they serve disclosures.
public typealias AccountError = StorageError
