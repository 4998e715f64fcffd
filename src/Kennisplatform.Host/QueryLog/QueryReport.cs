namespace Kennisplatform.Host.QueryLog;

/// <summary>What the query log says about the days since <see cref="Since"/>, for <c>kennisplatform rapport zoekvragen</c>.</summary>
/// <param name="Since">The first day counted.</param>
/// <param name="Searches">Searches with their text.</param>
/// <param name="SignedIn">Searches by signed-in users, counted without text.</param>
/// <param name="Withheld">Public searches counted without text because they looked like personal data.</param>
/// <param name="MostAsked">The most asked queries, most first.</param>
/// <param name="WithoutResults">Queries that found nothing the last time they were asked, most asked first.</param>
public sealed record QueryReport(DateOnly Since, long Searches, long SignedIn, long Withheld,
    IReadOnlyList<QueryReportLine> MostAsked, IReadOnlyList<QueryReportLine> WithoutResults);

/// <summary>One query in the report: how often it was asked, how often it found nothing, its results the last time.</summary>
public sealed record QueryReportLine(string Query, long Asked, long WithoutResults, long Results);
