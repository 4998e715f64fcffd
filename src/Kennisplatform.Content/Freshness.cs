namespace Kennisplatform.Content;

/// <summary>
/// How current a page is. A page is <em>reviewed</em> only when its <c>last_reviewed</c> says so; no review date is
/// ever derived. Every page has a <em>last update</em>: the latest of its first publication (<c>date</c>) and its change
/// notes, which is what a page without a review shows ("laatst bijgewerkt"). A review older than
/// <see cref="MaxAgeMonths"/> months is overdue: <c>check</c> warns and <c>rapport verouderd</c> lists it.
/// </summary>
public static class Freshness
{
    /// <summary>The field with the day of the last review.</summary>
    public const string ReviewField = "last_reviewed";

    /// <summary>The field naming who keeps the page up to date.</summary>
    public const string OwnerField = "eigenaar";

    /// <summary>How old a review may be before it is overdue.</summary>
    public const int MaxAgeMonths = 12;

    /// <summary>The latest of first publication and the change notes, as precise as it is known (null without a valid date).</summary>
    public static PartialDate? LastUpdate(Document d)
    {
        var changed = d.ChangeNotes.Count > 0 ? d.ChangeNotes[0].Date : (DateOnly?)null;
        return changed is { } day && (d.Date is not { } first || day > first.Start)
            ? new PartialDate(day, DatePrecision.Day)
            : d.Date;
    }

    /// <summary>The latest change note when it is later than first publication: what a follower is told changed.</summary>
    public static ChangeNote? LatestChange(Document d) =>
        d.ChangeNotes.Count > 0 && (d.Date is not { } first || d.ChangeNotes[0].Date > first.Start) ? d.ChangeNotes[0] : null;

    /// <summary>
    /// The day a page was last news, which orders every feed and "Nieuw en gewijzigd": its latest change, else its
    /// first publication; null for a reference page (theme, region, glossary, free page) that never changed, since its
    /// <c>date</c> is no publication date.
    /// </summary>
    public static DateOnly? NewsDate(Document d) =>
        LatestChange(d)?.Date ?? (d.Type.IsReference() ? null : d.Date?.Start);

    /// <summary>True when the page has a review and it is more than <see cref="MaxAgeMonths"/> months before <paramref name="today"/>.</summary>
    public static bool IsOverdue(Document d, DateOnly today) => d.LastReviewed is { } reviewed && IsOverdue(reviewed, today);

    /// <summary>True when <paramref name="reviewed"/> is more than <see cref="MaxAgeMonths"/> months before <paramref name="today"/>.</summary>
    public static bool IsOverdue(PartialDate reviewed, DateOnly today) => reviewed.Start.AddMonths(MaxAgeMonths) < today;

    /// <summary>Whole months between a day and today (0 for a day in the future).</summary>
    public static int MonthsSince(DateOnly day, DateOnly today)
    {
        var months = (today.Year - day.Year) * 12 + today.Month - day.Month - (today.Day < day.Day ? 1 : 0);
        return Math.Max(0, months);
    }

    /// <summary>A warning at the <c>last_reviewed</c> line of every page whose review is overdue on <paramref name="today"/>.</summary>
    public static IEnumerable<Diagnostic> Warnings(IEnumerable<Document> documents, DateOnly today) =>
        from d in documents
        where IsOverdue(d, today)
        let field = d.FrontMatter[ReviewField]!
        select Diagnostic.Warning(d.SourcePath, field.Value.Line, field.Value.Column,
            $"last reviewed {d.LastReviewed!.Value.ToIso()}, more than {MaxAgeMonths} months ago: check the page, then set " +
            $"'{ReviewField}' to the day of the check (see 'kennisplatform rapport verouderd')");
}
