using System.Runtime.InteropServices;
using System.Text;

namespace Kennisplatform.Search;

/// <summary>
/// The "Zie ook" terms of the last build's index parts in one file of the part cache, with one term list for all of them
/// in the index's term order (UTF-8 bytes) and each part's terms as numbers into it. A build reads this file and the
/// <see cref="RelatedPages.TermsFile"/> of its new parts only, instead of every part's file with its own term list, whose
/// strings (about 1.4 million for the heavy corpus) cost more to decode and look up than the rest of composing the
/// signatures. A part is taken from the table by its key, which its terms follow from; the global order is code point
/// order whatever the table held before, so the signatures are those <see cref="RelatedPages.FromParts(IReadOnlyList{string})"/>
/// composes. A table that cannot be read whole is ignored (every part's file is read).
/// </summary>
internal static class RelatedTermsTable
{
    /// <summary>The table's file in the part cache.</summary>
    public const string FileName = "related-table";

    private static readonly byte[] Mark = "kp-related-table-v1"u8.ToArray();

    /// <summary>How many parts a build may read from their own files, or the table may hold that the build no longer has, before the table is written again.</summary>
    public const int KeptDifference = 8;

    /// <summary>
    /// The parts' terms in one numbering (code point order of the terms they use), from <paramref name="old"/> (the
    /// table of the last build, <see cref="Read"/>) where it holds a part and from the part's own file
    /// (<paramref name="partFolders"/>, keyed by <paramref name="partKeys"/>) otherwise. When more than
    /// <see cref="KeptDifference"/> parts differ from the table's, the table is written again to <paramref name="table"/>
    /// on the thread pool (<c>Written</c>, done when it is complete): the numbers can be used meanwhile.
    /// </summary>
    public static (int TermCount, RelatedPages.NumberedPart[] Parts, Task Written) Numbered(IReadOnlyList<string> partKeys, IReadOnlyList<string> partFolders,
        Table? old, string table)
    {
        var parts = new RelatedPages.NumberedPart?[partKeys.Count];
        var fresh = new RelatedPages.PartTerms?[partKeys.Count];
        var oldTerms = old?.Terms ?? new Utf8Terms([], [0]);
        Parallel.For(0, partKeys.Count, i =>
        {
            if (old is not null && old.Parts.TryGetValue(partKeys[i], out var kept)) parts[i] = kept;
            else fresh[i] = RelatedPages.ReadTerms(Path.Combine(partFolders[i], RelatedPages.TermsFile));
        });
        if (old is not null && fresh.All(f => f is null) && old.Parts.Count == partKeys.Count) return (oldTerms.Count, Array.ConvertAll(parts, p => p!), Task.CompletedTask);
        // The table (30 MB for the heavy corpus) is written again only once the parts read from their own files, or the
        // parts it holds that this build no longer has, are more than a few: after an edit the next build reads the
        // table and the edited part's own file, which gives the same numbers as a table written now.
        var freshParts = fresh.Count(f => f is not null);
        var keys = new HashSet<string>(partKeys, StringComparer.Ordinal);
        var staleParts = old?.Parts.Keys.Count(k => !keys.Contains(k)) ?? 0;
        var writeTable = old is null || freshParts > KeptDifference || staleParts > KeptDifference;

        // The new parts' terms: those the table has by their number there, the others new.
        var used = new bool[oldTerms.Count];
        var added = new SortedSet<string>(RelatedPages.CodePointOrder.Instance);
        var freshOld = new int[partKeys.Count][];
        for (var i = 0; i < partKeys.Count; i++)
        {
            if (parts[i] is { } kept)
            {
                foreach (var g in kept.Global) used[g] = true;
                continue;
            }
            var terms = fresh[i]!.Terms;
            var numbers = freshOld[i] = new int[terms.Length];
            for (var t = 0; t < terms.Length; t++)
            {
                numbers[t] = oldTerms.Find(terms[t]);
                if (numbers[t] >= 0) used[numbers[t]] = true;
                else added.Add(terms[t]);
            }
        }
        // One numbering of the terms still used and the new ones, merged in code point order.
        var renumber = new int[oldTerms.Count];
        var newTerms = added.ToArray();
        var newBytes = Array.ConvertAll(newTerms, Encoding.UTF8.GetBytes);
        var newNumber = new Dictionary<string, int>(newTerms.Length, StringComparer.Ordinal);
        var merged = new Utf8Terms.Builder();
        var a = 0;
        for (var g = 0; g < oldTerms.Count; g++)
        {
            if (!used[g]) continue;
            for (; a < newTerms.Length && oldTerms.Bytes(g).SequenceCompareTo(newBytes[a]) > 0; a++) newNumber[newTerms[a]] = merged.Add(newBytes[a]);
            renumber[g] = merged.Add(oldTerms.Bytes(g));
        }
        for (; a < newTerms.Length; a++) newNumber[newTerms[a]] = merged.Add(newBytes[a]);
        var result = new RelatedPages.NumberedPart[partKeys.Count];
        Parallel.For(0, partKeys.Count, i =>
        {
            if (parts[i] is { } kept)
            {
                result[i] = kept with { Global = Array.ConvertAll(kept.Global, g => renumber[g]) };
                return;
            }
            var part = fresh[i]!;
            var global = new int[part.Terms.Length];
            for (var t = 0; t < global.Length; t++) global[t] = freshOld[i][t] >= 0 ? renumber[freshOld[i][t]] : newNumber[part.Terms[t]];
            result[i] = new RelatedPages.NumberedPart(global, part.BodyDocFreq, part.Pages);
        });
        var all = merged.Build();
        return (all.Count, result, writeTable ? Task.Run(() => Write(table, all, partKeys, result)) : Task.CompletedTask);
    }

