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

    /// <summary>Parses <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c> (ASCII digits, a real day; a year alone from 1000); anything else fails.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        // By hand: pages, listings and "Zie ook" ask for dates hundreds of thousands of times a build, and
        // DateOnly.TryParseExact was a large part of that.
        date = default;
        var span = text.AsSpan().Trim();
        if (span.Length is not (4 or 7 or 10) || !Number(span[..4], out var year) || year < 1) return false;
        if (span.Length == 4)
        {
            if (year < 1000) return false;
            date = new PartialDate(new DateOnly(year, 1, 1), DatePrecision.Year);
            return true;
        }
        if (span[4] != '-' || !Number(span.Slice(5, 2), out var month) || month is < 1 or > 12) return false;
        if (span.Length == 7)
        {
            date = new PartialDate(new DateOnly(year, month, 1), DatePrecision.Month);
            return true;
        }
        if (span[7] != '-' || !Number(span.Slice(8, 2), out var day) || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new PartialDate(new DateOnly(year, month, day), DatePrecision.Day);
        return true;
    }

    private static bool Number(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
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
