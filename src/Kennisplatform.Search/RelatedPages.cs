using System.Runtime.CompilerServices;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Kennisplatform.Search;

/// <summary>
/// "Zie ook": the pages most like a given page that share one of its themes. Each page gets a small signature, its
/// strongest terms by tf-idf (body terms from the postings, title and summary), and pages are compared only through the terms
/// their signatures share, via an inverted map whose lists are bounded. So the cost grows with the number of pages,
/// not with pages × index, and every page's list can be computed on its own (in parallel, in any order).
/// </summary>
public sealed class RelatedPages
{
    /// <summary>Terms per signature.</summary>
    public const int SignatureTerms = 25;

    /// <summary>The most signatures a term leads to: a term shared by thousands of pages says little about any two of them.</summary>
    public const int CandidatesPerTerm = 256;

    private const float TitleWeight = 3f;
    private const float SummaryWeight = 2f;

    private readonly string[] _urls;
    // The themes as numbers (into _themeIds), so a candidate's themes are checked without hashing strings.
    private readonly int[][] _themeNumbers;
    private readonly Dictionary<string, int> _themeIds = new(StringComparer.Ordinal);
    private readonly Signature[] _signatures;
    private readonly Posting[][] _postings;
    private readonly Dictionary<string, int> _byUrl;
    private readonly ulong[]? _themeMasks;
    private readonly System.Buffers.ArrayPool<float> _scores = System.Buffers.ArrayPool<float>.Create();
    private readonly System.Buffers.ArrayPool<int> _touched = System.Buffers.ArrayPool<int>.Create();

    private readonly record struct Signature(int[] Terms, float[] Weights);

    private readonly record struct Posting(int Page, float Weight);

    // Strongest first, ties in index order: a total order (a page is in a term's list once), so any sort gives the same list.
    private sealed class StrongestFirst : IComparer<Posting>
    {
        public static readonly StrongestFirst Instance = new();

        public int Compare(Posting x, Posting y) => x.Weight != y.Weight ? y.Weight.CompareTo(x.Weight) : x.Page.CompareTo(y.Page);
    }

    private RelatedPages(string[] urls, string[][] themes, Signature[] signatures, Posting[][] postings)
    {
        _urls = urls;
        _themeNumbers = themes.Select(t => t.Select(theme => _themeIds.TryGetValue(theme, out var id) ? id : _themeIds[theme] = _themeIds.Count).ToArray()).ToArray();
        if (_themeIds.Count <= 64) _themeMasks = Array.ConvertAll(_themeNumbers, numbers => numbers.Aggregate(0UL, (mask, n) => mask | 1UL << n));
        _signatures = signatures;
        _postings = postings;
        _byUrl = new Dictionary<string, int>(urls.Length, StringComparer.Ordinal);
        for (var i = 0; i < urls.Length; i++) _byUrl[urls[i]] = i;
    }

    /// <summary>The file beside each index part with its pages' terms (<see cref="SaveTerms"/>).</summary>
    public const string TermsFile = "related-terms";

    private const string TermsMagic = "kp-related-terms-v1";

    /// <summary>
    /// Signatures of every page of an index written by <see cref="SearchIndexWriter"/>, with the analyzer it was
    /// written with (for title and summary, which have no term vectors).
    /// </summary>
    public static RelatedPages FromIndex(IndexReader reader, Analyzer analyzer) => Compose(Numbered([TermsOf(reader, analyzer)]));

    /// <summary>
    /// Keeps what the signatures of an index part's pages follow from, beside the part: per page its URL, themes and
    /// the weight of each of its terms before the document frequencies of the whole index are known (body terms from
    /// the part's postings, title and summary), and per term on how many of the part's pages the body has it. An edit
    /// then reads the postings of the edited part only.
    /// </summary>
    public static void SaveTerms(IndexReader part, Analyzer analyzer, string folder)
    {
        var terms = TermsOf(part, analyzer);
        using var writer = new BinaryWriter(File.Create(Path.Combine(folder, TermsFile)), System.Text.Encoding.UTF8);
        writer.Write(TermsMagic);
        writer.Write(terms.Terms.Length);
        for (var t = 0; t < terms.Terms.Length; t++)
        {
            writer.Write(terms.Terms[t]);
            writer.Write(terms.BodyDocFreq[t]);
        }
        writer.Write(terms.Pages.Length);
        foreach (var page in terms.Pages)
        {
            writer.Write(page.Url);
            writer.Write(page.Themes.Length);
            foreach (var theme in page.Themes) writer.Write(theme);
            writer.Write(page.Terms.Count);
            for (var i = 0; i < page.Terms.Count; i++)
            {
                writer.Write(page.Terms[i]);
                writer.Write(page.Weights[i]);
            }
        }
        writer.Write(TermsMagic);
    }

