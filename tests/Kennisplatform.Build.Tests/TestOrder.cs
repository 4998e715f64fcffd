using Kennisplatform.Testing;

// The collections with the longest setup start first (LongSetupFirst), so that the run does not end with one of them
// alone while the other test thread is idle.
[assembly: TestCollectionOrderer(typeof(LongSetupFirst))]
