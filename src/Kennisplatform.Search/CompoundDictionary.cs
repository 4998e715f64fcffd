namespace Kennisplatform.Search;

/// <summary>
/// The words compounds may be split into: Dutch words (from a real word list, Debian's wdutch) that also stand
/// alone in our own content. Restricting the word list to the corpus keeps splits meaningful
/// (vastgoedcriminaliteit → vastgoed + criminaliteit) and avoids the noise of the full list (…|tinga|ingan|…).
/// </summary>
public sealed class CompoundDictionary
{
    /// <summary>Where Debian's wdutch package puts its word list.</summary>
    public const string SystemWordList = "/usr/share/dict/dutch";

    /// <summary>The file name of the dictionary inside an index folder.</summary>
    public const string FileName = "compound-words.txt";

    /// <summary>Shortest part a compound is split into: four-letter parts (vast + goed) split lexicalised words.</summary>
    public const int MinPartLength = 5;

    private CompoundDictionary(IReadOnlyList<string> words) => Words = words;

    /// <summary>The parts, folded and lower-cased, sorted.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>No splitting at all.</summary>
    public static CompoundDictionary Empty { get; } = new([]);

    /// <summary>
    /// Builds the dictionary from the word list and the lower-case words of the content (with their diacritics, as
    /// the word list has them); the dictionary holds them folded, as the analysis chain sees them.
    /// </summary>
    public static CompoundDictionary Build(IEnumerable<string> wordList, IEnumerable<string> corpusWords) =>
        FromListWords(InList(wordList, corpusWords));

    /// <summary>
    /// The words of the content that the word list has, as the dictionary takes them: words of letters only, at least a
    /// part long, equal to a word of the list lower-cased and without surrounding white space.
    /// </summary>
    public static HashSet<string> InList(IEnumerable<string> wordList, IEnumerable<string> corpusWords)
    {
        var candidates = corpusWords.Where(MayBeInList).ToHashSet(StringComparer.Ordinal);
        return candidates.Count == 0 ? [] : wordList.Select(w => w.Trim().ToLowerInvariant()).Where(candidates.Contains).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether the dictionary could take this word of the content (<see cref="InList"/>): letters only, at least a part
    /// long. A word that could not is never looked up, so new words of no such kind need no word list read.
    /// </summary>
    public static bool MayBeInList(string corpusWord) => corpusWord.Length >= MinPartLength && corpusWord.All(char.IsLetter);

    /// <summary>The dictionary of these words of the content that the word list has (<see cref="InList"/>).</summary>
    public static CompoundDictionary FromListWords(IEnumerable<string> listWords) =>
        new(listWords
            .Select(DutchTextAnalyzer.Fold)
            .Where(w => !DutchTextAnalyzer.IsStopWord(w))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList());

    /// <summary>Reads the system word list when it is installed; empty otherwise.</summary>
    public static IEnumerable<string> ReadSystemWordList() =>
        File.Exists(SystemWordList) ? File.ReadLines(SystemWordList) : [];

    /// <summary>Writes the dictionary into an index folder.</summary>
    public void Save(string indexFolder) => File.WriteAllLines(Path.Combine(indexFolder, FileName), Words);

    /// <summary>Reads the dictionary of an index folder (empty when there is none).</summary>
    public static CompoundDictionary Load(string indexFolder)
    {
        var path = Path.Combine(indexFolder, FileName);
        return File.Exists(path) ? new CompoundDictionary(File.ReadAllLines(path).Where(l => l.Length > 0).ToList()) : Empty;
    }

    /// <summary>A splitter over these words.</summary>
    public CompoundSplitter Splitter()
    {
        var words = Words.ToHashSet(StringComparer.Ordinal);
        return new CompoundSplitter(words.Contains);
    }
}
