using Kennisplatform.Search;

namespace Kennisplatform.Build.Tests;

/// <summary>
/// The system's Dutch word list (413 000 words), read once per test run and handed to every build in these tests
/// (<see cref="BuildOptions.WordList"/>), instead of each build reading the file again.
/// </summary>
public static class DutchWordList
{
    private static readonly Lazy<IReadOnlyCollection<string>> Words = new(() => CompoundDictionary.ReadSystemWordList().ToList());

    /// <summary>The words (empty when wdutch is not installed, as for a build).</summary>
    public static IReadOnlyCollection<string> All => Words.Value;
}
