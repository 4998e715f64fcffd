namespace Kennisplatform.Content;

/// <summary>
/// The rules of <c>eigenaar</c>: the organisation or editorial team that keeps a page up to date. It names a body, never
/// a person's address; and one owner is written one way on every page, so that <c>rapport verouderd</c> groups it once.
/// </summary>
public static class Owners
{
    /// <summary>The errors of every document's <c>eigenaar</c>, at its line and column.</summary>
    public static IEnumerable<Diagnostic> Check(IEnumerable<Document> documents)
    {
        var first = new Dictionary<string, (string Written, Document Doc)>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            if (doc.FrontMatter[Freshness.OwnerField]?.Value is not FrontMatterScalar { Text.Length: > 0 } scalar) continue;
            var owner = scalar.Text.Trim();
            if (owner.Contains('@') || owner.Contains("://", StringComparison.Ordinal))
            {
                yield return Diagnostic.Error(doc.SourcePath, scalar.Line, scalar.Column,
                    $"'{Freshness.OwnerField}' names an organisation or editorial team (e.g. 'Redactie Kennisplatform'), not an address");
                continue;
            }
            var key = Key(owner);
            if (first.TryGetValue(key, out var seen) && seen.Written != owner)
            {
                yield return Diagnostic.Error(doc.SourcePath, scalar.Line, scalar.Column,
                    $"owner '{owner}' is written '{seen.Written}' in {seen.Doc.SourcePath}; write it the same way everywhere");
            }
            else first.TryAdd(key, (owner, doc));
        }
    }

    // Case and spacing do not make another owner.
    private static string Key(string owner) => string.Join(' ', owner.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
