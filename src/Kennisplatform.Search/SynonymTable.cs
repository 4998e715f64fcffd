using System.Text.Json;

namespace Kennisplatform.Search;

/// <summary>
/// Groups of words and phrases that mean the same (APV = algemene plaatselijke verordening), maintained by editors in
/// the glossary in content/. The query builder expands a matching word or phrase into all members of its group.
/// </summary>
public sealed class SynonymTable
{
    /// <summary>The file name of the table inside an index folder.</summary>
    public const string FileName = "synonyms.json";

    /// <summary>The longest phrase (in words) that is looked up.</summary>
    public const int MaxPhraseWords = 6;

    private readonly Dictionary<string, IReadOnlyList<string>> _byKey;

    /// <summary>Builds the table; every member of a group is a key to the whole group.</summary>
    public SynonymTable(IEnumerable<IReadOnlyList<string>> groups)
    {
        Groups = groups.Select(g => g.Select(Normalize).Where(s => s.Length > 0).Distinct().ToList())
            .Where(g => g.Count > 1)
            .Cast<IReadOnlyList<string>>()
            .ToList();
        _byKey = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            foreach (var member in group)
            {
                // A member of two groups (an acronym with two meanings) expands to both.
                _byKey[member] = _byKey.TryGetValue(member, out var existing) ? existing.Union(group).ToList() : group;
            }
        }
    }

    /// <summary>The groups, normalised.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    /// <summary>An empty table.</summary>
    public static SynonymTable Empty { get; } = new([]);

    /// <summary>The group that contains this word or phrase, or null.</summary>
    public IReadOnlyList<string>? Lookup(string text) => _byKey.GetValueOrDefault(Normalize(text));

    /// <summary>Lower case, folded diacritics, single spaces, no surrounding punctuation.</summary>
    public static string Normalize(string text) =>
        string.Join(' ', DutchTextAnalyzer.Fold(text.ToLowerInvariant())
            .Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '(', ')', '"', '\'', '’', '‘'))
            .Where(w => w.Length > 0));

    /// <summary>Writes the table into an index folder.</summary>
    public void Save(string indexFolder) =>
        File.WriteAllText(Path.Combine(indexFolder, FileName), JsonSerializer.Serialize(Groups));

    /// <summary>Reads the table of an index folder (empty when there is none).</summary>
    public static SynonymTable Load(string indexFolder)
    {
        var path = Path.Combine(indexFolder, FileName);
        if (!File.Exists(path)) return Empty;
        var groups = JsonSerializer.Deserialize<List<List<string>>>(File.ReadAllText(path)) ?? [];
        return new SynonymTable(groups);
    }
}
