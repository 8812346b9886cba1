/// Loads the shell's data set again for `.reload`; the executable builds one over the store.
public typealias DatasetReloader = @Sendable () throws(StoreError) -> Dataset