    /// <summary>The table of a build: its terms and, by part key, each part's terms as numbers into them.</summary>
    internal sealed record Table(Utf8Terms Terms, Dictionary<string, RelatedPages.NumberedPart> Parts);

    /// <summary>The table kept in <paramref name="file"/>; null when there is none or it cannot be read whole.</summary>
    public static Table? Read(string file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (WholeFile.IsFileSystemFault(e))
        {
            return null;
        }
        try
        {
            var input = new Cursor(bytes);
            if (!input.Bytes(Mark.Length).SequenceEqual(Mark)) return null;
            var count = input.Int();
            var blob = input.Bytes(input.Int()).ToArray();
            var offsets = input.Ints(count + 1);
            if (offsets[0] != 0 || offsets[^1] != blob.Length) return null;
            var terms = new Utf8Terms(blob, offsets);
            var parts = new Dictionary<string, RelatedPages.NumberedPart>(StringComparer.Ordinal);
            // Every page's terms and weights in one array each, not two small arrays per page (about 20 000 for the heavy
            // corpus, which the collector would copy as they survive): a term with its weight takes 8 bytes of the file.
            var termPool = new int[bytes.Length / 8];
            var weightPool = new float[termPool.Length];
            var pooled = 0;
            var partCount = input.Int();
            for (var p = 0; p < partCount; p++)
            {
                var key = input.String();
                var local = input.Int();
                var global = input.Ints(local);
                if (global.Any(g => (uint)g >= (uint)count)) return null;
                var docFreq = input.Ints(local);
                var pages = new RelatedPages.PageTerms[input.Int()];
                for (var i = 0; i < pages.Length; i++)
                {
                    var url = input.String();
                    var themes = new string[input.Int()];
                    for (var t = 0; t < themes.Length; t++) themes[t] = input.String();
                    var n = input.Int();
                    var ids = new ArraySegment<int>(termPool, pooled, n);
                    input.Ints(ids);
                    foreach (var id in ids.AsSpan())
                    {
                        if ((uint)id >= (uint)local) return null;
                    }
                    var weights = new ArraySegment<float>(weightPool, pooled, n);
                    input.Floats(weights);
                    pooled += n;
                    pages[i] = new RelatedPages.PageTerms(url, themes, ids, weights);
                }
                parts[key] = new RelatedPages.NumberedPart(global, docFreq, pages);
            }
            if (!input.Bytes(Mark.Length).SequenceEqual(Mark) || !input.AtEnd) return null;
            return new Table(terms, parts);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or ArgumentException or OverflowException or DecoderFallbackException)
        {
            return null; // cut short or garbled
        }
    }

