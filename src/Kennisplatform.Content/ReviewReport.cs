namespace Kennisplatform.Content;

/// <summary>One page in the review report: its review (if any), its last update, and how many months old that is.</summary>
public sealed record ReviewReportLine(Document Page, PartialDate? Reviewed, PartialDate? LastUpdate, int Months, bool Overdue);

/// <summary>The pages one owner keeps current (<see cref="Owner"/> null: pages without <c>eigenaar</c>).</summary>
public sealed record ReviewReportGroup(string? Owner, IReadOnlyList<ReviewReportLine> Pages);

/// <summary>
/// The pages that are kept current, by review age, per owner: for <c>kennisplatform rapport verouderd</c>. Pages that
/// record a moment (news, meetings, webinars, publications) are left out unless they carry a review date.
/// </summary>
public static class ReviewReport
{
    /// <summary>Owners in alphabetical order, pages without an owner last; within an owner, never reviewed first, then oldest review first.</summary>
    public static IReadOnlyList<ReviewReportGroup> Create(IEnumerable<Document> documents, DateOnly today) =>
        documents
            .Where(IsKeptCurrent)
            .Select(d => Line(d, today))
            .GroupBy(l => l.Page.Owner)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => new ReviewReportGroup(g.Key, g
                .OrderBy(l => l.Reviewed is not null)
                .ThenBy(l => (l.Reviewed ?? l.LastUpdate)?.Start ?? DateOnly.MinValue)
                .ThenBy(l => l.Page.SourcePath, StringComparer.Ordinal)
                .ToList()))
            .ToList();

    /// <summary>True for pages that should be reviewed from time to time: every type but the records of a moment, and any page with a review date.</summary>
    public static bool IsKeptCurrent(Document d) =>
        d.LastReviewed is not null || d.Type is not (DocumentType.Nieuws or DocumentType.Bijeenkomst or DocumentType.Webinar or DocumentType.Publicatie);

    private static ReviewReportLine Line(Document d, DateOnly today)
    {
        var updated = Freshness.LastUpdate(d);
        var since = d.LastReviewed ?? updated;
        return new ReviewReportLine(d, d.LastReviewed, updated, since is { } s ? Freshness.MonthsSince(s.Start, today) : 0, Freshness.IsOverdue(d, today));
    }
}
