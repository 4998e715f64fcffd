using Kennisplatform.Search;

namespace Kennisplatform.Cli;

/// <summary>
/// The warning a build prints when the system's Dutch word list is missing: the build still succeeds, but the index
/// then splits no compound words, so a search for a part of a compound ("criminaliteit" in "vastgoedcriminaliteit") finds less.
/// </summary>
public static class WordListNotice
{
    /// <summary>The warning for a word list at <paramref name="path"/>, or null when the file is there.</summary>
    public static string? For(string path = CompoundDictionary.SystemWordList) => File.Exists(path)
        ? null
        : $"warning: the Dutch word list {path} is missing (Debian package wdutch): compound words are not split in the index, " +
          "so searches for parts of compounds find less. Install it (apt-get install wdutch) and build again.";

    /// <summary>Writes the warning to standard error when the word list is missing.</summary>
    public static void Print()
    {
        if (For() is { } warning) Console.Error.WriteLine(warning);
    }
}