    /// <summary>
    /// Signatures of the pages of index parts, in the parts' order, from the terms kept beside them
    /// (<see cref="SaveTerms"/>): the same as <see cref="FromIndex"/> on the index the parts make up.
    /// </summary>
    public static RelatedPages FromParts(IReadOnlyList<string> partFolders)
    {
        var parts = new PartTerms[partFolders.Count];
        Parallel.For(0, parts.Length, i => parts[i] = ReadTerms(Path.Combine(partFolders[i], TermsFile)));
        return Compose(Numbered(parts));
    }

    /// <summary>
    /// As <see cref="FromParts(IReadOnlyList{string})"/>, with the parts' terms kept in one table in
    /// <paramref name="partCache"/> (<see cref="RelatedTermsTable"/>): only the parts the table does not hold (by
    /// <paramref name="partKeys"/>) are read from their own files.
    /// </summary>
    public static RelatedPages FromParts(IReadOnlyList<string> partFolders, IReadOnlyList<string> partKeys, string partCache) =>
        FromParts(partFolders, partKeys, partCache, Task.FromResult(RelatedTermsTable.Read(Path.Combine(partCache, RelatedTermsTable.FileName))));

    /// <summary>
    /// As <see cref="FromParts(IReadOnlyList{string}, IReadOnlyList{string}, string)"/>, with the last build's table read
    /// already (<paramref name="kept"/>, e.g. while the parts were written); the new table is written while the signatures
    /// are composed.
    /// </summary>
    internal static RelatedPages FromParts(IReadOnlyList<string> partFolders, IReadOnlyList<string> partKeys, string partCache,
        Task<RelatedTermsTable.Table?> kept)
    {
        var (termCount, parts, written) = RelatedTermsTable.Numbered(partKeys, partFolders, kept.GetAwaiter().GetResult(),
            Path.Combine(partCache, RelatedTermsTable.FileName));
        try
        {
            return Compose((termCount, parts));
        }
        finally
        {
            written.GetAwaiter().GetResult(); // the table is complete (or not kept) before the build goes on
        }
    }

    // A page's terms as indices into its part's term table, with their weights before idf. Slices: a table read back
    // keeps all pages' terms in one array (RelatedTermsTable.Read).
    internal sealed record PageTerms(string Url, string[] Themes, ArraySegment<int> Terms, ArraySegment<float> Weights);

    internal sealed record PartTerms(string[] Terms, int[] BodyDocFreq, PageTerms[] Pages);

    /// <summary>A part's terms with, for each of its own term numbers, the term's number in the code point order of all parts' terms.</summary>
    internal sealed record NumberedPart(int[] Global, int[] BodyDocFreq, PageTerms[] Pages);

    /// <summary>The parts' terms numbered in the code point order of all their terms.</summary>
    private static (int TermCount, NumberedPart[] Parts) Numbered(IReadOnlyList<PartTerms> parts)
    {
        var all = new SortedSet<string>(parts.SelectMany(p => p.Terms), CodePointOrder.Instance);
        var numbers = new Dictionary<string, int>(all.Count, StringComparer.Ordinal);
        foreach (var term in all) numbers[term] = numbers.Count;
        return (numbers.Count, parts.Select(p => new NumberedPart(Array.ConvertAll(p.Terms, t => numbers[t]), p.BodyDocFreq, p.Pages)).ToArray());
    }

