namespace Kennisplatform.Search;

/// <summary>
/// The words compounds may be split into: Dutch words (from a real word list, Debian's wdutch) that also stand
/// alone in our own content (<see cref="Words"/>), and before the last part any word of the list
/// (<see cref="Modifiers"/>: those found inside the content's words). Requiring the last part to stand alone in the corpus
/// keeps splits meaningful (vastgoedcriminaliteit → vastgoed + criminaliteit) and avoids the noise of the full list
/// (betrokkenen → betrok + kenen, beperkingen → beperk + ingen). It also keeps edits cheap: a word that a page starts to
/// use on its own changes only how compounds ending in it split, not every compound that begins with it
/// (beroepsgroepen splits the same before and after a page says "beroep").
/// </summary>
public sealed class CompoundDictionary
{
    /// <summary>Where Debian's wdutch package puts its word list.</summary>
    public const string SystemWordList = "/usr/share/dict/dutch";

    /// <summary>The file name of the dictionary inside an index folder.</summary>
    public const string FileName = "compound-words.txt";

    /// <summary>The file name of the modifiers (<see cref="Modifiers"/>) inside an index folder.</summary>
    public const string ModifiersFileName = "compound-modifiers.txt";

    /// <summary>Shortest part a compound is split into: four-letter parts (vast + goed) split lexicalised words.</summary>
    public const int MinPartLength = 5;

    /// <summary>
    /// Shortest modifier (<see cref="Modifiers"/>): the list's five-letter words include many inflected forms and
    /// fragments (voors, maast) that ordinary words begin with (voorstellen → voors + tellen, maastricht → maast + richt),
    /// while the five-letter words that begin real compounds (drugs, straf, wapen) are words the content uses on their own.
    /// </summary>
    public const int MinModifierLength = MinPartLength + 1;

    /// <summary>Shortest word the splitter splits (two parts): shorter words mean the same under any dictionary.</summary>
    public const int MinCompoundLength = 2 * MinPartLength;

    private CompoundDictionary(IReadOnlyList<string> words, IReadOnlyList<string> modifiers) => (Words, Modifiers) = (words, modifiers);

    /// <summary>The parts any part may be, the last too: words the content uses on their own. Folded and lower-cased, sorted.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>
    /// The further words a part before the last may be: words of the list (letters only, not stop words) found inside
    /// the content's words (<see cref="CompoundCandidates"/>), less <see cref="Words"/>. Folded and lower-cased, sorted.
    /// A page's compounds split the same with these as with the whole list, since a part is always found inside the page.
    /// </summary>
    public IReadOnlyList<string> Modifiers { get; }

    /// <summary>No splitting at all.</summary>
    public static CompoundDictionary Empty { get; } = new([], []);

    /// <summary>
    /// Builds the dictionary from the word list and the lower-case words of the content (with their diacritics, as
    /// the word list has them); the dictionary holds them folded, as the analysis chain sees them. With
    /// <paramref name="candidates"/> (words of the list found inside the content's words, folded), parts before the
    /// last may also be those.
    /// </summary>
    public static CompoundDictionary Build(IEnumerable<string> wordList, IEnumerable<string> corpusWords, IEnumerable<string>? candidates = null) =>
        FromListWords(InList(wordList, corpusWords), candidates ?? []);

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

    /// <summary>
    /// The dictionary of these words of the content that the word list has (<see cref="InList"/>), and of these words of
    /// the list found inside the content's words (<paramref name="candidates"/>, folded) as further parts before the last.
    /// </summary>
    public static CompoundDictionary FromListWords(IEnumerable<string> listWords, IEnumerable<string>? candidates = null)
    {
        var words = listWords
            .Select(DutchTextAnalyzer.Fold)
            .Where(w => !DutchTextAnalyzer.IsStopWord(w))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var heads = words.ToHashSet(StringComparer.Ordinal);
        var modifiers = (candidates ?? [])
            .Where(w => w.Length >= MinModifierLength && w.All(char.IsLetter) && !DutchTextAnalyzer.IsStopWord(w) && !heads.Contains(w))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new CompoundDictionary(words, modifiers);
    }

    /// <summary>Reads the system word list when it is installed; empty otherwise.</summary>
    public static IEnumerable<string> ReadSystemWordList() =>
        File.Exists(SystemWordList) ? File.ReadLines(SystemWordList) : [];

    /// <summary>Writes the dictionary into an index folder.</summary>
    public void Save(string indexFolder)
    {
        File.WriteAllLines(Path.Combine(indexFolder, FileName), Words);
        File.WriteAllLines(Path.Combine(indexFolder, ModifiersFileName), Modifiers);
    }

    /// <summary>Reads the dictionary of an index folder (empty when there is none; without modifiers when it has none).</summary>
    public static CompoundDictionary Load(string indexFolder)
    {
        static List<string> Lines(string path) => File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Length > 0).ToList() : [];
        var path = Path.Combine(indexFolder, FileName);
        return File.Exists(path) ? new CompoundDictionary(Lines(path), Lines(Path.Combine(indexFolder, ModifiersFileName))) : Empty;
    }

    /// <summary>A splitter over these words.</summary>
    public CompoundSplitter Splitter()
    {
        var words = Words.ToHashSet(StringComparer.Ordinal);
        var modifiers = Modifiers.ToHashSet(StringComparer.Ordinal);
        return new CompoundSplitter(words.Contains, isModifier: modifiers.Contains);
    }
}
