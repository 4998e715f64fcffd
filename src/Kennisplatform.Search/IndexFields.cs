namespace Kennisplatform.Search;

/// <summary>Names of the fields in the search index, shared by the writer and the searcher.</summary>
public static class IndexFields
{
    /// <summary>Site path; unique key.</summary>
    public const string Url = "url";
    /// <summary>Document type key (praktijkvoorbeeld, handreiking, …).</summary>
    public const string Type = "type";
    /// <summary>Dutch label of the type, stored for display.</summary>
    public const string TypeLabel = "type_label";
    /// <summary>Title (analysed, stored).</summary>
    public const string Title = "title";
    /// <summary>Summary (analysed, stored).</summary>
    public const string Summary = "summary";
    /// <summary>Section headings (analysed, stored).</summary>
    public const string Headings = "headings";
    /// <summary>Plain text of the body (analysed, with offsets in its postings for snippets; not stored, see <see cref="BodyText"/>).</summary>
    public const string Body = "body";
    /// <summary>The body's plain text as UTF-8, in binary doc values: what a snippet cuts its passage from.</summary>
    public const string BodyText = "body_text";
    /// <summary>
    /// Theme slugs: the field of the theme taxonomy, which related pages and the labels on results read. Every taxonomy
    /// of the table has a field named by its key (<c>Taxonomy.Key</c>) with the slugs of a page's terms.
    /// </summary>
    public const string Themes = "themes";
    /// <summary>Theme titles, stored for display.</summary>
    public const string ThemeLabels = "theme_labels";
    /// <summary>ISO 8601 date as written.</summary>
    public const string Date = "date";
    /// <summary>Dutch date text, stored for display.</summary>
    public const string DateText = "date_text";
    /// <summary>Year, for filtering.</summary>
    public const string Year = "year";
    /// <summary>Date as a number yyyyMMdd, for sorting.</summary>
    public const string SortDate = "sort_date";
    /// <summary>The day the page was last news (latest change, else first publication), ISO 8601; stored for feeds.</summary>
    public const string Updated = "updated";
    /// <summary>The line of the latest change note, when the page changed after publication; stored for feeds.</summary>
    public const string Change = "change";
    /// <summary>The day the page was last news as a number yyyyMMdd (0 for none), for feeds of a search.</summary>
    public const string SortUpdated = "sort_updated";
    /// <summary>"besloten" for closed content (only in the restricted index).</summary>
    public const string Access = "access";
    /// <summary>All text, unstemmed: the vocabulary for suggestions.</summary>
    public const string Exact = "exact";

    /// <summary>The text fields a query searches, with their weights: title &gt; summary &gt; headings &gt; body.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Weighted =
    [
        (Title, 6f), (Summary, 3f), (Headings, 2f), (Body, 1f),
    ];
}
