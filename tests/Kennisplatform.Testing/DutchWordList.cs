using Kennisplatform.Search;

namespace Kennisplatform.Testing;

/// <summary>
/// The system's Dutch word list (413 000 words), read once per test run (and folded once, when a cached build first
/// needs it) and handed to every build in these tests (the build option `WordList`), instead of each build
/// reading and folding the file again.
/// </summary>
public static class DutchWordList
{
    private static readonly Lazy<WordList> Words = new(WordList.ReadSystem);

    /// <summary>The words (empty when wdutch is not installed, as for a build).</summary>
    public static WordList All => Words.Value;
}
