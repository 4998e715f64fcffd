namespace Kennisplatform.Content;

/// <summary>Suggests the closest known name for a misspelt one, for friendly diagnostics.</summary>
public static class DidYouMean
{
    /// <summary>The closest candidate within a small edit distance, or null.</summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Candidate: c, Distance: Distance(value.ToLowerInvariant(), c.ToLowerInvariant())))
            .OrderBy(x => x.Distance).ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Candidate is null) return null;
        var allowed = Math.Max(1, Math.Min(3, value.Length / 3));
        return best.Distance <= allowed ? best.Candidate : null;
    }

    /// <summary>" — did you mean 'x'?" or an empty string.</summary>
    public static string Hint(string value, IEnumerable<string> candidates) =>
        Closest(value, candidates) is { } c ? $" — did you mean '{c}'?" : "";

    /// <summary>Optimal string alignment distance (Levenshtein with transpositions).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
