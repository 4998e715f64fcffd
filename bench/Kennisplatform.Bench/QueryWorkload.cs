using System.Globalization;
using Kennisplatform.Search;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Kennisplatform.Bench;

/// <summary>
/// A search workload: <see cref="Distinct"/> query strings (URL query parts), and <see cref="Sequence"/>, the order in
/// which the load generator asks them, drawn Zipf-like so that popular queries repeat and the long tail does not, and
/// <see cref="Probes"/>, queries of the same kind that the sequence never asks (to time a first, uncached search).
/// </summary>
public sealed record QueryWorkload(
    IReadOnlyList<string> Distinct,
    IReadOnlyList<string> Sequence,
    IReadOnlyList<string> Probes,
    int WithTypeFilter,
    int WithTypo,
    int Phrases,
    double TopTenShare)
{
    /// <summary>The number of distinct queries of the default workload.</summary>
    public const int DefaultDistinct = 600;

    /// <summary>The number of probe queries, asked one at a time after the load runs.</summary>
    public const int DefaultProbes = 200;

    /// <summary>The length of the sequence the load generator goes round.</summary>
    public const int SequenceLength = 20_000;

    /// <summary>The Zipf exponent: with 1.0 the most popular query is asked about twice as often as the second.</summary>
    private const double ZipfExponent = 1.0;

    private const int Seed = 42;

    /// <summary>
    /// The workload for the site whose public index is in <paramref name="indexFolder"/>. Deterministic: the same
    /// index gives the same queries in the same order. Words come from the index's unstemmed vocabulary (so they are
    /// words of this corpus, whatever it is) and from page titles (the phrases people copy); about 15% of the queries
    /// filter on a type, about 8% have a typo, a few are quoted phrases, sort by date or ask for page 2.
    /// </summary>
    public static QueryWorkload ForIndex(string indexFolder, int distinct = DefaultDistinct, int probes = DefaultProbes)
    {
        using var directory = new SimpleFSDirectory(new DirectoryInfo(indexFolder));
        using var reader = DirectoryReader.Open(directory);
        var words = Vocabulary(reader);
        var types = TermsOf(reader, IndexFields.Type).Select(t => t.Term).ToList();
        if (words.Count < 50 || types.Count == 0) throw new InvalidOperationException($"the index in {indexFolder} is too small for a workload");

        var random = new Random(Seed);
        var queries = new List<string>(distinct);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var typoFlags = new List<bool>(distinct + probes);
        while (queries.Count < distinct + probes)
        {
            var roll = random.NextDouble();
            List<string> terms;
            var phrase = false;
            if (roll < 0.45) terms = [words[random.Next(words.Count)]];
            else if (roll < 0.80) terms = TitleWords(reader, random, random.Next(2, 4));
            else if (roll < 0.93) terms = [words[random.Next(words.Count)], words[random.Next(words.Count)]];
            else
            {
                terms = TitleWords(reader, random, 2);
                phrase = terms.Count == 2;
            }
            if (terms.Count == 0) continue;

            var typo = random.NextDouble() < 0.08 && MakeTypo(terms, random);
            var text = string.Join(' ', terms);
            if (phrase) text = '"' + text + '"';
            var query = "q=" + Uri.EscapeDataString(text).Replace("%20", "+", StringComparison.Ordinal);
            var filtered = random.NextDouble() < 0.15;
            if (filtered) query += "&type=" + types[random.Next(types.Count)];
            var extra = random.NextDouble();
            if (extra < 0.03) query += "&sorteer=datum";
            else if (extra < 0.05) query += "&pagina=2";
            if (!seen.Add(query)) continue;
            queries.Add(query);
            typoFlags.Add(typo);
        }

        var probeQueries = queries.GetRange(distinct, probes);
        queries.RemoveRange(distinct, probes);
        var sequence = ZipfSequence(queries, SequenceLength, new Random(Seed + 1));
        var topTen = queries.Take(10).ToHashSet(StringComparer.Ordinal);
        var topTenShare = sequence.Count(topTen.Contains) / (double)sequence.Count;
        return new QueryWorkload(queries, sequence, probeQueries,
            queries.Count(q => q.Contains("&type=", StringComparison.Ordinal)),
            typoFlags.Take(distinct).Count(t => t),
            queries.Count(q => q.StartsWith("q=%22", StringComparison.Ordinal)),
            topTenShare);
    }

    /// <summary>The words people type: letters only, 4–20 long, on at least 3 pages; the 3 000 most common.</summary>
    private static List<string> Vocabulary(IndexReader reader) =>
        TermsOf(reader, IndexFields.Exact)
            .Where(t => t.DocFreq >= 3 && t.Term.Length is >= 4 and <= 20 && t.Term.All(char.IsLetter))
            .OrderByDescending(t => t.DocFreq).ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(3000)
            .Select(t => t.Term)
            .ToList();

    private static List<(string Term, int DocFreq)> TermsOf(IndexReader reader, string field)
    {
        var result = new List<(string, int)>();
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return result;
        var e = terms.GetEnumerator();
        while (e.MoveNext()) result.Add((e.Term.Utf8ToString(), e.DocFreq));
        return result;
    }

    /// <summary><paramref name="count"/> consecutive words of a random page's title (lower case, letters only).</summary>
    private static List<string> TitleWords(IndexReader reader, Random random, int count)
    {
        var title = reader.Document(random.Next(reader.MaxDoc)).Get(IndexFields.Title) ?? "";
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', ':', ';', '(', ')', '\'', '"').ToLower(CultureInfo.GetCultureInfo("nl-NL")))
            .Where(w => w.Length >= 3 && w.All(char.IsLetter))
            .ToList();
        if (words.Count < count) return words.Count == 0 ? [] : [words[random.Next(words.Count)]];
        var start = random.Next(words.Count - count + 1);
        return words.GetRange(start, count);
    }

    /// <summary>One typing mistake in one word of five letters or more: two letters swapped, one dropped or doubled.</summary>
    private static bool MakeTypo(List<string> terms, Random random)
    {
        var candidates = Enumerable.Range(0, terms.Count).Where(i => terms[i].Length >= 5).ToList();
        if (candidates.Count == 0) return false;
        var index = candidates[random.Next(candidates.Count)];
        var word = terms[index];
        var at = random.Next(1, word.Length - 2);
        terms[index] = random.Next(3) switch
        {
            0 => string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2)),
            1 => word.Remove(at, 1),
            _ => word.Insert(at, word[at].ToString()),
        };
        return terms[index] != word;
    }

    /// <summary>
    /// <paramref name="length"/> draws from <paramref name="items"/> where item r (from 1) has weight 1/r^s: the head
    /// dominates, as it does in real search logs.
    /// </summary>
    private static List<string> ZipfSequence(IReadOnlyList<string> items, int length, Random random)
    {
        var cumulative = new double[items.Count];
        double sum = 0;
        for (var r = 0; r < items.Count; r++) cumulative[r] = sum += 1 / Math.Pow(r + 1, ZipfExponent);
        var sequence = new List<string>(length);
        for (var i = 0; i < length; i++)
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * sum);
            sequence.Add(items[index < 0 ? Math.Min(~index, items.Count - 1) : index]);
        }
        return sequence;
    }
}
