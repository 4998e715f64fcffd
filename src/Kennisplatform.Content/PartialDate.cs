using System.Globalization;

namespace Kennisplatform.Content;

/// <summary>How much of an ISO 8601 date is known.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}

/// <summary>An ISO 8601 calendar date that may be reduced to year-month or year, as sources often are.</summary>
public readonly record struct PartialDate(DateOnly Start, DatePrecision Precision) : IComparable<PartialDate>
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Parses <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>; anything else fails.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text)) return false;
        var inv = CultureInfo.InvariantCulture;
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
        {
            date = new PartialDate(day, DatePrecision.Day);
            return true;
        }
        if (text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var month))
        {
            date = new PartialDate(month, DatePrecision.Month);
            return true;
        }
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, inv, out var year) && year >= 1000)
        {
            date = new PartialDate(new DateOnly(year, 1, 1), DatePrecision.Year);
            return true;
        }
        return false;
    }

    /// <summary>The year, for facets.</summary>
    public int Year => Start.Year;

    /// <summary>ISO 8601 text at the known precision.</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>Dutch display text: "1 mei 2020", "mei 2020" or "2020".</summary>
    public string ToDutch() => Precision switch
    {
        DatePrecision.Day => Start.ToString("d MMMM yyyy", Dutch),
        DatePrecision.Month => Start.ToString("MMMM yyyy", Dutch),
        _ => Start.ToString("yyyy", Dutch),
    };

    /// <inheritdoc />
    public int CompareTo(PartialDate other) =>
        Start != other.Start ? Start.CompareTo(other.Start) : Precision.CompareTo(other.Precision);

    /// <inheritdoc />
    public override string ToString() => ToIso();
}
