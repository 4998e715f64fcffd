namespace Kennisplatform.Host.QueryLog;

/// <summary>One search, as it waits to be counted: the day, whose it was, its normalized text (public only), its results.</summary>
public sealed record QueryLogEntry(DateOnly Day, QueryOrigin Origin, string? Query, long Results);