    private static PartTerms TermsOf(IndexReader reader, Analyzer analyzer)
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        var docFreq = new List<int>();
        int Slot(string term)
        {
            if (!table.TryGetValue(term, out var slot))
            {
                table[term] = slot = docFreq.Count;
                docFreq.Add(0);
            }
            return slot;
        }
        var weights = new Dictionary<int, float>[reader.MaxDoc];
        for (var page = 0; page < weights.Length; page++) weights[page] = [];
        // The body's terms from its postings, term by term: each page gets each of its body terms once, as a term vector
        // would give them, so the index needs no term vectors.
        DocsEnum? docs = null;
        foreach (var leaf in reader.Leaves)
        {
            var liveDocs = leaf.AtomicReader.LiveDocs;
            var terms = leaf.AtomicReader.GetTerms(IndexFields.Body)?.GetEnumerator();
            while (terms is not null && terms.MoveNext())
            {
                var slot = Slot(terms.Term.Utf8ToString());
                docs = terms.Docs(liveDocs, docs, DocsFlags.FREQS);
                int doc;
                while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    docFreq[slot]++;
                    weights[leaf.DocBase + doc][slot] = 1 + (float)Math.Log(docs.Freq);
                }
            }
        }
        var pages = new PageTerms[reader.MaxDoc];
        for (var page = 0; page < pages.Length; page++)
        {
            var stored = reader.Document(page);
            // In the order the signature adds them up (body, title, summary), so the sums are the same floats.
            var own = weights[page];
            void Add(int slot, float weight) => own[slot] = own.GetValueOrDefault(slot) + weight;
            foreach (var term in AnalyzedTerms.Of(analyzer, IndexFields.Title, stored.Get(IndexFields.Title) ?? "")) Add(Slot(term), TitleWeight);
            foreach (var term in AnalyzedTerms.Of(analyzer, IndexFields.Summary, stored.Get(IndexFields.Summary) ?? "")) Add(Slot(term), SummaryWeight);
            pages[page] = new PageTerms(stored.Get(IndexFields.Url), stored.GetValues(IndexFields.Themes), own.Keys.ToArray(), own.Values.ToArray());
            weights[page] = null!;
        }
        var termsBySlot = new string[table.Count];
        foreach (var (term, slot) in table) termsBySlot[slot] = term;
        return new PartTerms(termsBySlot, docFreq.ToArray(), pages);
    }

    internal static PartTerms ReadTerms(string file)
    {
        using var reader = new BinaryReader(new MemoryStream(File.ReadAllBytes(file)), System.Text.Encoding.UTF8);
        if (reader.ReadString() != TermsMagic) throw new InvalidDataException($"{file}: not a terms file");
        var terms = new string[reader.ReadInt32()];
        var docFreq = new int[terms.Length];
        for (var t = 0; t < terms.Length; t++)
        {
            terms[t] = reader.ReadString();
            docFreq[t] = reader.ReadInt32();
        }
        var pages = new PageTerms[reader.ReadInt32()];
        for (var p = 0; p < pages.Length; p++)
        {
            var url = reader.ReadString();
            var themes = new string[reader.ReadInt32()];
            for (var i = 0; i < themes.Length; i++) themes[i] = reader.ReadString();
            var ids = new int[reader.ReadInt32()];
            var weights = new float[ids.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = reader.ReadInt32();
                weights[i] = reader.ReadSingle();
            }
            pages[p] = new PageTerms(url, themes, ids, weights);
        }
        if (reader.ReadString() != TermsMagic || reader.BaseStream.Position != reader.BaseStream.Length)
        {
            throw new InvalidDataException($"{file}: cut short");
        }
        return new PartTerms(terms, docFreq, pages);
    }

    /// <summary>
    /// The signatures from the parts' terms: document frequencies summed over the parts (terms on one page or on most
    /// pages are left out, as MoreLikeThis did), term ids in the index's term order (UTF-8 bytes, i.e. code points,
    /// which is the order of the numbers the parts' terms have), so that ties between equal weights fall as they would
    /// when reading the whole index.
    /// </summary>
    private static RelatedPages Compose((int TermCount, NumberedPart[] Parts) numbered)
    {
        var (termCount, parts) = numbered;
        var docFreq = new int[termCount];
        foreach (var part in parts)
        {
            for (var t = 0; t < part.Global.Length; t++) docFreq[part.Global[t]] += part.BodyDocFreq[t];
        }
        var pages = parts.Sum(p => p.Pages.Length);
        var maxDocFreq = Math.Max(10, pages * 3 / 10);
        var idOfNumber = new int[termCount];
        var idf = new List<float>();
        for (var number = 0; number < termCount; number++)
        {
            if (docFreq[number] < 2 || docFreq[number] > maxDocFreq)
            {
                idOfNumber[number] = -1;
                continue;
            }
            idOfNumber[number] = idf.Count;
            idf.Add((float)Math.Log((double)pages / docFreq[number]));
        }
        // Per part, its own term numbers to ids (−1: left out).
        var partSlots = parts.Select(p => Array.ConvertAll(p.Global, g => idOfNumber[g])).ToArray();

        var urls = new string[pages];
        var themes = new string[pages][];
        var signatures = new Signature[pages];
        var idfs = idf.ToArray();
        // Every page of every part in one loop over both cores (the parts are small: a loop per part waited for its slowest page).
        var partOf = new int[pages];
        var starts = new int[parts.Length + 1];
        for (var p = 0; p < parts.Length; p++)
        {
            starts[p + 1] = starts[p] + parts[p].Pages.Length;
            partOf.AsSpan(starts[p], parts[p].Pages.Length).Fill(p);
        }
        Parallel.For(0, pages, i =>
        {
            var p = partOf[i];
            var page = parts[p].Pages[i - starts[p]];
            urls[i] = page.Url;
            themes[i] = page.Themes;
            signatures[i] = Strongest(page, partSlots[p], idfs);
        });

        // The inverted map: per term, the pages whose signature has it, strongest first (ties: index order), bounded.
        // Counted first, then filled in page order into one array, each term's run sorted in place.
        var termStarts = new int[idfs.Length + 1];
        foreach (var s in signatures)
        {
            foreach (var term in s.Terms) termStarts[term + 1]++;
        }
        for (var term = 0; term < idfs.Length; term++) termStarts[term + 1] += termStarts[term];
        var all = new Posting[termStarts[^1]];
        var next = termStarts[..^1];
        for (var page = 0; page < pages; page++)
        {
            var s = signatures[page];
            for (var i = 0; i < s.Terms.Length; i++) all[next[s.Terms[i]]++] = new Posting(page, s.Weights[i]);
        }
        var postings = new Posting[idfs.Length][];
        Parallel.For(0, idfs.Length, term =>
        {
            var run = all.AsSpan(termStarts[term], termStarts[term + 1] - termStarts[term]);
            run.Sort(StrongestFirst.Instance);
            postings[term] = run.Length > CandidatesPerTerm ? run[..CandidatesPerTerm].ToArray() : run.ToArray();
        });
        return new RelatedPages(urls, themes, signatures, postings);
    }

    /// <summary>
    /// A page's signature: its <see cref="SignatureTerms"/> strongest terms by tf-idf, ties by id (a page has each id
    /// once), kept in order as they come instead of sorting all of them; weights normalised to length 1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // millions of terms a build: compiled, not precompiled (see For)
    private static Signature Strongest(PageTerms page, int[] ids, float[] idf)
    {
        var terms = new int[SignatureTerms];
        var weights = new float[SignatureTerms];
        var count = 0;
        var pageTerms = page.Terms.AsSpan();
        var pageWeights = page.Weights.AsSpan();
        for (var t = 0; t < pageTerms.Length; t++)
        {
            var id = ids[pageTerms[t]];
            if (id < 0) continue;
            var weight = pageWeights[t] * idf[id];
            if (count == SignatureTerms && !Stronger(weight, id, weights[SignatureTerms - 1], terms[SignatureTerms - 1])) continue;
            var at = count < SignatureTerms ? count++ : SignatureTerms - 1;
            for (; at > 0 && Stronger(weight, id, weights[at - 1], terms[at - 1]); at--)
            {
                weights[at] = weights[at - 1];
                terms[at] = terms[at - 1];
            }
            weights[at] = weight;
            terms[at] = id;
        }
        var sum = 0d;
        for (var i = 0; i < count; i++) sum += (double)weights[i] * weights[i];
        var norm = (float)Math.Sqrt(sum);
        for (var i = 0; i < count; i++) weights[i] = norm == 0 ? 0 : weights[i] / norm;
        return new Signature(terms[..count], weights[..count]);

        static bool Stronger(float weight, int id, float than, int thanId) => weight > than || weight == than && id < thanId;
    }

    /// <summary>The order of Lucene's terms (UTF-8 bytes), which is the order of code points, on UTF-16 strings.</summary>
    internal sealed class CodePointOrder : IComparer<string>
    {
        public static readonly CodePointOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            if (x is null || y is null) return string.CompareOrdinal(x, y);
            var length = Math.Min(x.Length, y.Length);
            for (var i = 0; i < length; i++)
            {
                if (x[i] != y[i]) return Fix(x[i]) - Fix(y[i]);
            }
            return x.Length - y.Length;
        }

        // Surrogates (code points above U+FFFF) sort after every other UTF-16 unit.
        private static int Fix(char c) => c >= 0xD800 ? (c >= 0xE000 ? c - 0x800 : c + 0x2000) : c;
    }

    /// <summary>
    /// Up to <paramref name="max"/> URLs of the pages most like <paramref name="url"/> that share one of
    /// <paramref name="themes"/>, best first (ties by URL); thread-safe.
    /// </summary>
    // Compiled when first called rather than taken precompiled from the command's image (as are the loops it calls): a
    // build asks for every page's list at once, tens of millions of candidates, and precompiled code took twice as long.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<string> For(string url, IReadOnlyCollection<string> themes, int max = 5)
    {
        if (themes.Count == 0 || !_byUrl.TryGetValue(url, out var self)) return [];
        // A score per page and the pages touched, from pools of this instance's own: each score array goes back with only zeros in it.
        var scores = _scores.Rent(_urls.Length);
        var touched = _touched.Rent(_urls.Length + 1); // one slot more: a candidate's page is written before it is counted
        var wantedMask = 0UL;
        bool[]? wanted = null;
        foreach (var theme in themes)
        {
            if (!_themeIds.TryGetValue(theme, out var id)) continue;
            if (id < 64) wantedMask |= 1UL << id;
            if (_themeMasks is null) (wanted ??= new bool[_themeIds.Count])[id] = true;
        }
        var signature = _signatures[self];
        var count = _themeMasks is { } masks
            ? ScoreOfThemes(signature, _postings, masks, wantedMask, scores, touched)
            : Score(signature, _postings, scores, touched);
        // The best few by score, ties by URL: kept in order as they come, instead of sorting thousands of candidates.
        var best = new int[max + 1];
        var found = 0;
        for (var t = 0; t < count; t++)
        {
            var page = touched[t];
            if (page == self || wanted is not null && !SharesTheme(page, wanted)) continue;
            var score = scores[page];
            if (found == max && !Before(page, score, best[max - 1])) continue;
            var at = found < max ? found++ : max - 1;
            for (; at > 0 && Before(page, score, best[at - 1]); at--) best[at] = best[at - 1];
            best[at] = page;
        }
        var result = new string[found];
        for (var i = 0; i < found; i++) result[i] = _urls[best[i]];
        for (var t = 0; t < count; t++) scores[touched[t]] = 0;
        _scores.Return(scores);
        _touched.Return(touched);
        return result;

        bool Before(int page, float score, int than) =>
            score > scores[than] || score == scores[than] && string.CompareOrdinal(_urls[page], _urls[than]) < 0;
    }

    /// <summary>
    /// Adds up the scores of the candidates of <paramref name="signature"/> of one of the wanted themes (a page of none
    /// of them is never listed) into <paramref name="scores"/>; returns how many pages it touched, listed in
    /// <paramref name="touched"/>. Without branches per candidate: whether a page is touched for the first time is as
    /// good as random. A candidate of other themes adds its weight times 0, which leaves its score 0 and does not count
    /// it, and a weight times 1 is the weight, so the sums are the same floats added in the same order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ScoreOfThemes(Signature signature, Posting[][] postings, ulong[] masks, ulong wantedMask, float[] scores, int[] touched)
    {
        var count = 0;
        for (var i = 0; i < signature.Terms.Length; i++)
        {
            var weight = signature.Weights[i];
            foreach (var posting in postings[signature.Terms[i]])
            {
                var page = posting.Page;
                var of = (masks[page] & wantedMask) != 0 ? 1 : 0;
                ref var score = ref scores[page];
                touched[count] = page;
                count += of & (score == 0 ? 1 : 0); // weights are > 0: a page is counted once
                score += weight * posting.Weight * of;
            }
        }
        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Score(Signature signature, Posting[][] postings, float[] scores, int[] touched)
    {
        var count = 0;
        for (var i = 0; i < signature.Terms.Length; i++)
        {
            var weight = signature.Weights[i];
            foreach (var posting in postings[signature.Terms[i]])
            {
                ref var score = ref scores[posting.Page];
                if (score == 0) touched[count++] = posting.Page; // weights are > 0: a page is added once
                score += weight * posting.Weight;
            }
        }
        return count;
    }

    // With more than 64 themes, a page's themes are looked up one by one.
    private bool SharesTheme(int page, bool[] wanted)
    {
        foreach (var theme in _themeNumbers[page])
        {
            if (wanted[theme]) return true;
        }
        return false;
    }
}