    // Not kept when it cannot be written: the next build reads every part's own file.
    private static void Write(string file, Utf8Terms terms, IReadOnlyList<string> keys, IReadOnlyList<RelatedPages.NumberedPart> parts) =>
        WholeFile.TryWrite(file, unbuffered =>
        {
            using var stream = new BufferedStream(unbuffered, 1 << 16); // many small writes
            var output = new Output(stream);
            stream.Write(Mark);
            output.Int(terms.Count);
            output.Int(terms.Blob.Length);
            stream.Write(terms.Blob);
            output.Ints(terms.Offsets);
            output.Int(parts.Count);
            for (var p = 0; p < parts.Count; p++)
            {
                output.String(keys[p]);
                output.Int(parts[p].Global.Length);
                output.Ints(parts[p].Global);
                output.Ints(parts[p].BodyDocFreq);
                output.Int(parts[p].Pages.Length);
                foreach (var page in parts[p].Pages)
                {
                    output.String(page.Url);
                    output.Int(page.Themes.Length);
                    foreach (var theme in page.Themes) output.String(theme);
                    output.Int(page.Terms.Count);
                    output.Ints(page.Terms);
                    output.Floats(page.Weights);
                }
            }
            stream.Write(Mark);
        });

    /// <summary>Terms as UTF-8 in one array, in code point order (which is the order of their UTF-8 bytes).</summary>
    internal sealed class Utf8Terms(byte[] blob, int[] offsets)
    {
        public byte[] Blob => blob;

        public int[] Offsets => offsets;

        public int Count => offsets.Length - 1;

        public ReadOnlySpan<byte> Bytes(int number) => blob.AsSpan(offsets[number], offsets[number + 1] - offsets[number]);

        /// <summary>The number of <paramref name="term"/>, or −1.</summary>
        public int Find(string term)
        {
            var wanted = Encoding.UTF8.GetBytes(term);
            var (low, high) = (0, Count - 1);
            while (low <= high)
            {
                var middle = (low + high) >>> 1;
                var order = Bytes(middle).SequenceCompareTo(wanted);
                if (order == 0) return middle;
                if (order < 0) low = middle + 1;
                else high = middle - 1;
            }
            return -1;
        }

        public sealed class Builder
        {
            private readonly MemoryStream _blob = new();
            private readonly List<int> _offsets = [0];

            public int Add(ReadOnlySpan<byte> term)
            {
                _blob.Write(term);
                _offsets.Add((int)_blob.Length);
                return _offsets.Count - 2;
            }

            public Utf8Terms Build() => new(_blob.ToArray(), [.. _offsets]);
        }
    }

    private sealed class Cursor(byte[] bytes)
    {
        private int _at;

        public bool AtEnd => _at == bytes.Length;

        public ReadOnlySpan<byte> Bytes(int count)
        {
            var span = bytes.AsSpan(_at, count);
            _at += count;
            return span;
        }

        public int Int() => MemoryMarshal.Read<int>(Bytes(sizeof(int)));

        public int[] Ints(int count) => MemoryMarshal.Cast<byte, int>(Bytes(checked(count * sizeof(int)))).ToArray();

        public void Ints(Span<int> into) => MemoryMarshal.Cast<byte, int>(Bytes(checked(into.Length * sizeof(int)))).CopyTo(into);

        public void Floats(Span<float> into) => MemoryMarshal.Cast<byte, float>(Bytes(checked(into.Length * sizeof(float)))).CopyTo(into);

        public string String() => Encoding.UTF8.GetString(Bytes(Int()));
    }

    private sealed class Output(Stream stream)
    {
        public void Int(int value) => stream.Write(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(in value)));

        public void Ints(ReadOnlySpan<int> values) => stream.Write(MemoryMarshal.AsBytes(values));

        public void Floats(ReadOnlySpan<float> values) => stream.Write(MemoryMarshal.AsBytes(values));

        public void String(string value)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            Int(bytes.Length);
            stream.Write(bytes);
        }
    }
}
